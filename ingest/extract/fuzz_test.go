package extract

import (
	"context"
	"testing"

	"github.com/kgassist/kgassist/internal/attackcorpus"
)

// FuzzRuleExtractText runs the EN/ZH rules on hostile text: no panic, and
// every fact it finds is anchored (an id, and relations between named
// entities).
func FuzzRuleExtractText(f *testing.F) {
	x, err := NewExtractor()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{attackcorpus.InstructionEN, attackcorpus.InstructionZH,
		"Tighten the flange bolts to 45 N·m. 拧紧力矩 40 N·m。Rated voltage: 380 V ±10%.", "HF-CP200 由 电机 和 泵体 组成。",
		// Percentages, decimals at word edges and stop words at the ends.
		"About 61.1% of Victorians describe themselves as Christian.", "is 5 V", "Is 61.1%", "as 0.5%",
		"61.1% of them. 1.5. .5% is.", "is is 3 V", "为1.5kW", " is 2 bar", "are", "12.5%", "1.5 is"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		facts := x.ExtractText(context.Background(), text)
		for _, e := range facts.Entities {
			if e.ID == "" || e.Type == "" {
				t.Fatalf("entity without id or type: %+v", e)
			}
		}
		for _, r := range facts.Relations {
			if r.From == "" || r.To == "" || r.Type == "" {
				t.Fatalf("relation not anchored: %+v", r)
			}
		}
	})
}

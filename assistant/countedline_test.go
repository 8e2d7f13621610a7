package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A parts list line opening with its count answers how many of the item
// it names, the bill of materials for the whole build and a step's own
// list where the question names the step.
func TestCountedLinesLead(t *testing.T) {
	bom := kg.Chunk{DocURI: "docs/0_bill_of_materials.md", DocTitle: "Obtaining the non-printed parts", Section: []string{"Fixing hardware:"},
		Text: "3x M3 brass nut\n8x M3 stainless steel washer"}
	step := kg.Chunk{DocURI: "docs/1_actuator_assembly.md", DocTitle: "Actuator assembly", Section: []string{"Requirements", "Parts"},
		Text: "3x M3 brass nut\n6x M3 stainless steel washers"}
	for _, tc := range []struct{ question, want string }{
		{"how many M3 washers do I need for the microscope?", "8x"},
		{"how many M3 washers does the actuator assembly take?", "6x"},
		{"how many washers does the whole build take in total?", "8x"},
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(tc.question),
			Items: []retrieval.Item{{N: 1, Chunk: step, Score: 1}, {N: 2, Chunk: bom, Score: 0.7}}}
		counted := countedLines(ev)
		best, bestScore := "", 0.0
		for _, it := range ev.Items {
			for _, line := range strings.Split(it.Chunk.Text, "\n") {
				r, bonus, ok := countedLineScore(tc.question, counted, line, it.Chunk)
				if s := r + 0.5*it.Score + bonus; ok && s > bestScore {
					best, bestScore = line, s
				}
			}
		}
		if !strings.HasPrefix(best, tc.want) {
			t.Errorf("%q: led by %q, want the %s line", tc.question, best, tc.want)
		}
	}
	if got := countedLines(&retrieval.Evidence{Question: retrieval.Analyze("which M3 washers are used?"), Items: []retrieval.Item{{N: 1, Chunk: bom}}}); len(got) != 0 {
		t.Errorf("a question not asking how many counts lines: %v", got)
	}
}

package retrieval_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/retrieval"
)

// A Chinese question names an English sheet's item by its Chinese word;
// the glossary links it, so the FMEA rows computed are that item's alone,
// as they are for the English question.
func TestChineseQuestionLinksEnglishSheetItems(t *testing.T) {
	st := openPaths(t, kg.Public, filepath.Join("testdata", "english_sheets", "truck_fmea.csv"))
	r := retrieval.New(st, hashembed.New(0), retrieval.Options{})
	for _, c := range []struct{ question, item string }{
		{"涡轮增压器有哪些失效模式？", "Turbocharger"},
		{"What failure modes does the turbocharger have?", "Turbocharger"},
		{"轮胎磨损的严重度是多少？", "Tyre"},
		{"散热器的失效模式有哪些？", "Radiator"},
		{"what's the detection rating for turbo failure?", "Turbocharger"},
	} {
		ev := retrieve(t, r, kg.Public, c.question)
		if len(ev.Computed) == 0 || len(ev.Computed[0].Lines) == 0 {
			t.Errorf("%q: no FMEA rows computed", c.question)
			continue
		}
		for _, l := range ev.Computed[0].Lines {
			if !strings.Contains(l.Name, c.item) {
				t.Errorf("%q: row %q is not about %s", c.question, l.Name, c.item)
			}
		}
	}
}

// Outside FMEA questions a glossary word links nothing: "夹紧件" is any
// clamp, and the item the question names is found by its own words.
func TestGlossaryWordsLinkOnlyForFMEA(t *testing.T) {
	st := openPaths(t, kg.Public, filepath.Join("testdata", "english_sheets", "truck_fmea.csv"))
	r := retrieval.New(st, hashembed.New(0), retrieval.Options{})
	ev := retrieve(t, r, kg.Public, "涡轮增压器多少钱？")
	for _, l := range ev.Linked {
		if l.Via == "glossary" {
			t.Errorf("linked %s through the glossary outside an FMEA question", l.Entity.Name)
		}
	}
}

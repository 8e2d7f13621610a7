package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A BOM total answers "how many X" only where its part is an X.
func TestTotalOfAnotherPartCountsNoneOfTheAsked(t *testing.T) {
	gasket := retrieval.Computed{Kind: "bom", Target: "Casing gasket Ø230 (CP200-CAS-03)", TargetID: "Part:CP200-CAS-03", Total: 1}
	ents := map[string]kg.Entity{"Part:CP200-CAS-03": {ID: "Part:CP200-CAS-03", Name: "CP200-CAS-03", Props: kg.Props{"description": "Casing gasket Ø230", "名称": "泵体垫片"}}}
	for q, want := range map[string]bool{
		"how many bolts hold the casing together?":        true,
		"泵体上有几个螺栓？":                                       true,
		"how many gaskets does the casing have?":          false,
		"泵体里有几片垫片？":                                       false,
		"how many pieces of the casing gasket are there?": false,
		"what is in the casing assembly?":                 false,
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(q), Entities: ents}
		if got := totalOfOtherPart(ev, gasket); got != want {
			t.Errorf("%q: total of another part %v, want %v", q, got, want)
		}
	}
}

package assistant

import (
	"reflect"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A computed result's cites use the answer's citation numbers, so a caller
// finds the rows a total rests on among the answer's citations.
func TestComputedCitesUseTheAnswersNumbers(t *testing.T) {
	ev := &retrieval.Evidence{
		Question: retrieval.Question{Text: "how many bolts"},
		Items: []retrieval.Item{
			{N: 1, Chunk: kg.Chunk{ID: "a", Text: "Qty: 8"}},
			{N: 2, Chunk: kg.Chunk{ID: "b", Text: "Qty: 2"}},
			{N: 3, Chunk: kg.Chunk{ID: "c", Text: "Qty: 4"}},
		},
		Computed: []retrieval.Computed{{Kind: "bom", Total: 10, Cites: []int{2, 3},
			Lines: []retrieval.Line{{Name: "bolt", Qty: 10, Cites: []int{1, 3}}}}},
	}
	ans := Finish(ev, Draft{Text: "One pump holds 10 bolts [3][2]."}, "extractive")
	c := ans.Computed[0]
	if !reflect.DeepEqual(c.Cites, []int{1, 2}) || !reflect.DeepEqual(c.Lines[0].Cites, []int{1}) {
		t.Errorf("cites %v, line cites %v; want [1 2] and [1]", c.Cites, c.Lines[0].Cites)
	}
	if got := ev.Computed[0].Cites; !reflect.DeepEqual(got, []int{2, 3}) {
		t.Errorf("the evidence's own numbers changed to %v", got)
	}
}

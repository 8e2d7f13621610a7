package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// Asked how many, the where-used answer leads with the largest total: the
// whole's count, not the one assembly that takes a single piece.
func TestWhereUsedCountLeadsWithTheLargestTotal(t *testing.T) {
	c := retrieval.Computed{Kind: "where_used", Target: "wheel", Cites: []int{1},
		Lines: []retrieval.Line{{Name: "drive", Qty: 1, Cites: []int{1}}},
		Tops:  []retrieval.Line{{Name: "drive", Qty: 1, Cites: []int{1}}, {Name: "rover", Qty: 6, Cites: []int{2}}}}
	got := renderWhereUsedCount(c, "en", &namer{})
	if first, _, _ := strings.Cut(got, "\n"); first != "In total, one rover needs 6 pcs of wheel. [2]" {
		t.Errorf("first line %q; whole answer:\n%s", first, got)
	}
	if !strings.Contains(got, "wheel is used in:") {
		t.Errorf("the breakdown is gone:\n%s", got)
	}
}

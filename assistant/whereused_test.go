package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// The total a where-used answer ends on says what it counts: pieces of
// the part, or the part's own unit.
func TestWhereUsedTotalSaysItsUnit(t *testing.T) {
	c := retrieval.Computed{Kind: "where_used", Target: "3x5 grid plate",
		Lines: []retrieval.Line{{Name: "rocker bogie", Qty: 2, Cites: []int{1}}, {Name: "body", Qty: 4, Cites: []int{2}}},
		Tops:  []retrieval.Line{{Name: "rover", Qty: 8, Cites: []int{1, 2}}}}
	cable := c
	cable.Target = "signal cable"
	cable.Tops = []retrieval.Line{{Name: "rover", Qty: 3.5, Unit: "m", Cites: []int{1}}}
	for _, tc := range []struct {
		c    retrieval.Computed
		lang string
		want string
	}{
		{c, "en", "In total, one rover needs 8 pcs of 3x5 grid plate."},
		{c, "zh", "每台rover共需8个 3x5 grid plate。"},
		{cable, "en", "In total, one rover needs 3.5 m of signal cable."},
	} {
		if got := renderWhereUsed(tc.c, tc.lang, &namer{}); !strings.Contains(got, tc.want) {
			t.Errorf("%s: %q lacks %q", tc.lang, got, tc.want)
		}
	}
}

// "How many holes do I drill in the wheels" counts holes: where the
// wheel is used, and how many wheels there are, does not answer it; the
// guide's sentence does.
func TestCountOfHolesIsNoWhereUsed(t *testing.T) {
	guide := item(1, "a", "Drill at least 2 holes in the wheels such that they can be mounted to the hub.", "en", "Wheel Assembly")
	guide.Score = 1
	for _, q := range []string{"how many holes do I drill in the wheels?", "轮子要钻几个孔？"} {
		ev := evidence(q, guide)
		ev.Computed = []retrieval.Computed{{Kind: "where_used", Target: "wheel",
			Lines: []retrieval.Line{{Name: "drive", Qty: 1, Cites: []int{1}}, {Name: "drive wheel", Qty: 1, Cites: []int{1}}},
			Tops:  []retrieval.Line{{Name: "rover", Qty: 6, Cites: []int{1}}}, Cites: []int{1}}}
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, "2 holes") || strings.Contains(ans.Answer, "used in") {
			t.Errorf("%s: %q, want the guide's 2 holes", q, ans.Answer)
		}
	}
}

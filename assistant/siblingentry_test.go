package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// Asked one item's time, the other items' entries under the same label
// are not quoted beside it; a quote of another passage stays.
func TestWithoutSiblingEntries(t *testing.T) {
	q := retrieval.Analyze("how long does it take to replace the impeller?")
	picked := []scored{
		{text: "标准维修工时：更换叶轮 3 h；", n: 1},
		{text: "标准维修工时：更换机械密封 2.5 h；", n: 1},
		{text: "Impeller: remove it with the puller.", n: 2},
	}
	got := withoutSiblingEntries(picked, q)
	if len(got) != 2 || got[1].n != 2 {
		t.Errorf("kept %v, want the impeller's entry and the other passage", got)
	}
	both := []scored{{text: "Rated flow: 40 m³/h", n: 1}, {text: "Rated flow: 48 m³/h at 60 Hz", n: 1}}
	if got := withoutSiblingEntries(both, retrieval.Analyze("what is the rated flow?")); len(got) != 2 {
		t.Errorf("entries naming what the question names are dropped: %v", got)
	}
}

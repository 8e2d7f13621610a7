package retrieval

import "testing"

func TestWhereUsedPutsThePartNamedFirst(t *testing.T) {
	for _, order := range [][]string{{"CP200-SEL-01", "CP200-SEL-03"}, {"CP200-SEL-03", "CP200-SEL-01"}} {
		cs := []Computed{{Target: order[0], TargetID: "Part:" + order[0]}, {Target: order[1], TargetID: "Part:" + order[1]}}
		namedFirst(cs, "O 形圈 CP200-SEL-03 用在哪个组件？")
		if cs[0].Target != "CP200-SEL-03" {
			t.Errorf("from %v: first is %s, want the part the question names", order, cs[0].Target)
		}
	}
}

package assistant

import "testing"

// Two clauses that each ask, under one question mark, are two questions:
// a whole answer giving one of them gives way to the parts.
func TestChineseCommaJoinsTwoQuestions(t *testing.T) {
	q := "那个 USB 摄像头模组视场角多大，镜头焦距是多少？"
	whole := "镜头焦距 — myCobot 摄像模组 v2.0 标配 1.7mm. [1]"
	parts := "视场角度 — myCobot 摄像模组 v2.0 约 60°. [1]\n\n镜头焦距 — myCobot 摄像模组 v2.0 标配 1.7mm. [2]"
	if !askedSeparately(q, whole, parts) {
		t.Errorf("%q: the whole answer %q stood for both parts", q, whole)
	}
	q = "轴承那块摸着很烫手，温度上限是多少？温升多少以内算正常"
	if !zhAsksTwice(q) {
		t.Errorf("%q: the part after the question mark read as a remark", q)
	}
	for _, one := range []string{"流量一直上不去，可能是什么原因？", "电是通的，泵为什么不转？", "装轴承热装加热到几度？最高不能超过多少"} {
		if zhAsksTwice(one) {
			t.Errorf("%q: a clause of context read as a second question", one)
		}
	}
}

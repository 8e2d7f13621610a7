package assistant

import (
	"strings"
	"testing"
)

// Which batch of a part is at fault is answered only by a passage naming
// the batch: one naming the part alone says nothing of it.
func TestBatchAskedNeedsABatchNamed(t *testing.T) {
	for _, c := range []struct {
		q, text, want string
	}{
		{"哪一批次的液位开关有毛病？", "控制箱：直接起动，液位开关和压力变送器，防护等级 IP55。", ""},
		{"Which batch of level switches is defective?", "Control box: direct-on-line starter, level switch and pressure transmitter, IP55.", ""},
		{"Which batch of level switches is defective?", "Level switches of batch LS2207 have a weak spring; replace them with a newer batch.", "LS2207"},
		{"液位开关哪批有问题？", "液位开关批号 LS2207 弹簧偏软，更换时换用新批次。", "LS2207"},
	} {
		ev := evidence(c.q, item(1, "a", c.text, lang(c.q), "Manual"))
		ans := answer(t, ev)
		if c.want == "" {
			if !ans.Abstained {
				t.Errorf("%s: answered %q from a passage naming no batch", c.q, ans.Answer)
			}
			continue
		}
		if ans.Abstained || !strings.Contains(ans.Answer, c.want) {
			t.Errorf("%s: answer = %q (%s), want %q", c.q, ans.Answer, ans.Trace.Abstention, c.want)
		}
	}
}

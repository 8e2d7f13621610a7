package assistant

import (
	"strings"
	"testing"
)

// Asked for several values at once, the sentence pairing them leads over
// one giving a single one, however retrieval ranked them.
func TestSeveralValuesLeadWithThePair(t *testing.T) {
	for _, c := range []struct{ q, single, pair string }{
		{"Hose connection sizes?", "Inlet hose connection: G1 thread (axial).", "Inlet / outlet hose connection: G1 / G3 thread."},
		{"进出水接口尺寸分别多大？", "进水接口尺寸：G1 螺纹。", "进水 / 出水接口尺寸：G1 / G3 螺纹。"},
	} {
		single := item(1, "a", c.single, lang(c.q), "Manual")
		single.Score = 0.3 // retrieval ranks the single value first
		ans := answer(t, evidence(c.q, single, item(2, "b", c.pair, lang(c.q), "Manual")))
		if ans.Abstained || !strings.HasPrefix(ans.Answer, c.pair) {
			t.Errorf("%s: answer = %q (%s), want it to open with %q", c.q, ans.Answer, ans.Trace.Abstention, c.pair)
		}
	}
}

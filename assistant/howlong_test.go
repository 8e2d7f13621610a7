package assistant

import (
	"strings"
	"testing"
)

// "How long can it run with the valve shut" is answered by the sentence
// that gives the time, which leads over one that only shares its words.
func TestHowLongLeadsWithTheTime(t *testing.T) {
	for _, c := range []struct {
		q, steps, limit, want string
	}{
		{"How long may the fan run with the damper shut?", "Close the damper fully, then start the fan and run it.", "The fan must not run against a shut damper for longer than 2 min.", "2 min"},
		{"风门关闭后风机能运行多久？", "关闭风门，然后起动风机运行。", "风门关闭时风机运行不得超过 2 分钟。", "2 分钟"},
	} {
		ev := evidence(c.q, item(1, "a", c.steps, lang(c.q), "Manual"), item(2, "b", c.limit, lang(c.q), "Manual"))
		ev.Items[0].Score = 0.3 // retrieval ranks the steps first
		ans := answer(t, ev)
		if ans.Abstained || !strings.HasPrefix(ans.Answer, c.limit) {
			t.Errorf("%s: answer = %q (%s), want it to lead with %q", c.q, ans.Answer, ans.Trace.Abstention, c.want)
		}
	}
}

package assistant

import (
	"strings"
	"testing"
)

// "How long with the valve shut" asks how long the pump may go on so: the
// sentence giving the limit answers it, not a step that shares more of
// its words and gives no time.
func TestHowLongUnderAConditionIsAnsweredByATime(t *testing.T) {
	step := item(1, "a", "Close the discharge valve, then press STOP.", "en", "Manual")
	step.Score = 1
	limit := item(2, "b", "Do not run the pump against a closed discharge valve for more than 30 s.", "en", "Manual")
	limit.Score = 0.2
	stepZH := item(3, "c", "先关闭出口阀，再按停止按钮。", "zh", "说明书")
	stepZH.Score = 1
	limitZH := item(4, "d", "关闭出口阀运行不得超过 30 秒。", "zh", "说明书")
	limitZH.Score = 0.2
	for _, q := range []string{
		"How long with the discharge valve closed?",
		"how long against a shut discharge valve?",
		"出口阀关上以后还能运行多长时间？",
		"关着出口阀泵能撑多久",
	} {
		ev := evidence(q, step, limit, stepZH, limitZH)
		if read, ok := measureQuestion(ev.Question); ok {
			ev.Question = read // "how long" read as "what", as the answerer does
		}
		got := strings.Join(bestSentences(ev, 2, asked{}), "\n")
		if !strings.Contains(got, "30") || strings.Contains(got, "STOP") || strings.Contains(got, "停止") {
			t.Errorf("%s: %q, want the 30 s limit alone", q, got)
		}
	}
}

package assistant

import "testing"

// "What does F04 mean" is answered by the words of the code's definition;
// a list of its figures before it ("207 V, 230 V, 90 %") answers nothing.
func TestDefinitionIsNotLedByFigures(t *testing.T) {
	for _, c := range []struct{ q, quote string }{
		{"What does F04 mean on the display?", "F04 欠电压：电源电压低于 207 V（230 V 的 90 %）持续 5 秒。"},
		{"显示屏上的F04是什么意思？", "F04 Undervoltage: supply below 207 V (90 % of 230 V) for 5 s."},
	} {
		ev := evidence(c.q)
		text := c.quote + " [1] " + otherLabel(c.quote, lang(c.quote), "Fault codes", ev.Question.AnswerLang())
		if got := withAskerLead(ev, text); got != text {
			t.Errorf("%s: led by figures: %q", c.q, got)
		}
	}
}

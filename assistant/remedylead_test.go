package assistant

import "testing"

// "What should I check?" is answered by the remedy's words: a lead that
// lists only the quote's figures ("4 Ω") tells the asker nothing to do.
func TestRemedyIsNotLedByFigures(t *testing.T) {
	for _, c := range []struct{ q, quote string }{
		{"Pump frame tingles when I touch it, what to check?", "电机外壳带电 — 排除方法 立即停机断电，检查接地线，接地电阻应不大于 4 Ω。"},
		{"What do I do when the housing gives a shock?", "电机外壳带电 — 排除方法 立即停机断电，检查接地线，接地电阻应不大于 4 Ω。"},
		{"电机外壳麻手，该检查什么？", "Live motor frame — Remedy: stop, isolate, check the earth lead; earthing resistance at most 4 Ω."},
	} {
		ev := evidence(c.q)
		text := c.quote + " [1] " + otherLabel(c.quote, lang(c.quote), "Manual", ev.Question.AnswerLang())
		if got := withAskerLead(ev, text); got != text {
			t.Errorf("%s: led by figures: %q", c.q, got)
		}
	}
}

// "What causes it?" is answered by the cause's words: the symptom's bound
// ("4.5 mm/s") is no cause.
func TestCauseIsNotLedByFigures(t *testing.T) {
	for _, c := range []struct{ q, quote string }{
		{"泵运行时振动大是什么原因", "Vibration above 4.5 mm/s — Possible cause Misalignment or worn coupling spider, Remedy Realign."},
		{"why does the seal leak more than 5 drops a minute?", "机械密封泄漏超过每分钟 5 滴 — 可能原因 干转后密封端面磨损或开裂。"},
	} {
		ev := evidence(c.q)
		text := c.quote + " [1] " + otherLabel(c.quote, lang(c.quote), "Manual", ev.Question.AnswerLang())
		if got := withAskerLead(ev, text); got != text {
			t.Errorf("%s: led by figures: %q", c.q, got)
		}
	}
}

package assistant

import (
	"strings"
	"testing"
)

// Two words for one concept ("VFD" and "frequency inverter", "shut" and
// "closed", "spares" and 备件) match an FAQ entry as one word would.
func TestFAQMatchedThroughSharedConcept(t *testing.T) {
	for _, c := range []struct {
		q, fq, answer string
	}{
		{"Will the pump run on a VFD?", "Can I run the HF-CP200 on a frequency inverter?", "Yes, between 30 Hz and 50 Hz."},
		{"How long can the pump keep running with the valve shut?", "How long may the pump run against a closed valve?", "At most 30 seconds."},
		{"what info do you need from me to order spares?", "订购备件时需要提供什么信息？", "请提供铭牌上的出厂编号和备件编号。"},
	} {
		ev := evidence(c.q,
			faqItem(1, "a", c.fq, c.answer, "en", 1.2),
			faqItem(2, "b", "What is the warranty period?", "18 months from delivery.", "en", 1.1))
		ev.Trace.Coverage = 0.3
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, c.answer) {
			t.Errorf("%s: answer = %q, want the entry's answer %q", c.q, ans.Answer, c.answer)
		}
	}
}

// A shared concept is one word: the rest of the question must still be
// the entry's.
func TestFAQSharedConceptAloneIsNoMatch(t *testing.T) {
	ev := evidence("Who repairs a VFD that trips on overcurrent?",
		faqItem(1, "a", "Can I run the HF-CP200 on a frequency inverter?", "Yes, between 30 Hz and 50 Hz.", "en", 1.2),
		faqItem(2, "b", "What is the warranty period?", "18 months from delivery.", "en", 1.1))
	ev.Trace.Coverage = 0.3
	if ans := answer(t, ev); strings.Contains(ans.Answer, "30 Hz and 50 Hz") {
		t.Fatalf("answer = %q, want no FAQ entry", ans.Answer)
	}
}

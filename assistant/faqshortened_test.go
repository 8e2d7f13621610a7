package assistant

import (
	"strings"
	"testing"
)

// An FAQ entry whose question is a long account of a symptom answers the
// user's shorter account of it; a short question holding a few of its
// words does not take the entry for its own.
func TestFAQAnswersAShortenedQuestion(t *testing.T) {
	entry := "After the float switch has been checked and works normally and the tank fills up completely, the pump motor is still running and drawing current when the tank is already full. What is the reason for this behaviour?"
	answerText := "Check whether the relay contacts are welded together; a welded relay keeps the motor powered whatever the float switch says."
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"pump keeps running after the tank is full, float switch is fine. why?", true},
		{"pump running when full?", false},
	} {
		it := item(1, "a", answerText, "en", "FAQ")
		it.Chunk.Section = []string{"FAQ", entry}
		text, ok := faqAnswer(evidence(c.q, it), "en", false)
		if ok != c.want || ok && !strings.Contains(text, "relay contacts are welded") {
			t.Errorf("%s: faqAnswer = %q, %v; want %v", c.q, text, ok, c.want)
		}
	}
}

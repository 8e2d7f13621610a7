package assistant

import (
	"strings"
	"testing"
)

// "How much can I get out of it" asks how much it gives: "out of" after
// "get" is the asking, not a word a specification holds.
func TestGetOutOfIsAsking(t *testing.T) {
	for _, c := range []struct {
		q, text, want string
	}{
		{"What's the most pressure I can get out of the pump?", "Maximum pressure of the pump: 6 bar.", "6 bar"},
		{"how much torque could we get out of joint 2", "Joint 2 rated torque: 12 N·m.", "12 N·m"},
		{"How many hours of runtime do you get out of one battery charge?", "Battery runtime per charge: 8 hours.", "8 hours"},
	} {
		ev := evidence(c.q, item(1, "a", c.text, "en", "Manual"))
		ev.Trace.Coverage = 0.3
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, c.want) {
			t.Errorf("%s: answer = %q (%s), want %q", c.q, ans.Answer, ans.Trace.Abstention, c.want)
		}
	}
}

// Without "get", or with "out of" naming a state ("out of alignment"),
// the words are the question's own and must be covered.
func TestOutOfNamingAStateStaysAsked(t *testing.T) {
	for _, q := range []string{
		"What happens when the pump runs out of water at night?",
		"How do I fix the coupling getting out of alignment after a week?",
	} {
		if got := getOutOf(q); got {
			t.Errorf("%s: read as asking how much it gives", q)
		}
	}
}

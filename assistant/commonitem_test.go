package assistant

import (
	"strings"
	"testing"
)

// Where every passage is about the asked item ("actuator column"), its
// name is still what is asked when nothing but a verb of asking ("build",
// "make") is left beside it.
func TestCommonItemKeptWhenOnlyAskingIsLeft(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"how many actuator columns do I have to build?", "three actuator columns"},
		{"How many actuator columns do I need to make?", "three actuator columns"},
		{"how many actuator columns will I build in total", "three actuator columns"},
	} {
		ev := evidence(c.q,
			item(1, "a", "There are three actuator columns on the microscope, for X, Y, and Z.", "en", "Actuator assembly"),
			item(2, "b", "Insert the nut from the side, through the slot in the actuator column.", "en", "Actuator assembly"),
			item(3, "c", "The elastic band is pushed over little hooks inside the actuator column.", "en", "Actuator assembly"),
			item(4, "d", "Check the hooks at the top of the actuator columns have printed correctly.", "en", "Actuator assembly"))
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, c.want) {
			t.Errorf("%s: answer = %q (%s), want %q", c.q, ans.Answer, ans.Trace.Abstention, c.want)
		}
	}
}

package assistant

import (
	"strings"
	"testing"
)

// A Chinese lead over an English quote gives the asked measure's figures
// where the quote has them, not the codes of the parts it names.
func TestLeadGivesTheAskedMeasureNotTheCodes(t *testing.T) {
	quote := "Tighten the impeller nut CP200-IMP-02 to 45 N·m with a torque wrench T-CP200-07."
	for _, c := range []struct{ q, want string }{
		{"叶轮螺母拧多大力矩？", "45 N·m [1]"},
		{"叶轮螺母的拧紧扭矩是多少", "45 N·m"},
		{"How much torque on the impeller nut?", ""}, // same language: no lead
	} {
		ev := evidence(c.q, item(1, "a", quote, "en", "SOP"))
		text := quote + " [1]"
		if ev.Question.AnswerLang() == "zh" {
			text += " " + otherLabel(quote, "en", "SOP", "zh")
		}
		lead, _, _ := strings.Cut(withAskerLead(ev, text), "\n")
		if c.want == "" {
			if lead != text {
				t.Errorf("%s: lead %q, want none", c.q, lead)
			}
			continue
		}
		if !strings.Contains(lead, c.want) || strings.Contains(lead, "CP200-IMP-02") {
			t.Errorf("%s: lead %q, want %q without the codes", c.q, lead, c.want)
		}
	}
}

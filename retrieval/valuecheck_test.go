package retrieval

import (
	"slices"
	"testing"
)

// The asker's own figure, checked against the product, is searched for
// as the measure it is of; the words of the check name nothing.
func TestAskersFigureCheckedAsItsMeasure(t *testing.T) {
	for in, want := range map[string][]string{
		"our water has maybe 0.5% sand by volume. is that OK for this pump?":                                    {"water", "sand", "volum", "pump"},
		"our lab gets to about 40 degrees in summer, is the arm ok to run in that?":                             {"temperatur", "oper"},
		"we might need about 49 m3/h on peak days, is that still inside the max flow?":                          {"max", "flow"},
		"We need about 49 m³/h out of one CP200 — is that still within its max flow, or are we past the limit?": {"max", "flow"},
	} {
		if got := Analyze(in).Terms; !slices.Equal(got, want) {
			t.Errorf("%q: terms %v, want %v", in, got, want)
		}
	}
	if got := asMeasureChecked("our process water can hit 95 °C in summer, is the standard CP200 ok with that?"); !slices.Contains(textWords(got), "temperature") {
		t.Errorf("the figure's measure lost: %q", got)
	}
	if got := AskersFigures("how far can the mycobot reach? need to know if it covers our 25cm tray"); !got["25cm"] {
		t.Errorf("the asker's 25cm not theirs: %v", got)
	}
	if got := AskersFigures("how far can the mycobot reach with 25cm of travel?"); len(got) != 0 {
		t.Errorf("figures of a question without a check taken as the asker's: %v", got)
	}
	if got := asMeasureChecked("what is the rated flow at 32 m head?"); got != "what is the rated flow at 32 m head?" {
		t.Errorf("a question without a check rewritten: %q", got)
	}
}

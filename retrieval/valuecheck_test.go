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

// The figures of the asker's own situation, said before or after the
// question, are theirs; a figure the question itself asks about is not.
func TestSituationFigures(t *testing.T) {
	for in, want := range map[string][]string{
		"We'll be pumping 85 degree water - will the pump casing get too hot to touch?":            {"85degree", "85"},
		"Our sump level sits about 4 m below the pump centreline - can it suck up from that deep?": {"4m", "4"},
		"What vibration level is acceptable? Our brand-new pump measured 3.5 mm/s at start-up.":    {"3.5mm", "3.5"},
		"我们这边水温 85 度，泵壳会不会烫手？":                                                                     {"85度", "85"},
		"Is the 40 °C ambient limit measured at the motor?":                                        nil,
		"What is the weight of the 4 kg control box?":                                              nil,
		"We need to know: what torque for the 120 N·m anchor bolts?":                               nil,
	} {
		got := SituationFigures(in)
		for _, w := range want {
			if !got[w] {
				t.Errorf("%q: figures %v lack %q", in, got, w)
			}
		}
		if len(want) == 0 && len(got) > 0 {
			t.Errorf("%q: figures %v, want none", in, got)
		}
	}
	if u := SituationUnits("Our process water runs at 95 °C. Is there a version that can take that?"); !slices.Contains(u, "°c") {
		t.Errorf("units = %v, want °c", u)
	}
}

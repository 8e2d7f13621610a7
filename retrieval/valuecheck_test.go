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
		"We need about 49 m³/h out of one CP200 — is that still within its max flow, or are we past the limit?": {"max", "flow"},
	} {
		if got := Analyze(in).Terms; !slices.Equal(got, want) {
			t.Errorf("%q: terms %v, want %v", in, got, want)
		}
	}
	if got := asMeasureChecked("our process water can hit 95 °C in summer, is the standard CP200 ok with that?"); !slices.Contains(textWords(got), "temperature") {
		t.Errorf("the figure's measure lost: %q", got)
	}
	if got := asMeasureChecked("what is the rated flow at 32 m head?"); got != "what is the rated flow at 32 m head?" {
		t.Errorf("a question without a check rewritten: %q", got)
	}
}

package assistant

import (
	"slices"
	"testing"
)

// A quote from the other language that opens with its verdict is not led
// by a list of its figures: the "No" is the answer, the figures explain it.
func TestVerdictIsNotLedByFigures(t *testing.T) {
	for _, c := range []struct {
		q, quote string
		lead     bool
	}{
		{"这台风机能用在盐雾环境吗？", "No. The aluminium housing (AlSi10) is not suitable for salt mist above 200 mg/L.", false},
		{"Can the fan stand salt mist?", "不能。铝壳体 (AlSi10) 不适合 200 mg/L 以上的盐雾环境。", false},
	} {
		ev := evidence(c.q)
		label := otherLabel(c.quote, lang(c.quote), "Fan FAQ", ev.Question.AnswerLang())
		text := c.quote + " [1] " + label
		got := withAskerLead(ev, text) != text
		if got != c.lead {
			t.Errorf("%s: led = %v, want %v: %q", c.q, got, c.lead, withAskerLead(ev, text))
		}
	}
}

// A code's tail is no code: "CP200-S" of HF-CP200-S is not repeated.
func TestLeadFiguresKeepCodesWhole(t *testing.T) {
	got := leadFigures("ask for the HF-CP200-S variant above 200 mg/L", "seawater?")
	if slices.Contains(got, "CP200-S") {
		t.Errorf("leadFigures = %q: a code cut short", got)
	}
}

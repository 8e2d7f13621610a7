package assistant

import (
	"slices"
	"testing"
)

// A quote from the other language that opens with its verdict is led by
// that verdict in the asker's words, not by a list of its figures: the
// "No" is the answer, the figures explain it.
func TestVerdictLeadsInTheAskersWords(t *testing.T) {
	for _, c := range []struct {
		q, quote, lead string
	}{
		{"这台风机能用在盐雾环境吗？", "No. The aluminium housing (AlSi10) is not suitable for salt mist above 200 mg/L.", "不能（据英文文档）。[1]"},
		{"风机可以装在室外吗？", "Yes, with the rain hood fitted.", "可以（据英文文档）。[1]"},
		{"Can the fan stand salt mist?", "不能。铝壳体 (AlSi10) 不适合 200 mg/L 以上的盐雾环境。", "No (per the Chinese document). [1]"},
	} {
		ev := evidence(c.q)
		label := otherLabel(c.quote, lang(c.quote), "Fan FAQ", ev.Question.AnswerLang())
		text := c.quote + " [1] " + label
		if got := withAskerLead(ev, text); got != c.lead+"\n"+text {
			t.Errorf("%s: %q, want it led by %q", c.q, got, c.lead)
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

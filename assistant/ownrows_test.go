package assistant

import (
	"strings"
	"testing"
)

// A code's row found through the glossary in the other manual's table is
// quoted from the asker's own manual where the evidence holds that row
// too, and not beside it.
func TestOwnManualsRowOfTheSameCode(t *testing.T) {
	zh := rowItem(1, "z", "代码: F04; 含义: 电机过热（热保护动作）", "zh")
	en := rowItem(2, "e", "Code: F04; Meaning: Motor over-temperature (thermal cut-out)", "en")
	for _, q := range []string{"motor overheats, what do I do?", "the motor is overheating"} {
		ans := answer(t, evidence(q, zh, en))
		if strings.Contains(ans.Answer, "电机过热") || !strings.Contains(ans.Answer, "Motor over-temperature") {
			t.Errorf("%s: %q", q, ans.Answer)
		}
	}
	if codeKey("Daily — Task Check the seal") != "" || codeKey("F04 — Meaning Fan over-temperature") != "f04" {
		t.Error("codeKey: a row keyed by words has no code key")
	}
}

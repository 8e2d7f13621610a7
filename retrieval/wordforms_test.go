package retrieval

import "testing"

// The forms of one word a glossary line lists reach each other ("leaks",
// "leakage"), while other words of the line do not.
func TestGlossaryFormsOfOneWord(t *testing.T) {
	q := Analyze("how often do I check the seal for leaks?")
	if q.Covered(TokenSet("check the seal for leakage")) < 3 {
		t.Errorf("leaks did not reach leakage: %v", q.Alts)
	}
	e := glossaryEntry{enRaw: []string{"check", "inspect"}, en: [][]string{{"check"}, {"inspect"}}}
	if own, _ := sameWordForms(e, 0); len(own) != 0 {
		t.Errorf("check reached another word: %v", own)
	}
}

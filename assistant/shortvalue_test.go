package assistant

import "testing"

// A short value names a row only as a word of its own: the material "PP"
// is not in "who supplies the level switch", while "PP" and longer values
// are found where the question gives them.
func TestShortValueIsNamedOnlyAsAWord(t *testing.T) {
	for _, c := range []struct {
		value, question string
		want            bool
	}{
		{"PP", "who supplies the level switch", false},
		{"PP", "which parts are made of pp?", true},
		{"EPDM", "is the o-ring epdm", true},
		{"Level switch", "who supplies the level switches", true},
		{"液位开关", "液位开关是哪家供应的", true},
	} {
		if got := valueInQuestion(c.value, c.question); got != c.want {
			t.Errorf("valueInQuestion(%q, %q) = %v, want %v", c.value, c.question, got, c.want)
		}
	}
}

package tableq

import "testing"

// Figures joined by a hyphen are a span ("ops 60-110") unless they are
// part of a code ("1120-0002-0072", "CP200-SEL-01").
func TestHyphenSpanOrCode(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"ops 60-110 add up to", false},
		{"how many 1120-0002-0072 parts", true},
		{"part CP200-01 only", true},
	} {
		loc := reRange.FindStringIndex(c.text)
		if loc == nil {
			t.Fatalf("%q: no span read", c.text)
		}
		if got := insideCode(c.text, span{loc[0], loc[1]}); got != c.want {
			t.Errorf("%q: insideCode %v, want %v", c.text, got, c.want)
		}
	}
}

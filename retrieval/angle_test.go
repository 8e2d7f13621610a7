package retrieval

import (
	"slices"
	"testing"
)

// An angle written as a compound is searched as a parts list writes it.
func TestAngleTerms(t *testing.T) {
	q := Analyze("What's the part number of the 45-degree bracket?")
	if !slices.Contains(q.Terms, "45deg") || len(q.Alts["45deg"]) == 0 {
		t.Errorf("terms %q, alts %v: want 45deg with its spaced form", q.Terms, q.Alts["45deg"])
	}
	if q := Analyze("heat it to 100 degrees"); slices.Contains(q.Terms, "100deg") {
		t.Errorf("a temperature read as an angle: %q", q.Terms)
	}
}

package retrieval

import (
	"strings"
	"testing"
)

// Which of a product's items become others is a question for its build
// steps, not a BOM count.
func TestSubsetBecomesIsNoBOMCount(t *testing.T) {
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"of the six drive wheel assemblies, how many become corner assemblies?", true},
		{"how many of the drive wheel assemblies become corner wheels", true},
		{"How many of the six wheel assemblies get turned into corner units?", true},
		{"how many drive wheels does the rover have?", false},
		{"how many of the bolts are M8?", false},
	} {
		if got := asksSubsetBecomes(strings.ToLower(c.question)); got != c.want {
			t.Errorf("%q: asks which become others = %v, want %v", c.question, got, c.want)
		}
	}
}

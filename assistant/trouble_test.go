package assistant

import (
	"slices"
	"testing"
)

// A recurring trouble is named by its -ing word; the circumstances it
// comes in are the "when I …" clause.
func TestTroubleAndCircumstances(t *testing.T) {
	q := "the brass nut keeps jamming when I push it into the actuator column, any tip?"
	if got := troubleTerms(q); !slices.Equal(got, []string{"jam"}) {
		t.Errorf("trouble %v, want [jam]", got)
	}
	got := circumstanceTerms(q)
	for _, want := range []string{"push", "actuat", "column"} {
		if !slices.Contains(got, want) {
			t.Errorf("circumstances %v lack %q", got, want)
		}
	}
	if slices.Contains(got, "nut") {
		t.Errorf("the troubled part taken as a circumstance: %v", got)
	}
	if got := troubleTerms("how do I push the nut into the actuator column?"); len(got) != 0 {
		t.Errorf("a question reporting no trouble has trouble %v", got)
	}
}

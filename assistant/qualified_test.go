package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A row's value said after a word the row does not hold names another
// thing: "a blocked hydraulic filter" is not the air conditioner's
// "Filter"; "the filter" and "a blocked filter" may be.
func TestQualifiedOtherwise(t *testing.T) {
	airCon := "Subsystem Electrical System Component Air-conditioning Sub-Component Filter Potential Failure Mode Blocked"
	table := retrieval.TokenSet(airCon + " Subsystem Hydraulic System Component Filters Potential Failure Mode Blockage")
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"what's the recommended action for a blocked hydraulic filter?", true},
		{"what's the recommended action for a blocked filter?", false},
		{"what's the recommended action for the filter?", false},
		{"filter blocked, what now?", false},
		{"what was done against the filter?", false}, // no row says "against"
	} {
		if got := qualifiedOtherwise("Filter", c.question, airCon, table); got != c.want {
			t.Errorf("qualifiedOtherwise(Filter, %q) = %v, want %v", c.question, got, c.want)
		}
	}
}

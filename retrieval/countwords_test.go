package retrieval

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A total over a whole product asked without "how many" counts pieces
// and rolls them up: "total 3x5 grid plates across the whole rover" is a
// BOM count, "total" no qualifier of the part; a total cost or time over
// the whole is no count of pieces.
func TestTotalOverTheWholeCounts(t *testing.T) {
	for _, c := range []struct {
		q      string
		counts bool
	}{
		{"total 3x5 grid plates across the whole rover?", true},
		{"total M8 bolts in the entire pump", true},
		{"overall spring washers for the complete machine?", true},
		{"the total number of hex nuts", true},
		{"total cost across the whole rover", false},
		{"total assembly time for the entire pump", false},
		{"total 3x5 grid plates in the body", false},
	} {
		q := Analyze(c.q)
		if got := q.Intent == BOM && countsOnePart(q); got != c.counts {
			t.Errorf("%q: counts pieces of a whole %v (intent %s), want %v", c.q, got, q.Intent, c.counts)
		}
	}
	for _, word := range []string{"total", "overall", "combined"} {
		q := Analyze(word + " grid plates across the whole rover")
		l := Linked{Surface: "grid plates"}
		l.Entity.ID, l.Entity.Name = "Part:grid plate", "grid plate"
		if qualifiedOtherwise(q, l, newGraphView(kg.Subgraph{})) {
			t.Errorf("%q read as a kind of grid plate", strings.ToLower(word))
		}
	}
}

package retrieval

import "testing"

// A limit asked as what the product "can handle" is the measure named;
// the verb is no term.
func TestVerbOfBearingALimitIsNoTerm(t *testing.T) {
	checkTerms(t, []termCase{
		{"what's the max flow a CP200 can handle?", []string{"max", "flow", "cp200"}, []string{"handl"}},
		{"what's the highest pressure this pump can safely take?", []string{"highest", "pressur"}, []string{"take", "safe"}},
		{"how hot a liquid can the pump cope with at most?", []string{"hot", "liquid"}, nil},
	})
}

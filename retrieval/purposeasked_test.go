package retrieval

import (
	"slices"
	"testing"
)

// A question what a thing is for asks its role, in the words documents
// use; other questions, and one naming the role, are left as they are.
func TestPurposeAskedAddsTheRole(t *testing.T) {
	for _, c := range []struct {
		question, role string
	}{
		{"what is the Atom at the end of the arm actually for?", "role"},
		{"what does the Atom do?", "role"},
		{"Atom 在机械臂里有什么用？", "作用"},
		{"what is the role of the atom?", ""},
		{"what is the Atom's flash size?", ""},
		{"what do I need for the build?", ""},
		// what a thing is rated or built for is a limit
		{"what's the hottest pump room the motor is rated for?", ""},
		{"what pressure is the casing designed for?", ""},
	} {
		q := Analyze(c.question)
		got := ""
		for _, r := range []string{"role", "作用"} {
			if slices.Contains(q.Terms, r) && len(q.Alts[r]) > 0 && !slices.Contains(ContentTerms(c.question), r) {
				got = r
			}
		}
		if got != c.role {
			t.Errorf("%q: role term %q, want %q (terms %v)", c.question, got, c.role, q.Terms)
		}
	}
}

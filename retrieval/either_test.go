package retrieval

import "testing"

// A passage naming one of two words joined by "or" covers both; figures
// so joined ask which, and each stays its own.
func TestEitherOfTwoWordsCoversBoth(t *testing.T) {
	for _, c := range []struct {
		question, passage string
		want              int
	}{
		{"what oil or grease goes in the bearings?", "Regrease both bearings with 15 g lithium complex grease NLGI 2 each.", 3},
		{"which gasket or o-ring seals the casing?", "The casing gasket seals the joint.", 4},
		{"is it 380 V or 400 V?", "Rated voltage: 380 V.", 2},
		{"what oil goes in the gearbox?", "Regrease both bearings with grease.", 0},
	} {
		q := Analyze(c.question)
		if got := q.Covered(TokenSet(c.passage)); got != c.want {
			t.Errorf("%q over %q: %d of %v covered, want %d", c.question, c.passage, got, q.Terms, c.want)
		}
	}
}

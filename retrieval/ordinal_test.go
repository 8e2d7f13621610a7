package retrieval

import (
	"slices"
	"testing"
)

// "the second batch" is the document's "Batch 2".
func TestOrdinalWordIsItsNumeral(t *testing.T) {
	for _, c := range []struct{ q, term string }{
		{"printing the OpenFlexure in batches - what goes in the second batch?", "second"},
		{"第二批打印什么零件？", "第二"},
	} {
		q := Analyze(c.q)
		if !slices.Contains(q.Terms, c.term) {
			t.Fatalf("%s: terms %q lack %q", c.q, q.Terms, c.term)
		}
		if !slices.ContainsFunc(q.Alts[c.term], func(seq []string) bool { return slices.Equal(seq, []string{"2"}) }) {
			t.Errorf("%s: %q has no form 2: %q", c.q, c.term, q.Alts[c.term])
		}
	}
}

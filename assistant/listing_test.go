package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A computed listing gives way to one record's field unless the field
// could not say all of it.
func TestIsListing(t *testing.T) {
	lines := func(n int) []retrieval.Line { return make([]retrieval.Line, n) }
	for _, c := range []struct {
		name string
		c    retrieval.Computed
		want bool
	}{
		{"where used in one assembly", retrieval.Computed{Kind: "where_used", Lines: lines(1)}, true},
		{"where used in two assemblies", retrieval.Computed{Kind: "where_used", Lines: lines(2)}, false},
		{"a whole-table figure", retrieval.Computed{Kind: "table"}, false},
	} {
		if got := isListing(c.c); got != c.want {
			t.Errorf("%s: isListing = %v, want %v", c.name, got, c.want)
		}
	}
}

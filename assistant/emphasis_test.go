package assistant

import (
	"slices"
	"testing"
)

// The asker's stress words stand between a cue's words: "who actually
// makes" asks the supplier as "who makes" does.
func TestEmphasisDoesNotHideTheAskedField(t *testing.T) {
	for _, q := range []string{"who actually makes the casing gaskets you ship?", "who really makes the seals?"} {
		if got := askedAttribute(q); !slices.Contains(got, "supplier") {
			t.Errorf("%q asks %v, want the supplier", q, got)
		}
	}
}

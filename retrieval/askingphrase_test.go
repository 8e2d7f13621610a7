package retrieval

import (
	"slices"
	"testing"
)

// "什么时候" and "代表什么" ask when and what a code means: neither leaves
// a term ("时候", "修到", "代表") that no passage stating the answer holds.
func TestAskingWhenOrMeaningLeavesNoTerm(t *testing.T) {
	for q, drop := range map[string][]string{
		"保修到什么时候":  {"时候", "修到"},
		"E01代表什么？": {"代表"},
		"E04表示什么":  {"表示"},
	} {
		terms := Analyze(q).Terms
		for _, d := range drop {
			if slices.Contains(terms, d) {
				t.Errorf("%s: terms %v hold %q", q, terms, d)
			}
		}
	}
}

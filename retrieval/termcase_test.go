package retrieval

import (
	"slices"
	"testing"
)

// termCase is a question with the terms its analysis must keep and
// those it must drop.
type termCase struct {
	question      string
	kept, dropped []string
}

func checkTerms(t *testing.T, cases []termCase) {
	t.Helper()
	for _, c := range cases {
		terms := Analyze(c.question).Terms
		for _, k := range c.kept {
			if !slices.Contains(terms, k) {
				t.Errorf("%q: terms %v lack %q", c.question, terms, k)
			}
		}
		for _, d := range c.dropped {
			if slices.Contains(terms, d) {
				t.Errorf("%q: terms %v hold %q", c.question, terms, d)
			}
		}
	}
}

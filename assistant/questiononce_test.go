package assistant

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// The asking phrases and normal-running clauses of a question are found
// once and read for every term; the terms dropped are those the
// per-term readings drop.
func TestQuestionPhrasesFoundOnce(t *testing.T) {
	cases := []struct {
		question string
		running  []string
	}{
		{"泵运行时噪声有多大", []string{"运行时"}},
		{"吸泵最多能吸多重", nil},
		{"满载时电机电流是多少", nil},
		{"how loud is the pump when running", nil},
	}
	for _, c := range cases {
		q := retrieval.Analyze(c.question)
		if got := normalRunningClauses(c.question); !slices.Equal(got, c.running) {
			t.Errorf("normalRunningClauses(%q) = %q, want %q", c.question, got, c.running)
		}
		phrases := askingPhrases(c.question)
		if got, want := withoutStraddlesOf(q, c.question, phrases).Terms, withoutStraddles(q, c.question).Terms; !slices.Equal(got, want) {
			t.Errorf("%q without straddles: %q, want %q", c.question, got, want)
		}
		if got, want := withoutAskingPhrases(q, c.question, phrases).Terms, withoutAskingForms(q, c.question).Terms; !slices.Equal(got, want) {
			t.Errorf("%q without asking forms: %q, want %q", c.question, got, want)
		}
		for _, term := range q.Terms {
			if got, want := inAskedForm(term, c.question, normalRunningClauses(c.question)), inNormalRunning(term, c.question); got != want {
				t.Errorf("%q in %q's running clause: %v, want %v", term, c.question, got, want)
			}
		}
	}
}

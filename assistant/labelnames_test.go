package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// "Which fuse for the supply" is answered by the line whose label names
// the supply fuse, before a sentence that holds both words apart about
// another fuse, though its passage ranks higher.
func TestLabelNamingTheAskedThingLeads(t *testing.T) {
	trouble := item(1, "a", "If the panel stays dark although the supply is on, the panel fuse F2 (1 A) has blown; replace it with a fuse of the same rating.", "en", "Manual")
	trouble.Score = 0.5
	spec := item(2, "b", "Recommended supply fuse: 32 A, type gG.", "en", "Manual")
	spec.Score = 0.3
	for _, q := range []string{"what fuse should I use for the supply", "which supply fuse is needed?"} {
		ans := answer(t, evidence(q, trouble, spec))
		if !strings.HasPrefix(ans.Answer, "Recommended supply fuse: 32 A") {
			t.Errorf("%s: %q", q, ans.Answer)
		}
	}
}

// Asked in everyday words ("what fuse should the electrician fit", "保险丝
// 用多大"), the line whose label is the documents' name for it leads; a
// label of another thing ("Power Input" for a power supply) gains nothing.
func TestLabelIsAskedName(t *testing.T) {
	cases := []struct {
		question, sentence string
		want               bool
	}{
		{"what fuse should the electrician fit", "Recommended supply fuse: 25 A, type gG.", true},
		{"电工该装多大的保险丝", "Recommended supply fuse: 25 A, type gG.", true},
		{"what power supply does the arm need?", "Power Input: 12V, 5A.", false},
		{"what fuse should the electrician fit", "Rated current: 14.8 A at 380 V.", false},
	}
	for _, c := range cases {
		if got := labelIsAskedName(retrieval.Analyze(c.question), c.sentence); got != c.want {
			t.Errorf("%q / %q: %v, want %v", c.question, c.sentence, got, c.want)
		}
	}
}

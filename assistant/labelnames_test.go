package assistant

import (
	"strings"
	"testing"
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

package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/testlines"
)

func hostileForms(t *testing.T) []string {
	return testlines.Read(t, "safetext/testdata/forms.txt")
}

// An extractive answer quoting a poisoned passage carries no form of a
// link to the attacker's host.
func TestExtractiveQuotesNoURLForm(t *testing.T) {
	forms := hostileForms(t)
	kept := 0
	for _, f := range forms {
		ev := evidence("What is the rated voltage?", item(1, "a", "The rated voltage is 380 V "+f+" at 50 Hz.", "en", "Manual"))
		ans := answer(t, ev)
		if strings.Contains(strings.ToLower(ans.Answer), "evil") || !strings.Contains(ans.Answer, "380 V") {
			kept++
			t.Errorf("%s\n  → %q", f, ans.Answer)
		}
	}
	t.Logf("%d URL forms quoted, %d kept", len(forms), kept)
}

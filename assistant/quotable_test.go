package assistant

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

func hostileForms(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("safetext/testdata/forms.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	for sc := bufio.NewScanner(f); sc.Scan(); {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
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

package llm

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// A model answer carrying any form of a link to a host off the allowlist
// loses it; the cited claim stays.
func TestChecksRemoveEveryURLForm(t *testing.T) {
	f, err := os.Open("../assistant/safetext/testdata/forms.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n, kept := 0, 0
	for sc := bufio.NewScanner(f); sc.Scan(); {
		form := sc.Text()
		if form == "" || strings.HasPrefix(form, "#") {
			continue
		}
		n++
		g := newGate(NewChecker(pumpEvidence("What is the rated voltage?"), []string{"example.com"}), nil)
		g.write("The rated voltage is 380 V " + form + " [1].")
		g.finish()
		if strings.Contains(strings.ToLower(g.text()), "evil") || g.text() == "" {
			kept++
			t.Errorf("%s\n  → %q", form, g.text())
		}
	}
	t.Logf("%d URL forms in model answers, %d kept", n, kept)
}

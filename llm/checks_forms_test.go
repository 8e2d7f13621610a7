package llm

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/testlines"
)

// A model answer carrying any form of a link to a host off the allowlist
// loses it; the cited claim stays.
func TestChecksRemoveEveryURLForm(t *testing.T) {
	forms := testlines.Read(t, "../assistant/safetext/testdata/forms.txt")
	kept := 0
	for _, form := range forms {
		g := newGate(NewChecker(pumpEvidence("What is the rated voltage?"), []string{"example.com"}), nil)
		g.write("The rated voltage is 380 V " + form + " [1].")
		g.finish()
		if strings.Contains(strings.ToLower(g.text()), "evil") || g.text() == "" {
			kept++
			t.Errorf("%s\n  → %q", form, g.text())
		}
	}
	t.Logf("%d URL forms in model answers, %d kept", len(forms), kept)
}

// Package corpustest finds the shared corpus of real public documents that
// the tests read from beside the repository (../shared/corpus).
//
// Tests on real documents skip, saying why, when the corpus is absent on a
// developer's machine. Under CI (CI set) its absence fails the test: CI
// provides the corpus, so a skip there would hide a regression.
package corpustest

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgassist/kgassist/internal/testenv"
)

// Dir returns the path of shared/corpus, joined with rel, found by walking up
// from the working directory to the folder beside the repository's root.
// It fails or skips tb when that path does not exist.
func Dir(tb testing.TB, rel ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{testenv.RepoRoot(tb), "..", "shared", "corpus"}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		Missing(tb, p, err)
	}
	return p
}

// Missing reports a corpus path that is absent: a failure under CI, a skip
// elsewhere.
func Missing(tb testing.TB, path string, err error) {
	tb.Helper()
	testenv.Missing(tb, fmt.Sprintf("shared corpus not found at %s: %v", path, err))
}

package sqlite

import (
	"math/rand/v2"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// normalizeName may skip kg.NormalizeName only where that returns its
// input unchanged; random ASCII, and names kg.NormalizeName produced,
// exercise both sides of the shortcut.
func TestNormalizeNameShortcut(t *testing.T) {
	const alphabet = "abzAZ09 -./+#_:,()\t"
	r := rand.New(rand.NewPCG(1, 2))
	names := []string{"", " ", "a", "a ", " a", "a  b", "impeller ø120", "p-100", "Pump", "叶轮 磨损", "ＩＭＰＥＬＬＥＲ"}
	for range 20000 {
		b := make([]byte, 1+r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		names = append(names, string(b), kg.NormalizeName(string(b)))
	}
	for _, s := range names {
		if got, want := normalizeName(s), kg.NormalizeName(s); got != want {
			t.Fatalf("normalizeName(%q) = %q, want %q", s, got, want)
		}
	}
}

package load

import (
	"os"
	"testing"
)

// TestMain lets this test binary serve as its own PDF child, as kgassist
// does, so the tests of the child process run the real thing.
func TestMain(m *testing.M) {
	ServePDFChild()
	os.Exit(m.Run())
}

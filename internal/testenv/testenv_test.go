package testenv

import (
	"runtime"
	"testing"
)

// A configured server is returned; an opt-in test whose variable is set
// runs on.
func TestRequireAndOptInPassWhenSet(t *testing.T) {
	t.Setenv("KGASSIST_TESTENV_PROBE", "bolt://127.0.0.1:1")
	if got := Require(t, "KGASSIST_TESTENV_PROBE", "start it"); got != "bolt://127.0.0.1:1" {
		t.Fatalf("Require = %q", got)
	}
	OptIn(t, "KGASSIST_TESTENV_PROBE", "set it")
}

// Unset, a required server skips the test outside CI, and fails it under
// CI, where a skip would hide a regression.
func TestMissingSkipsOrFailsUnderCI(t *testing.T) {
	for _, tc := range []struct {
		ci           string
		failed, skip bool
	}{{"", false, true}, {"1", true, false}} {
		t.Setenv("CI", tc.ci)
		var failed, skipped bool
		done := make(chan struct{})
		go func() { // Fatal and Skip end the goroutine they run in
			defer close(done)
			r := &recorder{TB: t, failed: &failed, skipped: &skipped}
			Require(r, "KGASSIST_TESTENV_UNSET", "start it")
		}()
		<-done
		if failed != tc.failed || skipped != tc.skip {
			t.Errorf("CI=%q: failed %v, skipped %v", tc.ci, failed, skipped)
		}
	}
}

// recorder notes a Fatal or Skip instead of ending the test.
type recorder struct {
	testing.TB
	failed, skipped *bool
}

func (r *recorder) Helper()           {}
func (r *recorder) Fatal(args ...any) { *r.failed = true; runtime.Goexit() }
func (r *recorder) Skip(args ...any)  { *r.skipped = true; runtime.Goexit() }

// Package machinelock serialises tests that share one server on this
// machine: go test runs packages in parallel processes, and a shared Neo4j
// database or a model server answering one request at a time must not be
// used by two of them at once.
package machinelock

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Hold takes the exclusive lock called name, shared by every process on
// this machine, and releases it when tb ends.
func Hold(tb testing.TB, name string) {
	tb.Helper()
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "kgassist-"+name+".lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		tb.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}

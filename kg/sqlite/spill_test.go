package sqlite_test

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
	"github.com/kgassist/kgassist/kg/storetest"
)

// TestConformanceSpilled runs the store's contract with batches that write
// their rows into their transaction every few rows, as a large table's
// document does: every part of the contract must hold the same.
func TestConformanceSpilled(t *testing.T) {
	defer sqlite.SetSpillRows(3)()
	storetest.Run(t, func(t *testing.T) kg.Store {
		if strings.HasSuffix(t.Name(), "/CommitGroup") {
			// Groups hold several batches open and delete beside them; a
			// spilled batch holds the write lock, so groups are of small
			// documents (a spilled batch is refused by CommitGroup).
			t.Skip("a spilled batch holds the write lock")
		}
		return openTemp(t, sqlite.WithDimensions(storetest.Dim), sqlite.WithEmbedderName("fixture"))
	})
}

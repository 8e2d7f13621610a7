package storetest

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// testVersion: the change counter moves on every commit and delete, and
// stays put across reads and unchanged re-ingests.
func testVersion(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	v, ok := s.(kg.Versioner)
	if !ok {
		t.Skip("store does not implement kg.Versioner")
	}
	read := func() uint64 {
		t.Helper()
		n, err := v.Version(ctx)
		must(t, "Version", err)
		return n
	}
	v0 := read()
	if _, err := s.Chunks(ctx, kg.Restricted, allChunkIDs()); err != nil {
		t.Fatal(err)
	}
	if read() != v0 {
		t.Errorf("a read moved the version")
	}
	must(t, "DeleteDocument", s.DeleteDocument(ctx, manualID))
	v1 := read()
	if v1 == v0 {
		t.Errorf("delete left the version at %d", v0)
	}
	ingest(t, ctx, s, manual())
	if v2 := read(); v2 == v1 {
		t.Errorf("commit left the version at %d", v1)
	}
}

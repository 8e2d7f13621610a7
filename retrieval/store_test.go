package retrieval

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
)

// openStore opens an empty store of four-dimension vectors, closed when
// the test ends.
func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), sqlite.WithDimensions(4))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// writeDoc writes doc with its chunks in order: each is numbered and
// filed under doc, and all share one vector, so only their words tell
// them apart.
func writeDoc(t *testing.T, st *sqlite.Store, doc kg.Document, chunks ...kg.Chunk) {
	t.Helper()
	ctx := context.Background()
	b, err := st.Begin(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	for i := range chunks {
		c := &chunks[i]
		c.ID, c.DocumentID, c.Ordinal, c.Embedding = kg.ChunkID(doc.ID, i), doc.ID, i, []float32{1, 0, 0, 0}
	}
	if err := b.AddChunks(ctx, chunks); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

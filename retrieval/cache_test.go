package retrieval

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
)

func TestEvidenceCacheIsPerClearanceAndCleared(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kg.db"), sqlite.WithDimensions(4))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	doc := kg.Document{ID: kg.DocumentID("m.md"), URI: "m.md", SHA256: "1", Audience: kg.Internal}
	b, err := st.Begin(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	b.AddChunks(ctx, []kg.Chunk{{ID: kg.ChunkID(doc.ID, 0), DocumentID: doc.ID, Text: "The impeller nut takes 45 N·m.", Embedding: []float32{1, 0, 0, 0}}})
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	r := New(st, nil, Options{})
	q := "What torque does the impeller nut take?"
	first, _ := r.Retrieve(ctx, kg.Internal, q)
	second, _ := r.Retrieve(ctx, kg.Internal, "  What torque does the impeller nut  take? ")
	if first.Trace.Cached || !second.Trace.Cached || len(second.Items) != len(first.Items) || len(first.Items) == 0 {
		t.Fatalf("cache: first cached=%v, second cached=%v, items %d/%d", first.Trace.Cached, second.Trace.Cached, len(first.Items), len(second.Items))
	}
	public, _ := r.Retrieve(ctx, kg.Public, q)
	if public.Trace.Cached || len(public.Items) != 0 {
		t.Fatalf("a public caller got the internal caller's evidence: %+v", public.Items)
	}
	r.Invalidate()
	if again, _ := r.Retrieve(ctx, kg.Internal, q); again.Trace.Cached {
		t.Fatal("Invalidate did not clear the cache")
	}
}

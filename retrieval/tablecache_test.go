package retrieval

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
)

// tablesCounted counts how often the store lists its tables.
type tablesCounted struct {
	*sqlite.Store
	lists atomic.Int64
}

func (c *tablesCounted) Tables(ctx context.Context, a kg.Audience, limit int) ([]kg.Table, error) {
	c.lists.Add(1)
	return c.Store.Tables(ctx, a, limit)
}

func writeSheet(t *testing.T, st *sqlite.Store, uri, version string, rows int) {
	t.Helper()
	ctx := context.Background()
	doc := kg.Document{ID: kg.DocumentID(uri), URI: uri, SHA256: version, Audience: kg.Internal}
	b, err := st.Begin(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	var chunks []kg.Chunk
	for i := 0; i < rows; i++ {
		chunks = append(chunks, kg.Chunk{ID: kg.ChunkID(doc.ID, i), DocumentID: doc.ID, Ordinal: i, Kind: kg.TableKind,
			Section: []string{"Parts"}, Text: fmt.Sprintf("Part: P-%d; Qty: %d; Supplier: Acme", i, i+1), Embedding: []float32{1, 0, 0, 0}})
	}
	if err := b.AddChunks(ctx, chunks); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestTablesReadOncePerStoreVersion: questions over tables reuse the
// tables read for the first one, per clearance, until the store changes.
func TestTablesReadOncePerStoreVersion(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kg.db"), sqlite.WithDimensions(4))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	writeSheet(t, st, "parts.csv", "v1", 4)
	counted := &tablesCounted{Store: st}
	r := New(counted, nil, Options{CacheSize: -1})
	ask := func(a kg.Audience, q string) *Evidence {
		t.Helper()
		ev, err := r.Retrieve(ctx, a, q)
		if err != nil {
			t.Fatal(err)
		}
		return ev
	}
	first := ask(kg.Internal, "What is the average Qty of the parts?")
	ask(kg.Internal, "What is the total Qty of all parts?")
	if n := counted.lists.Load(); n != 1 {
		t.Fatalf("two questions over tables listed them %d times, want once", n)
	}
	if len(first.Computed) == 0 {
		t.Fatalf("no table answer to compare: %+v", first.Trace)
	}
	// Questions answered at once share the tables (run with -race).
	var wg sync.WaitGroup
	for _, q := range []string{"What is the average Qty of the parts?", "Which supplier has the most parts?", "What is the total Qty of all parts?"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := r.Retrieve(ctx, kg.Internal, q); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	ask(kg.Public, "How many parts are supplied by Acme?")
	if n := counted.lists.Load(); n != 2 {
		t.Fatalf("another clearance listed tables %d times in all, want 2", n)
	}
	writeSheet(t, st, "parts.csv", "v2", 6) // a new version of the sheet
	after := ask(kg.Internal, "What is the average Qty of the parts?")
	if n := counted.lists.Load(); n != 3 {
		t.Fatalf("after a write, tables listed %d times in all, want 3", n)
	}
	if fmt.Sprint(after.Computed) == fmt.Sprint(first.Computed) {
		t.Fatalf("the answer did not see the new sheet: %+v", after.Computed)
	}
}

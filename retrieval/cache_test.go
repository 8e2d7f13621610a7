package retrieval

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
)

// The evidence of a question is cached per clearance, and the cache is
// emptied when the store changes.
func TestEvidenceCacheIsPerClearanceAndCleared(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	writeDoc(t, st, kg.Document{ID: kg.DocumentID("m.md"), URI: "m.md", SHA256: "1", Audience: kg.Internal},
		kg.Chunk{Text: "The impeller nut takes 45 N·m."})
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
	var chunks []kg.Chunk
	for i := 0; i < rows; i++ {
		chunks = append(chunks, kg.Chunk{Kind: kg.TableKind, Section: []string{"Parts"}, Text: fmt.Sprintf("Part: P-%d; Qty: %d; Supplier: Acme", i, i+1)})
	}
	writeDoc(t, st, kg.Document{ID: kg.DocumentID(uri), URI: uri, SHA256: version, Audience: kg.Internal}, chunks...)
}

// TestTablesReadOncePerStoreVersion: questions over tables reuse the
// tables read for the first one, per clearance, until the store changes.
func TestTablesReadOncePerStoreVersion(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
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

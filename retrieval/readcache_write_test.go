package retrieval_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
	"github.com/kgassist/kgassist/retrieval"
)

// supportCounted counts the store's reads of supporting passages.
type supportCounted struct {
	*sqlite.Store
	reads atomic.Int64
}

func (c *supportCounted) SupportingChunks(ctx context.Context, a kg.Audience, ids []string) (map[string][]kg.Chunk, error) {
	c.reads.Add(1)
	return c.Store.SupportingChunks(ctx, a, ids)
}

// A question reads the passages of what it names once; the same passages
// are served from memory to the next question until a writer, here one
// beside the retriever that never tells it, changes the store.
func TestSupportingPassagesKeptUntilTheStoreChanges(t *testing.T) {
	pump := passageDoc{id: "kestrel", title: "Kestrel pump", text: "The Kestrel pump primes in 30 seconds.", audience: kg.Internal}
	st, emb := openPassages(t, pump)
	counted := &supportCounted{Store: st}
	r := retrieval.New(counted, emb, retrieval.Options{CacheSize: -1})
	ask := func() string {
		t.Helper()
		ev := retrieve(t, r, kg.Internal, "How long does the Kestrel pump take to prime?")
		var texts []string
		for _, it := range ev.Items {
			texts = append(texts, it.Chunk.Text)
		}
		return strings.Join(texts, "\n")
	}
	if got := ask(); !strings.Contains(got, "30 seconds") {
		t.Fatalf("first answer lacks the passage: %q", got)
	}
	before := counted.reads.Load()
	if before == 0 {
		t.Fatal("the question read no supporting passages: nothing to keep")
	}
	ask()
	if n := counted.reads.Load(); n != before {
		t.Fatalf("the same question read supporting passages again (%d reads, then %d)", before, n)
	}
	pump.text, pump.version = "The Kestrel pump primes in 90 seconds.", "2"
	writePassage(t, st, emb, pump)
	got := ask()
	if n := counted.reads.Load(); n == before {
		t.Fatal("after a write the passages were served from memory")
	}
	if strings.Contains(got, "30 seconds") || !strings.Contains(got, "90 seconds") {
		t.Fatalf("after a write the evidence is %q", got)
	}
}

package retrieval_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/kg/sqlite"
	"github.com/kgassist/kgassist/retrieval"
)

// openEmbedded opens a fresh embedded store that embeds with the local
// embedder, closed when the test ends.
func openEmbedded(tb testing.TB) (*sqlite.Store, kg.Embedder) {
	tb.Helper()
	emb := hashembed.New(0)
	st, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "kg.db"), sqlite.WithEmbedder(emb))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st, emb
}

// rulesPipeline is the standard ingest pipeline into st, with the rules
// extractor.
func rulesPipeline(tb testing.TB, st ingest.Store, emb kg.Embedder) *ingest.Pipeline {
	tb.Helper()
	x, err := extract.NewExtractor()
	if err != nil {
		tb.Fatal(err)
	}
	return &ingest.Pipeline{Store: st, Embedder: emb, Extractor: x}
}

// retrieve asks r the question at clearance; an error fails the test.
func retrieve(t *testing.T, r *retrieval.Retriever, clearance kg.Audience, question string) *retrieval.Evidence {
	t.Helper()
	ev, err := r.Retrieve(context.Background(), clearance, question)
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

package retrieval_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant/qaeval"
	"github.com/kgassist/kgassist/internal/plantgen"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/kg/sqlite"
	"github.com/kgassist/kgassist/retrieval"
)

// plantDocs makes the generated plant graph exceed 100,000 entities and
// 500,000 relations.
const plantDocs = 1500

// openDemo ingests the demo corpus into a fresh embedded store.
func openDemo(tb testing.TB) (*sqlite.Store, kg.Embedder) {
	tb.Helper()
	st, emb := openEmbedded(tb)
	p := rulesPipeline(tb, st, emb)
	for _, set := range []struct {
		dir string
		aud kg.Audience
	}{{"public", kg.Public}, {"internal", kg.Internal}} {
		rep, err := p.IngestPaths(context.Background(), []string{filepath.Join("..", "examples", "demo", set.dir)}, set.aud, nil)
		if err != nil || rep.Failed > 0 {
			tb.Fatalf("ingest demo: %v %+v", err, rep)
		}
	}
	return st, emb
}

// openPlant opens the generated plant store, building it on first use. It
// is kept in the temporary directory between runs: building it takes far
// longer than measuring it.
func openPlant(b *testing.B) (*sqlite.Store, kg.Embedder) {
	b.Helper()
	emb := hashembed.New(0)
	dir := filepath.Join(os.TempDir(), "kgassist-bench")
	path := filepath.Join(dir, "plant-v3.db")
	ctx := context.Background()
	_, statErr := os.Stat(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	st, err := sqlite.Open(ctx, path, sqlite.WithEmbedder(emb))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if statErr == nil {
		return st, emb
	}
	err = plantgen.Generate(1, plantDocs, func(d plantgen.Doc) error {
		texts := make([]string, len(d.Chunks))
		for i, c := range d.Chunks {
			texts[i] = c.Text
		}
		vecs, _ := emb.Embed(ctx, texts)
		for i := range d.Chunks {
			d.Chunks[i].Embedding = vecs[i]
		}
		batch, err := st.Begin(ctx, d.Doc)
		if err != nil {
			return err
		}
		if err := batch.AddChunks(ctx, d.Chunks); err != nil {
			return err
		}
		if err := batch.AddEntities(ctx, d.Entities); err != nil {
			return err
		}
		if err := batch.AddRelations(ctx, d.Relations); err != nil {
			return err
		}
		return batch.Commit(ctx)
	})
	if err != nil {
		os.Remove(path)
		b.Fatal(err)
	}
	return st, emb
}

func demoQuestions(b *testing.B) []string {
	cases, err := qaeval.Load("../testdata/qa/demo.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var qs []string
	for _, c := range cases {
		qs = append(qs, c.Question)
	}
	return qs
}

// benchRetrieve measures question -> evidence and reports p50 and p99.
func benchRetrieve(b *testing.B, r *retrieval.Retriever, questions []string) {
	ctx := context.Background()
	for _, q := range questions[:min(len(questions), 20)] { // warm the dictionary and caches
		if _, err := r.Retrieve(ctx, kg.Internal, q); err != nil {
			b.Fatal(err)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := r.Retrieve(ctx, kg.Internal, questions[i%len(questions)]); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func BenchmarkRetrieveDemo(b *testing.B) {
	st, emb := openDemo(b)
	benchRetrieve(b, retrieval.New(st, emb, retrieval.Options{CacheSize: -1}), demoQuestions(b))
}

func BenchmarkRetrievePlant(b *testing.B) {
	st, emb := openPlant(b)
	if s, err := st.Stats(context.Background(), kg.Restricted); err == nil {
		b.Logf("plant store: %d documents, %d chunks, %d entities, %d relations", s.Documents, s.Chunks, s.Entities, s.Relations)
	}
	benchRetrieve(b, retrieval.New(st, emb, retrieval.Options{CacheSize: -1}), plantgen.Questions(2, plantDocs, 300))
}

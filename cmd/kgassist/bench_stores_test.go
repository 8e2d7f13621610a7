package main

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant/qaeval"
	"github.com/kgassist/kgassist/internal/neo4jtest"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// countingStore counts the store calls retrieval makes: on Neo4j each is
// one round trip.
type countingStore struct {
	kg.Store
	calls   atomic.Int64
	mu      sync.Mutex
	spent   map[string]time.Duration
	slowest map[string]time.Duration // one call: where a tail comes from
}

func (c *countingStore) took(name string, start time.Time) {
	d := time.Since(start)
	c.mu.Lock()
	if c.spent == nil {
		c.spent, c.slowest = map[string]time.Duration{}, map[string]time.Duration{}
	}
	c.spent[name] += d
	c.slowest[name] = max(c.slowest[name], d)
	c.mu.Unlock()
}

func (c *countingStore) FindEntities(ctx context.Context, a kg.Audience, q kg.EntityQuery) ([]kg.Entity, error) {
	c.calls.Add(1)
	defer c.took("FindEntities", time.Now())
	return c.Store.FindEntities(ctx, a, q)
}
func (c *countingStore) Entities(ctx context.Context, a kg.Audience, ids []string) ([]kg.Entity, error) {
	c.calls.Add(1)
	defer c.took("Entities", time.Now())
	return c.Store.Entities(ctx, a, ids)
}
func (c *countingStore) SearchChunks(ctx context.Context, a kg.Audience, q kg.ChunkQuery) ([]kg.ScoredChunk, error) {
	c.calls.Add(1)
	defer c.took("SearchChunks", time.Now())
	return c.Store.SearchChunks(ctx, a, q)
}
func (c *countingStore) NearestChunks(ctx context.Context, a kg.Audience, v []float32, k int) ([]kg.ScoredChunk, error) {
	c.calls.Add(1)
	defer c.took("NearestChunks", time.Now())
	return c.Store.NearestChunks(ctx, a, v, k)
}
func (c *countingStore) Chunks(ctx context.Context, a kg.Audience, ids []string) ([]kg.Chunk, error) {
	c.calls.Add(1)
	defer c.took("Chunks", time.Now())
	return c.Store.Chunks(ctx, a, ids)
}
func (c *countingStore) Neighbourhood(ctx context.Context, a kg.Audience, q kg.NeighbourQuery) (kg.Subgraph, error) {
	c.calls.Add(1)
	defer c.took("Neighbourhood", time.Now())
	return c.Store.Neighbourhood(ctx, a, q)
}
func (c *countingStore) Relations(ctx context.Context, a kg.Audience, q kg.RelationQuery) ([]kg.Relation, error) {
	c.calls.Add(1)
	defer c.took("Relations", time.Now())
	return c.Store.Relations(ctx, a, q)
}
func (c *countingStore) SupportingChunks(ctx context.Context, a kg.Audience, ids []string) (map[string][]kg.Chunk, error) {
	c.calls.Add(1)
	defer c.took("SupportingChunks", time.Now())
	return c.Store.SupportingChunks(ctx, a, ids)
}
func (c *countingStore) EntityNames(ctx context.Context, a kg.Audience, fn func(kg.EntityName) error) error {
	return c.Store.(kg.NameLister).EntityNames(ctx, a, fn)
}

// BenchmarkRetrieveStores measures question -> evidence on the demo corpus
// on the embedded store and on Neo4j (when KGASSIST_NEO4J_URI is set),
// with the same questions and code, and reports store calls per question.
func BenchmarkRetrieveStores(b *testing.B) {
	cases, err := qaeval.Load("../../testdata/qa/demo.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	stores := map[string]string{"sqlite": "sqlite://" + filepath.Join(b.TempDir(), "kg.db")}
	for _, name := range []string{"sqlite", "neo4j"} {
		b.Run(name, func(b *testing.B) {
			url := stores[name]
			if name == "neo4j" {
				if os.Getenv("KGASSIST_NEO4J_URI") == "" {
					b.Skip("KGASSIST_NEO4J_URI not set")
				}
				srv := neo4jtest.Require(b)
				srv.Wipe(b)
				url = srv.URI
			}
			ingestBench(b, url)
			a, err := openApp(context.Background(), url)
			if err != nil {
				b.Fatal(err)
			}
			defer a.Close()
			cs := &countingStore{Store: a.store}
			r := retrieval.New(cs, a.embedder, retrieval.Options{CacheSize: -1})
			ctx := context.Background()
			for _, c := range cases[:20] {
				r.Retrieve(ctx, kg.Internal, c.Question)
			}
			cs.calls.Store(0)
			cs.spent, cs.slowest = nil, nil
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				if _, err := r.Retrieve(ctx, kg.Internal, cases[i%len(cases)].Question); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			b.StopTimer()
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(cs.calls.Load())/float64(b.N), "calls/question")
			for name, d := range cs.spent {
				b.Logf("%s: %.2f ms per question, slowest call %.1f ms", name,
					float64(d.Microseconds())/1000/float64(b.N), float64(cs.slowest[name].Microseconds())/1000)
			}
		})
	}
}

func ingestBench(b testing.TB, store string) {
	b.Helper()
	for _, set := range []struct{ dir, aud string }{{"public", "public"}, {"internal", "internal"}} {
		a, err := openApp(context.Background(), store)
		if err != nil {
			b.Fatal(err)
		}
		aud, _ := kg.ParseAudience(set.aud)
		rep, err := a.pipeline.IngestPaths(context.Background(), []string{filepath.Join(demoRoot, set.dir)}, aud, nil)
		a.Close()
		if err != nil || rep.Failed > 0 {
			b.Fatalf("ingest: %v %+v", err, rep)
		}
	}
}

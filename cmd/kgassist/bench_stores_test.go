package main

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant/qaeval"
	"github.com/kgassist/kgassist/internal/neo4jtest"
	"github.com/kgassist/kgassist/internal/plantgen"
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
	perCall bool                     // hide kg.MultiReader
}

// counted makes one store call, counting it and the time it took.
func counted[T any](c *countingStore, name string, call func() (T, error)) (T, error) {
	c.calls.Add(1)
	defer c.took(name, time.Now())
	return call()
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
	return counted(c, "FindEntities", func() ([]kg.Entity, error) { return c.Store.FindEntities(ctx, a, q) })
}
func (c *countingStore) Entities(ctx context.Context, a kg.Audience, ids []string) ([]kg.Entity, error) {
	return counted(c, "Entities", func() ([]kg.Entity, error) { return c.Store.Entities(ctx, a, ids) })
}
func (c *countingStore) SearchChunks(ctx context.Context, a kg.Audience, q kg.ChunkQuery) ([]kg.ScoredChunk, error) {
	return counted(c, "SearchChunks", func() ([]kg.ScoredChunk, error) { return c.Store.SearchChunks(ctx, a, q) })
}
func (c *countingStore) NearestChunks(ctx context.Context, a kg.Audience, v []float32, k int) ([]kg.ScoredChunk, error) {
	return counted(c, "NearestChunks", func() ([]kg.ScoredChunk, error) { return c.Store.NearestChunks(ctx, a, v, k) })
}
func (c *countingStore) Chunks(ctx context.Context, a kg.Audience, ids []string) ([]kg.Chunk, error) {
	return counted(c, "Chunks", func() ([]kg.Chunk, error) { return c.Store.Chunks(ctx, a, ids) })
}
func (c *countingStore) Neighbourhood(ctx context.Context, a kg.Audience, q kg.NeighbourQuery) (kg.Subgraph, error) {
	return counted(c, "Neighbourhood", func() (kg.Subgraph, error) { return c.Store.Neighbourhood(ctx, a, q) })
}
func (c *countingStore) Relations(ctx context.Context, a kg.Audience, q kg.RelationQuery) ([]kg.Relation, error) {
	return counted(c, "Relations", func() ([]kg.Relation, error) { return c.Store.Relations(ctx, a, q) })
}
func (c *countingStore) SupportingChunks(ctx context.Context, a kg.Audience, ids []string) (map[string][]kg.Chunk, error) {
	return counted(c, "SupportingChunks", func() (map[string][]kg.Chunk, error) { return c.Store.SupportingChunks(ctx, a, ids) })
}

// ReadMany is one call on a store that reads together, unless perCall
// asks for the reads one call each, as a store without the ability does.
func (c *countingStore) ReadMany(ctx context.Context, a kg.Audience, q kg.Reads) (kg.ReadResults, error) {
	m, ok := c.Store.(kg.MultiReader)
	if !ok || c.perCall {
		return kg.ReadEach(ctx, c, a, q)
	}
	return counted(c, "ReadMany", func() (kg.ReadResults, error) { return m.ReadMany(ctx, a, q) })
}

func (c *countingStore) EntityNames(ctx context.Context, a kg.Audience, fn func(kg.EntityName) error) error {
	return c.Store.(kg.NameLister).EntityNames(ctx, a, fn)
}

// The abilities retrieval asks for by type assertion are forwarded, so
// the benchmark times the retrieval a server runs: the version check of
// every question and the table answers included.

func (c *countingStore) Version(ctx context.Context) (uint64, error) {
	c.calls.Add(1)
	defer c.took("Version", time.Now())
	return c.Store.(kg.Versioner).Version(ctx)
}

func (c *countingStore) Tables(ctx context.Context, a kg.Audience, limit int) ([]kg.Table, error) {
	c.calls.Add(1)
	defer c.took("Tables", time.Now())
	return c.Store.(kg.TableReader).Tables(ctx, a, limit)
}

func (c *countingStore) TableRows(ctx context.Context, a kg.Audience, q kg.TableQuery) ([]kg.Chunk, error) {
	c.calls.Add(1)
	defer c.took("TableRows", time.Now())
	return c.Store.(kg.TableReader).TableRows(ctx, a, q)
}

// LoadTables is one call on a store that loads tables together, else
// Tables and one TableRows per table, as retrieval reads them there.
func (c *countingStore) LoadTables(ctx context.Context, a kg.Audience, limit, minRows int) ([]kg.LoadedTable, error) {
	l, ok := c.Store.(kg.TableLoader)
	if !ok || c.perCall {
		return kg.LoadTablesEach(ctx, c, a, limit, minRows)
	}
	c.calls.Add(1)
	defer c.took("LoadTables", time.Now())
	return l.LoadTables(ctx, a, limit, minRows)
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
			for _, mode := range readModes(name) {
				b.Run(mode, func(b *testing.B) { benchRetrieve(b, a, cases, mode == "per-call") })
			}
		})
	}
}

// readModes are the ways a store's reads are measured: on a store that
// reads together, also one call per read, as before it could, so the
// round trips saved show side by side in one run.
func readModes(store string) []string {
	if store == "sqlite" {
		return []string{"per-call"}
	}
	return []string{"together", "per-call"}
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

// BenchmarkIngestStores ingests the same documents into a fresh embedded
// store and a wiped Neo4j (when KGASSIST_NEO4J_URI is set), side by side
// in one run: the real corpus of testdata/qa/corpus_paths.txt and a
// generated plant corpus of KGASSIST_BENCH_DOCS documents (default 1000).
func BenchmarkIngestStores(b *testing.B) {
	generated, n := plantgen.BenchCorpus(b, 1000)
	corpora := []struct {
		name string
		docs func(testing.TB) map[string][]string
	}{
		{"corpus", func(t testing.TB) map[string][]string {
			return corpusDocs(t, "../../testdata/qa/corpus_paths.txt")
		}},
		{fmt.Sprintf("generated-%d", n), func(testing.TB) map[string][]string {
			return map[string][]string{"internal": {generated}}
		}},
	}
	for _, c := range corpora {
		for _, store := range []string{"sqlite", "neo4j"} {
			b.Run(c.name+"/"+store, func(b *testing.B) {
				docs := c.docs(b)
				ok := 0
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					url := freshStore(b, store)
					b.StartTimer()
					for aud, paths := range docs {
						ok += ingestAll(b, url, aud, paths)
					}
				}
				b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/import")
				b.ReportMetric(float64(ok)/b.Elapsed().Seconds(), "docs/s")
			})
		}
	}
}

func freshStore(b *testing.B, store string) string {
	if store == "sqlite" {
		return "sqlite://" + filepath.Join(b.TempDir(), "kg.db")
	}
	if os.Getenv("KGASSIST_NEO4J_URI") == "" {
		b.Skip("KGASSIST_NEO4J_URI not set")
	}
	srv := neo4jtest.Require(b)
	srv.Wipe(b)
	return srv.URI
}

func ingestAll(b *testing.B, url, audience string, paths []string) int {
	a, err := openApp(context.Background(), url)
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	aud, _ := kg.ParseAudience(audience)
	rep, err := a.pipeline.IngestPaths(context.Background(), paths, aud, nil)
	if err != nil {
		b.Fatal(err)
	}
	return rep.OK
}

// BenchmarkRetrieveCorpus measures question -> evidence over the first 40
// real-corpus questions on each store, evidence cache off. With
// KGASSIST_BENCH_VECTORS set it also writes each question's embedding
// there, for scripts/graphrag_bench.py to run neo4j-graphrag's retrievers
// over the same graph and questions right after.
func BenchmarkRetrieveCorpus(b *testing.B) {
	cases, err := qaeval.Load("../../testdata/qa/corpus.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	cases = cases[:min(40, len(cases))]
	for _, store := range []string{"sqlite", "neo4j"} {
		b.Run(store, func(b *testing.B) {
			docs := corpusDocs(b, "../../testdata/qa/corpus_paths.txt")
			url := freshStore(b, store)
			for aud, paths := range docs {
				ingestAll(b, url, aud, paths)
			}
			a, err := openApp(context.Background(), url)
			if err != nil {
				b.Fatal(err)
			}
			defer a.Close()
			if err := a.warm(context.Background()); err != nil {
				b.Fatal(err)
			}
			if store == "neo4j" {
				writeVectors(b, a.embedder, cases)
			}
			for _, mode := range readModes(store) {
				b.Run(mode, func(b *testing.B) { benchRetrieve(b, a, cases, mode == "per-call") })
			}
		})
	}
}

func benchRetrieve(b *testing.B, a *app, cases []qaeval.Case, perCall bool) {
	cs := &countingStore{Store: a.store, perCall: perCall}
	r := retrieval.New(cs, a.embedder, retrieval.Options{CacheSize: -1})
	ctx := context.Background()
	for _, c := range cases {
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
	for _, name := range slices.Sorted(maps.Keys(cs.spent)) {
		b.Logf("%s: %.2f ms per question, slowest call %.1f ms", name,
			float64(cs.spent[name].Microseconds())/1000/float64(b.N), float64(cs.slowest[name].Microseconds())/1000)
	}
}

func writeVectors(b *testing.B, emb kg.Embedder, cases []qaeval.Case) {
	path := os.Getenv("KGASSIST_BENCH_VECTORS")
	if path == "" {
		return
	}
	var qs []string
	for _, c := range cases {
		qs = append(qs, c.Question)
	}
	vecs, err := emb.Embed(context.Background(), qs)
	if err != nil {
		b.Fatal(err)
	}
	type row struct {
		Question string    `json:"question"`
		Vector   []float32 `json:"vector"`
	}
	var rows []row
	for i, q := range qs {
		rows = append(rows, row{q, vecs[i]})
	}
	data, _ := json.Marshal(rows)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
}

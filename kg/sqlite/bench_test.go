package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
)

// The write benchmarks put the same rows into SQLite twice: once through
// bare prepared INSERTs in 1,000-row transactions (the floor SQLite sets),
// once through Store batches of the same size (what kgassist adds on top:
// sources, audience, fulltext, validation). Compare rows/s side by side:
//
//	go test -run '^$' -bench 'Write' -benchtime 20000x ./kg/sqlite
const rowsPerTx = 1000

var vocabulary = strings.Fields(`impeller pump casing seal bearing shaft motor coupling valve flange gasket
	bolt torque pressure flow rate speed vibration noise temperature wear corrosion cavitation crack leak
	inspect replace tighten lubricate align measure clean check adjust stainless steel cast iron bronze rubber
	叶轮 泵体 密封 轴承 电机 联轴器 阀门 法兰 垫片 螺栓 扭矩 压力 流量 振动 温度 磨损 腐蚀 汽蚀 泄漏 更换 检查`)

// words draws mostly from a Zipf distribution over 20,000 made-up terms,
// as real text draws from a long tail, and one word in ten from the
// domain vocabulary, so a domain term occurs in about one chunk in ten.
func words(r *rand.Rand, n int) string {
	zipf := rand.NewZipf(r, 1.1, 1, 19999)
	w := make([]string, n)
	for i := range w {
		if r.IntN(10) == 0 {
			w[i] = vocabulary[r.IntN(len(vocabulary))]
		} else {
			w[i] = "t" + strconv.FormatUint(zipf.Uint64(), 36)
		}
	}
	return strings.Join(w, " ")
}

func entityName(i int) string { return fmt.Sprintf("part %06d %s", i, vocabulary[i%len(vocabulary)]) }

func rawDB(b *testing.B, schema string) *sql.DB {
	b.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(b.TempDir(), "raw.db")+
		"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-65536)")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if _, err := db.Exec(schema); err != nil {
		b.Fatal(err)
	}
	return db
}

// rawInsert writes n rows with one prepared single-row INSERT per row.
func rawInsert(b *testing.B, db *sql.DB, insert string, n int, row func(i int) []any) {
	b.Helper()
	ctx := context.Background()
	for start := 0; start < n; start += rowsPerTx {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		st, err := tx.PrepareContext(ctx, insert)
		if err != nil {
			b.Fatal(err)
		}
		for i := start; i < min(start+rowsPerTx, n); i++ {
			if _, err := st.ExecContext(ctx, row(i)...); err != nil {
				b.Fatal(err)
			}
		}
		st.Close()
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}

func benchStore(b *testing.B) *sqlite.Store {
	b.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "kg.db"), sqlite.WithDimensions(benchDim))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// storeBatches commits n rows as documents of rowsPerTx rows each.
func storeBatches(b *testing.B, s kg.Store, prefix string, n int, add func(ctx context.Context, bt kg.Batch, doc string, lo, hi int) error) {
	b.Helper()
	ctx := context.Background()
	for start := 0; start < n; start += rowsPerTx {
		uri := fmt.Sprintf("bench://%s/%d", prefix, start)
		bt, err := s.Begin(ctx, kg.Document{URI: uri, SHA256: uri, Format: "txt"})
		if err != nil {
			b.Fatal(err)
		}
		if err := add(ctx, bt, kg.DocumentID(uri), start, min(start+rowsPerTx, n)); err != nil {
			b.Fatal(err)
		}
		if err := bt.Commit(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// benchRaw times b.N rows inserted straight into a table of schema: the
// floor the store's writes are measured against.
func benchRaw(b *testing.B, schema, insert string, row func(i int) []any) {
	b.Run("raw", func(b *testing.B) {
		db := rawDB(b, schema)
		b.ResetTimer()
		rawInsert(b, db, insert, b.N, row)
		reportRows(b)
	})
}

// benchStoreWrites times b.N rows written through the store in batches,
// after setup (when given) has written what they refer to.
func benchStoreWrites(b *testing.B, prefix string, setup func(b *testing.B, s kg.Store), add func(ctx context.Context, bt kg.Batch, doc string, lo, hi int) error) {
	b.Run("store", func(b *testing.B) {
		s := benchStore(b)
		if setup != nil {
			setup(b, s)
		}
		b.ResetTimer()
		storeBatches(b, s, prefix, b.N, add)
		reportRows(b)
	})
}

func reportRows(b *testing.B) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

func entityRows(lo, hi int, doc string) []kg.Entity {
	ents := make([]kg.Entity, 0, hi-lo)
	for i := lo; i < hi; i++ {
		ents = append(ents, kg.Entity{Type: kg.Part, Name: entityName(i), Sources: []kg.Source{{ChunkID: kg.ChunkID(doc, 0)}}})
	}
	return ents
}

func BenchmarkWriteEntities(b *testing.B) {
	benchRaw(b, `CREATE TABLE entities(id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,
			norm TEXT NOT NULL, audience INTEGER NOT NULL) WITHOUT ROWID;
			CREATE INDEX entities_norm ON entities(norm);`,
		`INSERT INTO entities VALUES (?,?,?,?,?)`, func(i int) []any {
			name := entityName(i)
			return []any{kg.EntityID(kg.Part, name), kg.Part, name, kg.NormalizeName(name), 0}
		})
	benchStoreWrites(b, "entities", nil, func(ctx context.Context, bt kg.Batch, doc string, lo, hi int) error {
		return bt.AddEntities(ctx, entityRows(lo, hi, doc))
	})
}

// relationEnds are the endpoints of relation i among n entities.
func relationEnds(i, n int) (int, int) {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	return r.IntN(n), r.IntN(n)
}

const relationEntities = 20000

func BenchmarkWriteRelations(b *testing.B) {
	types := kg.RelationTypes()
	benchRaw(b, `CREATE TABLE relations(id TEXT PRIMARY KEY, type TEXT NOT NULL, src TEXT NOT NULL,
			dst TEXT NOT NULL, audience INTEGER NOT NULL) WITHOUT ROWID;
			CREATE INDEX relations_src ON relations(src); CREATE INDEX relations_dst ON relations(dst);`,
		`INSERT OR IGNORE INTO relations VALUES (?,?,?,?,?)`, func(i int) []any {
			from, to := relationEnds(i, relationEntities)
			typ := types[i%len(types)]
			src, dst := kg.EntityID(kg.Part, entityName(from)), kg.EntityID(kg.Part, entityName(to))
			return []any{kg.RelationID(typ, src, dst), typ, src, dst, 0}
		})
	endpoints := func(b *testing.B, s kg.Store) {
		storeBatches(b, s, "endpoints", relationEntities, func(ctx context.Context, bt kg.Batch, doc string, lo, hi int) error {
			return bt.AddEntities(ctx, entityRows(lo, hi, doc))
		})
	}
	benchStoreWrites(b, "relations", endpoints, func(ctx context.Context, bt kg.Batch, doc string, lo, hi int) error {
		return bt.AddRelations(ctx, relationRows(lo, hi, relationEntities, doc))
	})
}

func relationRows(lo, hi, entities int, doc string) []kg.Relation {
	rels := make([]kg.Relation, 0, hi-lo)
	types := kg.RelationTypes()
	for i := lo; i < hi; i++ {
		from, to := relationEnds(i, entities)
		rels = append(rels, kg.Relation{Type: types[i%len(types)],
			From: kg.EntityID(kg.Part, entityName(from)), To: kg.EntityID(kg.Part, entityName(to)),
			Sources: []kg.Source{{ChunkID: kg.ChunkID(doc, 0)}}})
	}
	return rels
}

func chunkText(i int) string { return words(rand.New(rand.NewPCG(uint64(i), 11)), 80) }

func BenchmarkWriteChunks(b *testing.B) {
	benchRaw(b, `CREATE VIRTUAL TABLE chunk_fts USING fts5(text)`, `INSERT INTO chunk_fts(text) VALUES (?)`,
		func(i int) []any { return []any{chunkText(i)} })
	benchStoreWrites(b, "chunks", nil, func(ctx context.Context, bt kg.Batch, doc string, lo, hi int) error {
		return bt.AddChunks(ctx, chunkRows(lo, hi, nil))
	})
}

func chunkRows(lo, hi int, r *rand.Rand) []kg.Chunk {
	chunks := make([]kg.Chunk, 0, hi-lo)
	for i := lo; i < hi; i++ {
		c := kg.Chunk{Ordinal: i - lo, Text: chunkText(i)}
		if r != nil {
			c.Embedding = randomVector(r)
		}
		chunks = append(chunks, c)
	}
	return chunks
}

const benchDim = 256

func randomVector(r *rand.Rand) []float32 {
	v := make([]float32, benchDim)
	for i := range v {
		v[i] = float32(r.NormFloat64())
	}
	return v
}

// The read benchmarks share one generated store, built once per run
// through the store's own batches:
//
//	go test -run '^$' -bench 'Read' ./kg/sqlite
const (
	readEntities  = 100000
	readRelations = 500000
	readChunks    = 50000
)

var (
	readOnce  sync.Once
	readStore *sqlite.Store
	readDir   string
	readErr   error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if readStore != nil {
		readStore.Close()
	}
	if readDir != "" {
		os.RemoveAll(readDir)
	}
	os.Exit(code)
}

func generatedStore(b *testing.B) *sqlite.Store {
	readOnce.Do(func() {
		readDir, readErr = os.MkdirTemp("", "kgassist-bench-")
		if readErr != nil {
			return
		}
		readStore, readErr = sqlite.Open(context.Background(), filepath.Join(readDir, "kg.db"), sqlite.WithDimensions(benchDim))
		if readErr != nil {
			return
		}
		r := rand.New(rand.NewPCG(1, 2))
		storeBatches(b, readStore, "chunks", readChunks, func(ctx context.Context, bt kg.Batch, doc string, lo, hi int) error {
			return bt.AddChunks(ctx, chunkRows(lo, hi, r))
		})
		storeBatches(b, readStore, "entities", readEntities, func(ctx context.Context, bt kg.Batch, doc string, lo, hi int) error {
			return bt.AddEntities(ctx, entityRows(lo, hi, doc))
		})
		storeBatches(b, readStore, "relations", readRelations, func(ctx context.Context, bt kg.Batch, doc string, lo, hi int) error {
			return bt.AddRelations(ctx, relationRows(lo, hi, readEntities, doc))
		})
	})
	if readErr != nil {
		b.Fatal(readErr)
	}
	return readStore
}

func BenchmarkReadSearchChunks(b *testing.B) {
	s := generatedStore(b)
	ctx := context.Background()
	queries := []string{"impeller cavitation wear", "叶轮 磨损", "bearing vibration temperature", "更换密封", "torque bolt flange"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		hits, err := s.SearchChunks(ctx, kg.Restricted, kg.ChunkQuery{Text: queries[i%len(queries)], Limit: 20})
		if err != nil || len(hits) == 0 {
			b.Fatalf("SearchChunks: %d hits, %v", len(hits), err)
		}
	}
}

func BenchmarkReadNearestChunks(b *testing.B) {
	s := generatedStore(b)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	q := randomVector(r)
	if _, err := s.NearestChunks(ctx, kg.Restricted, q, 10); err != nil { // loads the matrix
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		hits, err := s.NearestChunks(ctx, kg.Restricted, q, 10)
		if err != nil || len(hits) != 10 {
			b.Fatalf("NearestChunks: %d hits, %v", len(hits), err)
		}
	}
}

func BenchmarkReadNeighbourhood2Hop(b *testing.B) {
	s := generatedStore(b)
	ctx := context.Background()
	var rels int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		seed := kg.EntityID(kg.Part, entityName((i*7919)%readEntities))
		g, err := s.Neighbourhood(ctx, kg.Restricted, kg.NeighbourQuery{Seeds: []string{seed}, Hops: 2})
		if err != nil {
			b.Fatal(err)
		}
		rels += len(g.Relations)
	}
	b.ReportMetric(float64(rels)/float64(b.N), "relations/op")
}

package neo4j

import (
	"context"
	"flag"
	"fmt"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// Import benchmarks. Each compares, on the same server, schema and rows:
//
//	Store   the store's import: Begin, Add*, Commit per document
//	Unwind  the write limit: one hand-written UNWIND statement per
//	        document, no checks, no audience recomputation
//	Naive   one MERGE per row, each its own auto-commit query, on a
//	        subset of -neo4j.naive documents; per-document time compares
//
// go test ./kg/neo4j -run '^$' -bench Import -benchtime 1x -neo4j.docs=10000
var (
	benchDocs      = flag.Int("neo4j.docs", 200, "documents in the generated import benchmark corpus")
	benchNaiveDocs = flag.Int("neo4j.naive", 20, "documents the naive one-query-per-row import writes")
)

const (
	benchChunks   = 3
	benchUnique   = 10 // entities only one document mentions
	benchShared   = 2  // entities many documents mention
	benchRelation = 5
)

type benchDoc struct {
	doc    kg.Document
	chunks []kg.Chunk
	ents   []kg.Entity
	rels   []kg.Relation
}

// benchCorpus generates n documents of a parts catalogue: each names ten
// parts of its own and a product and material shared with other documents.
func benchCorpus(n int) []benchDoc {
	docs := make([]benchDoc, n)
	for i := range docs {
		uri := fmt.Sprintf("file:///bench/%05d.md", i)
		d := kg.Document{ID: kg.DocumentID(uri), URI: uri, Title: fmt.Sprintf("Catalogue %d", i),
			SHA256: fmt.Sprintf("sha-%d", i), Format: "md", Audience: kg.Audience(i % 3), IngestedAt: time.Unix(0, 0).UTC()}
		bd := benchDoc{doc: d}
		for c := 0; c < benchChunks; c++ {
			bd.chunks = append(bd.chunks, kg.Chunk{ID: kg.ChunkID(d.ID, c), Ordinal: c, Kind: "text",
				Text:      fmt.Sprintf("Assembly %d step %d: fit part %d-%d with torque %d Nm. 第%d步装配叶轮。", i, c, i, c, 10+c, c),
				Embedding: []float32{float32(i%7 + 1), float32(c + 1), 1, 0, 0, 0, 0, float32(i % 3)}})
		}
		product := kg.Entity{Type: kg.Product, Name: fmt.Sprintf("Pump model %d", i%50), Sources: []kg.Source{{ChunkID: kg.ChunkID(d.ID, 0)}}}
		material := kg.Entity{Type: kg.Material, Name: fmt.Sprintf("Alloy %d", i%20), Sources: []kg.Source{{ChunkID: kg.ChunkID(d.ID, 1)}}}
		product.ID, material.ID = kg.EntityID(product.Type, product.Name), kg.EntityID(material.Type, material.Name)
		bd.ents = append(bd.ents, product, material)
		for p := 0; p < benchUnique; p++ {
			part := kg.Entity{Type: kg.Part, Name: fmt.Sprintf("Part %d-%d", i, p), Aliases: []string{fmt.Sprintf("零件%d-%d", i, p)},
				Props: kg.Props{"qty": fmt.Sprint(p + 1)}, Sources: []kg.Source{{ChunkID: kg.ChunkID(d.ID, p%benchChunks)}}}
			part.ID = kg.EntityID(part.Type, part.Name)
			bd.ents = append(bd.ents, part)
			if p < benchRelation {
				from, to := product.ID, part.ID
				bd.rels = append(bd.rels, kg.Relation{ID: kg.RelationID(kg.HasPart, from, to), Type: kg.HasPart, From: from, To: to,
					Props: kg.Props{"qty": "1"}, Sources: part.Sources})
			}
		}
		docs[i] = bd
	}
	return docs
}

func BenchmarkImport(b *testing.B) {
	cfg := testConfig(b)
	cfg.Dimensions = 8
	docs := benchCorpus(*benchDocs)
	naive := docs[:min(*benchNaiveDocs, len(docs))]
	b.Run("Store", func(b *testing.B) { benchImport(b, cfg, docs, importStore) })
	b.Run("Unwind", func(b *testing.B) { benchImport(b, cfg, docs, importUnwind) })
	b.Run("Naive", func(b *testing.B) { benchImport(b, cfg, naive, importNaive) })
}

type importer func(ctx context.Context, s *Store, d benchDoc) error

func benchImport(b *testing.B, cfg Config, docs []benchDoc, imp importer) {
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		s := openEmpty(b, cfg)
		b.StartTimer()
		start := time.Now()
		for _, d := range docs {
			if err := imp(ctx, s, d); err != nil {
				b.Fatal(err)
			}
		}
		elapsed := time.Since(start)
		b.ReportMetric(float64(elapsed.Nanoseconds())/float64(len(docs)), "ns/doc")
		b.ReportMetric(float64(len(docs))/elapsed.Seconds(), "docs/s")
	}
	b.StopTimer()
}

func importStore(ctx context.Context, s *Store, d benchDoc) error {
	bt, err := s.Begin(ctx, d.doc)
	if err != nil {
		return err
	}
	if err := bt.AddChunks(ctx, d.chunks); err != nil {
		return err
	}
	if err := bt.AddEntities(ctx, d.ents); err != nil {
		return err
	}
	if err := bt.AddRelations(ctx, d.rels); err != nil {
		return err
	}
	return bt.Commit(ctx)
}

// unwindStatement writes the same nodes, relationships and properties as
// the store, in one statement, trusting its input completely.
const unwindStatement = `CREATE (d:Document) SET d = $doc
WITH d
CALL { WITH d UNWIND $chunks AS r
  CREATE (d)-[:HAS_CHUNK]->(:Chunk {id: r.id, doc_id: d.id, ordinal: r.ordinal, text: r.text, seg: r.seg,
    section: r.section, page: r.page, lang: r.lang, kind: r.kind, audience: d.audience, embedding: r.embedding}) }
CALL { WITH d UNWIND $pairs AS p MATCH (a:Chunk {id: p[0]}), (b:Chunk {id: p[1]}) CREATE (a)-[:NEXT]->(b) }
CALL { WITH d UNWIND $ents AS r
  MERGE (e:Entity {id: r.id}) ON CREATE SET e.type = r.type, e.name = r.name, e.norm = r.norm, e.audience = d.audience
  WITH d, e, r MATCH (c:Chunk {id: r.chunk})
  CREATE (c)-[:MENTIONS {doc_id: d.id, chunk_id: r.chunk, audience: d.audience, name: r.name, aliases: r.aliases,
    norms: r.norms, search: r.search, props: r.props}]->(e) }
CALL { WITH d UNWIND $rels AS r
  MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to})
  MERGE (x:Rel {id: r.id}) ON CREATE SET x.type = r.type, x.from = r.from, x.to = r.to, x.audience = d.audience
  MERGE (a)-[t:HAS_PART {id: r.id}]->(b) ON CREATE SET t.audience = d.audience
  WITH d, x, r MATCH (c:Chunk {id: r.chunk})
  CREATE (c)-[:SUPPORTS {doc_id: d.id, chunk_id: r.chunk, audience: d.audience, props: r.props}]->(x) }`

func importUnwind(ctx context.Context, s *Store, d benchDoc) error {
	var ents, rels []map[string]any
	for _, rows := range entityRows(d.ents) {
		ents = append(ents, rows...)
	}
	for _, rows := range relationRows(d.rels) {
		rels = append(rels, rows...)
	}
	params := map[string]any{"doc": documentProps(d.doc), "chunks": chunkRows(d.chunks), "pairs": nextPairs(d.chunks),
		"ents": ents, "rels": rels}
	return s.write(ctx, "bench.Unwind", func(tx neo4j.ManagedTransaction) error {
		_, err := run(ctx, tx, unwindStatement, params)
		return err
	})
}

// importNaive is the pattern the store avoids: a query per row, each in
// its own transaction.
func importNaive(ctx context.Context, s *Store, d benchDoc) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db})
	defer sess.Close(ctx)
	exec := func(q string, p map[string]any) error {
		res, err := sess.Run(ctx, q, p)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		return err
	}
	if err := exec("MERGE (d:Document {id: $id}) SET d += $doc", map[string]any{"id": d.doc.ID, "doc": documentProps(d.doc)}); err != nil {
		return err
	}
	for _, c := range chunkRows(d.chunks) {
		if err := exec(`MATCH (d:Document {id: $doc}) MERGE (c:Chunk {id: $r.id})
SET c.text = $r.text, c.seg = $r.seg, c.ordinal = $r.ordinal, c.embedding = $r.embedding, c.audience = d.audience
MERGE (d)-[:HAS_CHUNK]->(c)`, map[string]any{"doc": d.doc.ID, "r": c}); err != nil {
			return err
		}
	}
	for _, rows := range entityRows(d.ents) {
		for _, r := range rows {
			if err := exec(`MERGE (e:Entity {id: $r.id}) ON CREATE SET e.type = $r.type, e.name = $r.name, e.norm = $r.norm
WITH e MATCH (c:Chunk {id: $r.chunk})
MERGE (c)-[m:MENTIONS]->(e) SET m.props = $r.props, m.search = $r.search, m.aliases = $r.aliases`, map[string]any{"r": r}); err != nil {
				return err
			}
		}
	}
	for _, rows := range relationRows(d.rels) {
		for _, r := range rows {
			if err := exec(`MATCH (a:Entity {id: $r.from}), (b:Entity {id: $r.to})
MERGE (x:Rel {id: $r.id}) ON CREATE SET x.type = $r.type, x.from = $r.from, x.to = $r.to
MERGE (a)-[:HAS_PART {id: $r.id}]->(b)
WITH x MATCH (c:Chunk {id: $r.chunk}) MERGE (c)-[s:SUPPORTS]->(x) SET s.props = $r.props`, map[string]any{"r": r}); err != nil {
				return err
			}
		}
	}
	return nil
}

package neo4j

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/storetest"
)

// BenchmarkImport compares three ways to write the same generated
// documents into one server, interleaved document by document so that
// each sees the same graph size, JIT state and machine load:
//
//	store   the store's import: Begin, Add*, Commit per document
//	unwind  the write limit: one hand-written UNWIND statement per
//	        document, no checks, no audience recomputation
//	naive   one MERGE per row, each its own auto-commit query, as many
//	        GraphRAG loaders write; it writes only -neo4j.naive documents,
//	        spread over the run, so its per-document and per-row times are
//	        extrapolated from that subset
//
// Each way writes its own copy of the corpus (names are prefixed), so no
// way finds the other's entities. Documents are bills of materials of
// -neo4j.rows parts. With -neo4j.group=N the store and UNWIND ways write
// N documents per transaction, as a folder import does (the store through
// CommitGroup and one AwaitSearch at the end, UNWIND in one statement).
//
//	go test ./kg/neo4j -run '^$' -bench Import -benchtime 1x -timeout 60m -neo4j.docs=500 -neo4j.rows=200
//	go test ./kg/neo4j -run '^$' -bench Import -benchtime 1x -timeout 60m -neo4j.docs=10000 -neo4j.rows=10
//	go test ./kg/neo4j -run '^$' -bench Import -benchtime 1x -timeout 60m -neo4j.docs=1000 -neo4j.group=32
var (
	benchDocs      = flag.Int("neo4j.docs", 200, "documents in the generated import benchmark corpus")
	benchRows      = flag.Int("neo4j.rows", 10, "parts (BOM table rows) per generated document")
	benchNaiveDocs = flag.Int("neo4j.naive", 20, "documents the naive one-query-per-row import writes")
	benchGroup     = flag.Int("neo4j.group", 1, "documents per transaction of the store and UNWIND imports")
)

// benchRowsPerChunk is how many table rows one chunk holds, about what a
// table chunker keeps under an embedding model's context.
const benchRowsPerChunk = 25

// The shape of benchCorpus's documents, which the crash test checks.
const (
	benchUnique   = 10                                                      // parts per document
	benchChunks   = 1 + (benchUnique+benchRowsPerChunk-1)/benchRowsPerChunk // introduction and tables
	benchRelation = 2 * benchUnique                                         // HAS_PART and MADE_OF per part
)

type benchDoc struct {
	doc    kg.Document
	chunks []kg.Chunk
	ents   []kg.Entity
	rels   []kg.Relation
}

// rows counts what the document asserts: chunks, entities and relations.
func (d benchDoc) rows() int { return len(d.chunks) + len(d.ents) + len(d.rels) }

// benchCorpus generates n bills of materials of benchUnique parts each.
func benchCorpus(n int) []benchDoc { return benchBOMs("", n, benchUnique) }

// benchBOMs generates n bills of materials. Each lists rows parts of its
// own, in table chunks of benchRowsPerChunk rows after an introduction,
// for a product and a material that other documents share (a product has
// many BOM revisions). Each row is a part with its quantity, a HAS_PART
// from the product carrying the quantity, and a MADE_OF to the material.
// Every name and URI starts with prefix, so that corpora of different
// prefixes share nothing.
func benchBOMs(prefix string, n, rows int) []benchDoc {
	docs := make([]benchDoc, n)
	for i := range docs {
		docs[i] = benchBOM(prefix, i, rows)
	}
	return docs
}

func benchBOM(prefix string, i, rows int) benchDoc {
	uri := fmt.Sprintf("file:///bench/%sbom-%05d.xlsx", prefix, i)
	d := kg.Document{ID: kg.DocumentID(uri), URI: uri, Title: fmt.Sprintf("BOM %d", i),
		SHA256: fmt.Sprintf("sha-%d", i), Format: "xlsx", Audience: kg.Audience(i % 3), IngestedAt: time.Unix(0, 0).UTC()}
	bd := benchDoc{doc: d}
	product := benchEntity(kg.Product, fmt.Sprintf("%sPump model %d", prefix, i%50), kg.ChunkID(d.ID, 0))
	material := benchEntity(kg.Material, fmt.Sprintf("%sAlloy %d", prefix, i%20), kg.ChunkID(d.ID, 0))
	bd.chunk(i, fmt.Sprintf("Bill of materials for %s, revision %d. Material %s unless stated. 泵体物料清单，第%d版。",
		product.Name, i, material.Name, i), "text")
	bd.ents = append(bd.ents, product, material)
	var table strings.Builder
	for r := 0; r < rows; r++ {
		qty := fmt.Sprint(r%8 + 1)
		part := benchEntity(kg.Part, fmt.Sprintf("%sP-%05d-%03d", prefix, i, r), kg.ChunkID(d.ID, 1+r/benchRowsPerChunk))
		part.Aliases = []string{fmt.Sprintf("零件%d-%d", i, r)}
		part.Props = kg.Props{"qty": qty}
		bd.ents = append(bd.ents, part)
		bd.rels = append(bd.rels, benchFact(kg.HasPart, product, part, kg.Props{"qty": qty}),
			benchFact(kg.MadeOf, part, material, nil))
		fmt.Fprintf(&table, "| %d | %s | 零件%d-%d | %s | %s |\n", r+1, part.Name, i, r, qty, material.Name)
		if (r+1)%benchRowsPerChunk == 0 || r == rows-1 {
			bd.chunk(i, table.String(), "table")
			table.Reset()
		}
	}
	return bd
}

func (bd *benchDoc) chunk(i int, text, kind string) {
	c := len(bd.chunks)
	bd.chunks = append(bd.chunks, kg.Chunk{ID: kg.ChunkID(bd.doc.ID, c), Ordinal: c, Kind: kind, Text: text,
		Embedding: []float32{float32(i%7 + 1), float32(c + 1), 1, 0, 0, 0, 0, float32(c % 3)}})
}

func benchEntity(typ, name, chunk string) kg.Entity {
	return kg.Entity{ID: kg.EntityID(typ, name), Type: typ, Name: name, Sources: []kg.Source{{ChunkID: chunk}}}
}

// benchFact is sourced where the row is: the part's chunk.
func benchFact(typ string, from, to kg.Entity, props kg.Props) kg.Relation {
	row := to
	if typ == kg.MadeOf {
		row = from
	}
	return kg.Relation{ID: kg.RelationID(typ, from.ID, to.ID), Type: typ, From: from.ID, To: to.ID,
		Props: props, Sources: row.Sources}
}

func BenchmarkImport(b *testing.B) {
	cfg := testConfig(b)
	cfg.Dimensions = 8
	n, rows := *benchDocs, *benchRows
	ways := []*importWay{
		{name: "store", imp: importStore, docs: benchBOMs("s-", n, rows)},
		{name: "unwind", imp: importUnwind, docs: benchBOMs("u-", n, rows)},
		{name: "naive", imp: importNaive, docs: benchBOMs("n-", min(*benchNaiveDocs, n), rows)},
	}
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		s := openEmpty(b, cfg)
		b.Cleanup(func() { dropGraph(b, s) })
		for _, w := range ways {
			// Compiles each way's plans before anything is timed.
			w.write(b, ctx, s, []benchDoc{benchBOM("warm-"+w.name+"-", 0, rows)})
			w.spent, w.written = 0, nil
		}
		b.StartTimer()
		step := max(*benchGroup, 1)
		for i := 0; i < n; i += step {
			ways[0].timed(b, ctx, s, i, step)
			ways[1].timed(b, ctx, s, i, step)
			if naive := ways[2]; len(naive.written) < len(naive.docs) && i*len(naive.docs)/n >= len(naive.written) {
				naive.timed(b, ctx, s, len(naive.written), 1)
			}
		}
		ways[0].timedSearch(b, ctx, s)
	}
	for _, w := range ways {
		w.report(b)
	}
	store, unwind, naive := ways[0].perRow(), ways[1].perRow(), ways[2].perRow()
	b.ReportMetric(store/unwind, "store/unwind")
	b.ReportMetric(naive/store, "naive/store")
	b.Logf("%d documents of %d rows (%d entities) per way, %d per transaction, naive on %d: store %.2f× the UNWIND write limit, naive %.1f× the store",
		n, ways[0].docs[0].rows(), len(ways[0].docs[0].ents)*n, max(*benchGroup, 1), len(ways[2].docs), store/unwind, naive/store)
}

// dropGraph deletes what the benchmark wrote, relationships first. The
// tests' wipe deletes 10,000 nodes per transaction with all their
// relationships, which on the graph of a 10,000-document run (products
// with thousands of relationships, mentions in a fulltext index) exceeds
// the server's transaction memory and would fail the next test's wipe.
func dropGraph(b *testing.B, s *Store) {
	ctx := context.Background()
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db})
	defer sess.Close(ctx)
	for _, stmt := range []string{
		"MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS",
	} {
		res, err := sess.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			b.Errorf("deleting the benchmark graph: %v", err)
			return
		}
	}
}

// importWay is one way of importing and what it has spent so far.
type importWay struct {
	name    string
	imp     importer
	docs    []benchDoc
	written []benchDoc
	spent   time.Duration
}

// importer writes documents in one transaction (the naive way: one each).
type importer func(ctx context.Context, s *Store, docs []benchDoc) error

func (w *importWay) timed(b *testing.B, ctx context.Context, s *Store, i, n int) {
	start := time.Now()
	w.write(b, ctx, s, w.docs[i:min(i+n, len(w.docs))])
	w.spent += time.Since(start)
}

// timedSearch counts the store's wait for search, which a group import
// leaves to the end (a document import waits in Commit).
func (w *importWay) timedSearch(b *testing.B, ctx context.Context, s *Store) {
	start := time.Now()
	if err := s.AwaitSearch(ctx); err != nil {
		b.Fatal(err)
	}
	w.spent += time.Since(start)
}

func (w *importWay) write(b *testing.B, ctx context.Context, s *Store, docs []benchDoc) {
	if err := w.imp(ctx, s, docs); err != nil {
		b.Fatalf("%s import of %s: %v", w.name, docs[0].doc.URI, err)
	}
	w.written = append(w.written, docs...)
}

func (w *importWay) perRow() float64 {
	rows := 0
	for _, d := range w.written {
		rows += d.rows()
	}
	return float64(w.spent.Nanoseconds()) / float64(max(rows, 1))
}

func (w *importWay) report(b *testing.B) {
	ents := 0
	for _, d := range w.written {
		ents += len(d.ents)
	}
	docs := max(len(w.written), 1)
	b.ReportMetric(float64(w.spent.Nanoseconds())/float64(docs)/1e6, w.name+"-ms/doc")
	b.ReportMetric(float64(w.spent.Nanoseconds())/float64(max(ents, 1))/1e3, w.name+"-us/entity")
	b.ReportMetric(w.perRow()/1e3, w.name+"-us/row")
}

// importStore writes one document with Commit, several with CommitGroup.
func importStore(ctx context.Context, s *Store, docs []benchDoc) error {
	batches := make([]kg.Batch, 0, len(docs))
	for _, d := range docs {
		bt, err := s.Begin(ctx, d.doc)
		if err != nil {
			return err
		}
		if err := storetest.Fill(ctx, bt, d.chunks, d.ents, d.rels); err != nil {
			return err
		}
		batches = append(batches, bt)
	}
	if len(batches) == 1 {
		return batches[0].Commit(ctx)
	}
	return s.CommitGroup(ctx, batches)
}

// unwindGroup writes the same nodes, relationships and properties as
// the store, in one statement, trusting its input completely: no removal
// of a previous version, no endpoint check, no audience recomputation.
// Relation subqueries follow (unwindRelations), one per type in the group.
const unwindGroup = `UNWIND $in.docs AS k
CREATE (d:Document) SET d = k.doc
WITH d, k
CALL { WITH d, k UNWIND k.chunks AS r
  CREATE (d)-[:HAS_CHUNK]->(:Chunk {id: r.id, doc_id: d.id, ordinal: r.ordinal, text: r.text, seg: r.seg, head: r.head,
    section: r.section, page: r.page, lang: r.lang, kind: r.kind, audience: d.audience, embedding: r.embedding}) }
CALL { WITH k UNWIND k.pairs AS p MATCH (a:Chunk {id: p[0]}), (b:Chunk {id: p[1]}) CREATE (a)-[:NEXT]->(b) }
CALL { WITH d, k UNWIND k.ents AS r
  MERGE (e:Entity {id: r.id}) ON CREATE SET e:$(r.type), e.type = r.type, e.name = r.name, e.norm = r.norm, e.audience = d.audience
  WITH d, e, r MATCH (c:Chunk {id: r.chunk})
  CREATE (c)-[:MENTIONS {doc_id: d.id, chunk_id: r.chunk, audience: d.audience, name: r.name, aliases: r.aliases,
    norms: r.norms, search: r.search, props: r.props}]->(e) }`

// unwindRelations writes one type's relations, named in the text as the
// store's relation statements name it.
const unwindRelations = `
CALL { WITH d, k UNWIND k.rels.%[1]s AS r
  MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to})
  MERGE (x:Rel {id: r.id}) ON CREATE SET x.type = r.type, x.from = r.from, x.to = r.to, x.audience = d.audience
  MERGE (a)-[t:%[1]s {id: r.id}]->(b) ON CREATE SET t.audience = d.audience
  WITH d, x, r MATCH (c:Chunk {id: r.chunk})
  CREATE (c)-[:SUPPORTS {doc_id: d.id, chunk_id: r.chunk, audience: d.audience, props: r.props}]->(x) }`

func importUnwind(ctx context.Context, s *Store, docs []benchDoc) error {
	rows := make([]map[string]any, len(docs))
	types := map[string]bool{}
	for i, d := range docs {
		ents := []map[string]any{}
		byType := entityRows(d.ents)
		for _, typ := range sortedKeys(byType) {
			ents = append(ents, byType[typ]...)
		}
		rels := map[string]any{}
		for typ, list := range relationRows(d.rels) {
			rels[typ], types[typ] = list, true
		}
		rows[i] = map[string]any{"doc": documentProps(d.doc), "chunks": chunkRows(d.doc.Title, d.chunks),
			"pairs": nextPairs(d.chunks), "ents": ents, "rels": rels}
	}
	stmt := unwindGroup
	for _, typ := range sortedKeys(types) {
		stmt += fmt.Sprintf(unwindRelations, typ)
	}
	return s.write(ctx, "bench.Unwind", func(tx neo4j.ManagedTransaction) error {
		_, err := run(ctx, tx, stmt, listParam("docs", rows))
		return err
	})
}

// importNaive is the pattern the store avoids: a query per row, each in
// its own transaction.
func importNaive(ctx context.Context, s *Store, docs []benchDoc) error {
	for _, d := range docs {
		if err := importNaiveDoc(ctx, s, d); err != nil {
			return err
		}
	}
	return nil
}

func importNaiveDoc(ctx context.Context, s *Store, d benchDoc) error {
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
	for _, c := range chunkRows(d.doc.Title, d.chunks) {
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
	for typ, rows := range relationRows(d.rels) {
		for _, r := range rows {
			if err := exec(`MATCH (a:Entity {id: $r.from}), (b:Entity {id: $r.to})
MERGE (x:Rel {id: $r.id}) ON CREATE SET x.type = $r.type, x.from = $r.from, x.to = $r.to
MERGE (a)-[:`+typ+` {id: $r.id}]->(b)
WITH x MATCH (c:Chunk {id: $r.chunk}) MERGE (c)-[s:SUPPORTS]->(x) SET s.props = $r.props`, map[string]any{"r": r}); err != nil {
				return err
			}
		}
	}
	return nil
}

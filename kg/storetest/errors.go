package storetest

import (
	"context"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// batchErr runs a whole batch for doc and returns the first error, from
// Begin, an Add call or Commit: stores may refuse bad input at any step.
func batchErr(ctx context.Context, s kg.Store, doc kg.Document, add func(b kg.Batch) error) error {
	b, err := s.Begin(ctx, doc)
	if err != nil {
		return err
	}
	defer b.Rollback()
	if err := add(b); err != nil {
		return err
	}
	return b.Commit(ctx)
}

func extraDoc(audience kg.Audience) kg.Document {
	uri := "file:///plant/extra.txt"
	return kg.Document{ID: kg.DocumentID(uri), URI: uri, Title: "extra", SHA256: "sha-extra", Format: "txt", Audience: audience}
}

func testSentinelErrors(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	before := snapshot(t, ctx, s)
	doc := extraDoc(kg.Public)
	extraChunk := kg.Chunk{ID: chunkID(doc.ID, 0), Text: "extra", Embedding: vec(1)}
	for _, tc := range []struct {
		name string
		doc  kg.Document
		add  func(b kg.Batch) error
	}{
		{"invalid audience", extraDoc(kg.Audience(9)), func(b kg.Batch) error { return b.AddChunks(ctx, []kg.Chunk{extraChunk}) }},
		{"unknown entity type", doc, func(b kg.Batch) error {
			return b.AddEntities(ctx, []kg.Entity{{Type: "Person", Name: "Bob"}})
		}},
		{"entity type as Cypher", doc, func(b kg.Batch) error {
			return b.AddEntities(ctx, []kg.Entity{{Type: "Part) DETACH DELETE (n", Name: "x"}})
		}},
		{"unknown relation type", doc, func(b kg.Batch) error {
			return b.AddRelations(ctx, []kg.Relation{{Type: "KNOWS", From: pump, To: impeller}})
		}},
		{"unknown endpoint", doc, func(b kg.Batch) error {
			return b.AddRelations(ctx, []kg.Relation{{Type: kg.Uses, From: pump, To: kg.EntityID(kg.Tool, "spanner")}})
		}},
		{"wrong embedding length", doc, func(b kg.Batch) error {
			return b.AddChunks(ctx, []kg.Chunk{{ID: chunkID(doc.ID, 0), Text: "x", Embedding: make([]float32, Dim+1)}})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantErr(t, tc.name, batchErr(ctx, s, tc.doc, tc.add), kg.ErrInvalid)
			sameSnapshot(t, "after refusing "+tc.name, before, snapshot(t, ctx, s))
		})
	}
	_, err := s.Document(ctx, kg.Restricted, "no-such-document")
	wantErr(t, "Document of an unknown id", err, kg.ErrNotFound)
	_, err = s.Begin(ctx, fmea().doc)
	wantErr(t, "Begin of an unchanged document", err, kg.ErrUnchanged)
}

// testHostileText stores names and text that are SQL, Cypher and FTS5
// syntax, then searches with such strings: they must be data, found
// literally or not at all, never an error other than EINVALID and never
// a change to the store.
func testHostileText(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	doc := extraDoc(kg.Public)
	text := `Robert'); DROP TABLE chunks;-- "quoted" NEAR(a b) "* OR - MATCH (n) DETACH DELETE n // 螺栓'); 删除`
	name := `Bolt'); DROP TABLE entities;--`
	alias := `MATCH (n) DETACH DELETE n //`
	bolt := kg.EntityID(kg.Part, name)
	ingest(t, ctx, s, docFixture{
		doc:    doc,
		chunks: []kg.Chunk{{ID: chunkID(doc.ID, 0), Text: text, Embedding: vec(0, 0, 0, 0, 1)}},
		ents: []kg.Entity{{ID: bolt, Type: kg.Part, Name: name, Aliases: []string{alias, `"*`},
			Props: kg.Props{"note": `'; DROP TABLE relations; --`}, Sources: src(doc.ID, 0)}},
		rels: []kg.Relation{{Type: kg.HasPart, From: pump, To: bolt, Props: kg.Props{"qty": `4") RETURN n //`}, Sources: src(doc.ID, 0)}},
	})
	before := snapshot(t, ctx, s)

	hostile := []string{name, alias, text, `'); DROP TABLE chunks;--`, `NEAR(`, `NEAR(a b)`, `"*`, `"`, `*`, `OR`, `AND`, `NOT`,
		`-`, `-impeller`, `impeller OR`, `(`, `)`, `:`, `^`, `{}`, `\`, `''`, `叶轮"`, `"叶轮`, ``, `   `, `x:y`, `col:impeller`,
		"\x00", `%`, `_`, `' OR '1'='1`, `$1`, `?`}
	for _, q := range hostile {
		_, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: q})
		allowInvalid(t, "SearchChunks "+q, err)
		_, err = s.FindEntities(ctx, kg.Public, kg.EntityQuery{Text: q})
		allowInvalid(t, "FindEntities "+q, err)
		_, err = s.Neighbourhood(ctx, kg.Public, kg.NeighbourQuery{Seeds: []string{q}, Hops: 2, Types: []string{q}})
		allowInvalid(t, "Neighbourhood "+q, err)
		_, err = s.Relations(ctx, kg.Public, kg.RelationQuery{From: []string{q}, To: []string{q}, Types: []string{q}})
		allowInvalid(t, "Relations "+q, err)
		_, err = s.Document(ctx, kg.Public, q)
		wantErr(t, "Document "+q, err, kg.ErrNotFound)
	}
	sameSnapshot(t, "after hostile queries", before, snapshot(t, ctx, s))

	for _, q := range []string{name, alias} {
		found, err := s.FindEntities(ctx, kg.Public, kg.EntityQuery{Text: q})
		must(t, "FindEntities", err)
		if len(found) == 0 || found[0].ID != bolt || found[0].Name != name || found[0].Props["note"] != `'; DROP TABLE relations; --` {
			t.Errorf("FindEntities(%q) = %+v, want the bolt stored literally", q, found)
		}
	}
	hits, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: `Robert'); DROP TABLE`})
	must(t, "SearchChunks", err)
	if len(hits) == 0 || hits[0].ID != chunkID(doc.ID, 0) || hits[0].Text != text {
		t.Errorf("SearchChunks for hostile text = %v, want the stored chunk verbatim", scoredIDs(hits))
	}
	rels, err := s.Relations(ctx, kg.Public, kg.RelationQuery{To: []string{bolt}})
	must(t, "Relations", err)
	if len(rels) != 1 || rels[0].Props["qty"] != `4") RETURN n //` {
		t.Errorf("hostile relation = %+v", rels)
	}
}

func allowInvalid(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil && kg.ErrorCode(err) != kg.EINVALID {
		t.Errorf("%s: %v (only EINVALID is acceptable)", what, err)
	}
}

func testStats(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	ss := ability[kg.Statser](t, s, "count what it holds")
	for _, tc := range []struct {
		c                                        kg.Audience
		docs, chunks, entities, relations, parts int
	}{
		{kg.Restricted, 3, 6, 6, 6, 1},
		{kg.Internal, 3, 6, 6, 6, 1},
		{kg.Partner, 2, 4, 4, 3, 1},
		{kg.Public, 1, 3, 3, 2, 1},
	} {
		st, err := ss.Stats(ctx, tc.c)
		must(t, "Stats", err)
		if st.Documents != tc.docs || st.Chunks != tc.chunks || st.Entities != tc.entities || st.Relations != tc.relations {
			t.Errorf("Stats(%s) = %+v, want %d documents, %d chunks, %d entities, %d relations",
				tc.c, st, tc.docs, tc.chunks, tc.entities, tc.relations)
		}
		if st.ByType != nil && st.ByType[kg.Part] != tc.parts {
			t.Errorf("Stats(%s).ByType[Part] = %d, want %d", tc.c, st.ByType[kg.Part], tc.parts)
		}
	}
}

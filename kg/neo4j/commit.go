package neo4j

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// commit writes one batch and returns once search finds it.
func (s *Store) commit(ctx context.Context, b *batch) error {
	const op = "neo4j.Commit"
	if err := s.commitAll(ctx, op, []*batch{b}); err != nil {
		return err
	}
	return s.awaitSearch(ctx, op)
}

// commitAll writes batches in one transaction whose statements do not
// grow with the number of documents: remove the previous versions, write
// the documents and their chunks, check endpoints from outside the group
// (only if there are any), write the facts (one statement per type), and,
// only when a previous version existed, recompute the facts it touched.
// New sources lower a fact's audience as they are written, so a first
// version needs no recomputation. Each row carries its document and
// audience, so documents of different audiences share a statement.
func (s *Store) commitAll(ctx context.Context, op string, batches []*batch) error {
	g, err := newGroup(batches)
	if err != nil {
		return kg.Wrap(op, err)
	}
	return s.write(ctx, op, func(tx neo4j.ManagedTransaction) error {
		old, err := removeDocuments(ctx, tx, g.keys)
		if err != nil {
			return err
		}
		if _, err := run(ctx, tx, documentStatement, listParam("docs", g.docs)); err != nil {
			return err
		}
		if err := checkEndpoints(ctx, tx, op, g.external); err != nil {
			return err
		}
		for _, st := range g.facts {
			if _, err := run(ctx, tx, st.cypher, st.params); err != nil {
				return err
			}
		}
		return recompute(ctx, tx, old)
	})
}

// group is the parameters of one transaction writing several documents,
// built before it so that a retried transaction sends exactly the same data.
type group struct {
	keys     []map[string]any // id and uri of each document, for removal
	docs     []map[string]any // properties, chunk rows and chunk order
	facts    []statement
	external []string
}

func newGroup(batches []*batch) (*group, error) {
	g := &group{}
	ents := map[string][]map[string]any{}
	rels := map[string][]map[string]any{}
	asserted := map[string]bool{}
	seen := map[string]bool{}
	for _, b := range batches {
		doc := b.doc
		if seen["id:"+doc.ID] || seen["uri:"+doc.URI] {
			return nil, kg.Errorf(kg.EINVALID, "document %s is twice in one group", doc.URI)
		}
		seen["id:"+doc.ID], seen["uri:"+doc.URI] = true, true
		g.keys = append(g.keys, map[string]any{"id": doc.ID, "uri": doc.URI})
		g.docs = append(g.docs, map[string]any{
			"props":  documentProps(doc),
			"chunks": chunkRows(doc.Title, b.chunks),
			"pairs":  nextPairs(b.chunks),
		})
		for typ, rows := range entityRows(b.entities) {
			ents[typ] = append(ents[typ], ofDocument(rows, doc)...)
		}
		for typ, rows := range relationRows(b.relations) {
			rels[typ] = append(rels[typ], ofDocument(rows, doc)...)
		}
		for id := range b.entityIDs {
			asserted[id] = true
		}
	}
	for _, b := range batches {
		for _, r := range b.relations {
			for _, id := range []string{r.From, r.To} {
				if !asserted[id] {
					g.external = append(g.external, id)
				}
			}
		}
	}
	g.external = dedupe(g.external)
	var err error
	g.facts, err = factStatements(ents, rels)
	return g, err
}

// ofDocument stamps fact rows with the document asserting them.
func ofDocument(rows []map[string]any, doc kg.Document) []map[string]any {
	for _, r := range rows {
		r["doc"], r["aud"] = doc.ID, int64(doc.Audience)
	}
	return rows
}

// facts names entities and relations by id.
type facts struct{ entities, relations []string }

// removeDocuments deletes the documents with the id or URI of each key,
// their chunks and their sources, and returns the facts they supported.
func removeDocuments(ctx context.Context, tx neo4j.ManagedTransaction, keys []map[string]any) (facts, error) {
	recs, err := run(ctx, tx, `UNWIND $in.keys AS k
CALL {
  WITH k MATCH (d:Document {id: k.id}) RETURN d
  UNION
  WITH k MATCH (d:Document {uri: k.uri}) RETURN d
}
WITH DISTINCT d
CALL { WITH d OPTIONAL MATCH (d)-[:HAS_CHUNK]->(c:Chunk) WITH d, collect(c) AS cs RETURN cs + [d] AS anchors }
CALL { WITH anchors UNWIND anchors AS a MATCH (a)-[:MENTIONS]->(e:Entity) RETURN collect(DISTINCT e.id) AS ents }
CALL { WITH anchors UNWIND anchors AS a MATCH (a)-[:SUPPORTS]->(r:Rel) RETURN collect(DISTINCT r.id) AS rels }
CALL { WITH anchors UNWIND anchors AS a DETACH DELETE a }
RETURN ents, rels`, listParam("keys", keys))
	if err != nil {
		return facts{}, err
	}
	var f facts
	for _, r := range recs {
		f.entities = append(f.entities, anyStrings(r.Values[0])...)
		f.relations = append(f.relations, anyStrings(r.Values[1])...)
	}
	return f, nil
}

// documentStatement creates the documents, their chunks and their order.
const documentStatement = `UNWIND $in.docs AS k
CREATE (d:Document) SET d = k.props
WITH d, k
CALL { WITH d, k
  UNWIND k.chunks AS r
  CREATE (d)-[:HAS_CHUNK]->(:Chunk {id: r.id, doc_id: k.props.id, ordinal: r.ordinal, text: r.text, seg: r.seg, head: r.head,
    section: r.section, page: r.page, lang: r.lang, kind: r.kind, audience: k.props.audience, embedding: r.embedding}) }
CALL { WITH k
  UNWIND k.pairs AS p
  MATCH (a:Chunk {id: p[0]}), (b:Chunk {id: p[1]})
  CREATE (a)-[:NEXT]->(b) }
RETURN count(*)`

// Each new source lowers the fact's audience (and takes over its display
// name) when it is visible to more callers than the fact was. A source
// without a chunk is the document as a whole.
const (
	entityStatement = `UNWIND $in.rows AS r
MATCH (d:Document {id: r.doc})
MERGE (e:Entity {id: r.id})
  ON CREATE SET e:%s, e.type = r.type, e.name = r.name, e.norm = r.norm, e.audience = r.aud
  ON MATCH SET e.name = CASE WHEN r.aud < e.audience THEN r.name ELSE e.name END,
    e.audience = CASE WHEN r.aud < e.audience THEN r.aud ELSE e.audience END
WITH d, e, r
OPTIONAL MATCH (c:Chunk {id: r.chunk})
WITH e, r, coalesce(c, d) AS src
CREATE (src)-[:MENTIONS {doc_id: r.doc, chunk_id: coalesce(r.chunk, ''), audience: r.aud, name: r.name,
  aliases: r.aliases, norms: r.norms, search: r.search, props: r.props}]->(e)
RETURN count(*)`

	relationStatement = `UNWIND $in.rows AS r
MATCH (d:Document {id: r.doc})
MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to})
MERGE (x:Rel {id: r.id})
  ON CREATE SET x.type = r.type, x.from = r.from, x.to = r.to, x.audience = r.aud
  ON MATCH SET x.audience = CASE WHEN r.aud < x.audience THEN r.aud ELSE x.audience END
MERGE (a)-[t:%s {id: r.id}]->(b)
  ON CREATE SET t.audience = r.aud
  ON MATCH SET t.audience = x.audience
WITH d, x, r
OPTIONAL MATCH (c:Chunk {id: r.chunk})
WITH x, r, coalesce(c, d) AS src
CREATE (src)-[:SUPPORTS {doc_id: r.doc, chunk_id: coalesce(r.chunk, ''), audience: r.aud, props: r.props}]->(x)
RETURN count(*)`
)

// statement is one Cypher statement and its parameters.
type statement struct {
	cypher string
	params map[string]any
}

// factStatements builds one statement per entity and relation type in the
// group: labels and relationship types cannot be parameters, and a text
// that depends only on the type is planned once per server, where one
// statement for every combination of types a document brings was planned
// again for nearly every document. Every type is checked against the
// allowlist before it is written into the statement; the rows travel as
// parameters. Entities come first, since relations match their endpoints.
func factStatements(ents, rels map[string][]map[string]any) ([]statement, error) {
	var out []statement
	for _, typ := range sortedKeys(ents) {
		if !kg.ValidEntityType(typ) {
			return nil, kg.Errorf(kg.EINVALID, "unknown entity type %q", typ)
		}
		out = append(out, statement{cypher: fmt.Sprintf(entityStatement, typ), params: listParam("rows", ents[typ])})
	}
	for _, typ := range sortedKeys(rels) {
		if !kg.ValidRelationType(typ) {
			return nil, kg.Errorf(kg.EINVALID, "unknown relation type %q", typ)
		}
		out = append(out, statement{cypher: fmt.Sprintf(relationStatement, typ), params: listParam("rows", rels[typ])})
	}
	return out, nil
}

// checkEndpoints fails unless every endpoint is an entity with a source
// once this batch's entities are written and the old version is gone.
func checkEndpoints(ctx context.Context, tx neo4j.ManagedTransaction, op string, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	recs, err := run(ctx, tx, `UNWIND $in.ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id, e WHERE e IS NULL OR NOT EXISTS { ()-[:MENTIONS]->(e) }
RETURN collect(id)`, listParam("ids", ids))
	if err != nil {
		return err
	}
	return unknownEndpoints(op, recs[0].Values[0])
}

// recompute sets each touched fact's audience to the lowest among its
// remaining sources, and deletes facts with none (and relations on
// deleted entities).
func recompute(ctx context.Context, tx neo4j.ManagedTransaction, f facts) error {
	if len(f.relations) > 0 {
		if _, err := run(ctx, tx, `UNWIND $in.ids AS id
MATCH (x:Rel {id: id})
OPTIONAL MATCH ()-[s:SUPPORTS]->(x)
WITH x, min(s.audience) AS aud
OPTIONAL MATCH (:Entity {id: x.from})-[t {id: x.id}]->(:Entity {id: x.to})
SET x.audience = aud, t.audience = aud
WITH x, t, aud WHERE aud IS NULL
DELETE t
DETACH DELETE x`, listParam("ids", dedupe(f.relations))); err != nil {
			return err
		}
	}
	if len(f.entities) == 0 {
		return nil
	}
	recs, err := run(ctx, tx, `UNWIND $in.ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH ()-[m:MENTIONS]->(e)
WITH e, m ORDER BY m.audience, m.doc_id, size(m.chunk_id), m.chunk_id
WITH e, collect(m) AS ms
SET e.audience = CASE WHEN size(ms) = 0 THEN e.audience ELSE ms[0].audience END,
    e.name = CASE WHEN size(ms) = 0 THEN e.name ELSE ms[0].name END
WITH e WHERE size(ms) = 0
RETURN collect(e.id)`, listParam("ids", dedupe(f.entities)))
	if err != nil {
		return err
	}
	orphans := anyStrings(recs[0].Values[0])
	if len(orphans) == 0 {
		return nil
	}
	for _, stmt := range []string{
		"MATCH (x:Rel) WHERE x.from IN $in.ids DETACH DELETE x",
		"MATCH (x:Rel) WHERE x.to IN $in.ids DETACH DELETE x",
		"MATCH (e:Entity) WHERE e.id IN $in.ids DETACH DELETE e",
	} {
		if _, err := run(ctx, tx, stmt, listParam("ids", orphans)); err != nil {
			return err
		}
	}
	return nil
}

// DeleteDocument removes a document and recomputes the facts it touched.
func (s *Store) DeleteDocument(ctx context.Context, id string) error {
	const op = "neo4j.DeleteDocument"
	return s.write(ctx, op, func(tx neo4j.ManagedTransaction) error {
		recs, err := run(ctx, tx, "MATCH (d:Document {id: $doc}) RETURN count(d)", map[string]any{"doc": id})
		if err != nil {
			return err
		}
		if n, _ := recs[0].Values[0].(int64); n == 0 {
			return kg.Errorf(kg.ENOTFOUND, "document %q not found", id)
		}
		// uri: a value no document has, so only the id matches.
		touched, err := removeDocuments(ctx, tx, []map[string]any{{"id": id, "uri": nil}})
		if err != nil {
			return err
		}
		return recompute(ctx, tx, touched)
	})
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func dedupe(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func anyStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// awaitSearch returns once the fulltext indexes hold every committed
// write. They are eventually consistent, so a transaction commits without
// waiting for Lucene; waiting after the commit keeps a writer from
// reporting a document done before questions can find it.
func (s *Store) awaitSearch(ctx context.Context, op string) error {
	_, err := s.exec(ctx, op, "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()", nil)
	return err
}

// listParam passes a list inside a map parameter: the server keys its plan cache
// on the size of each list parameter, so a list passed bare is planned
// again for each new length, and rows of a write vary with every group.
func listParam(name string, list any) map[string]any {
	return map[string]any{"in": map[string]any{name: list}}
}

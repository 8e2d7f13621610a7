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

// commitAll writes batches in one transaction: one statement
// (groupStatement) for everything but relations, whose text does not
// change with the documents, their number or their entity types; one
// statement per relation type (relationStatement); and, only when a
// previous version existed, the recomputation of the facts it touched.
// On a loaded machine each statement costs a round trip and a scheduling
// wait whatever its size: the removal, the documents, the endpoint check,
// and each entity type were a statement each before; the change counter
// is one more, last (see write).
// New sources lower a fact's audience as they are written, so a first
// version needs no recomputation. Each row carries its document and
// audience, so documents of different audiences share a statement.
func (s *Store) commitAll(ctx context.Context, op string, batches []*batch) error {
	g, err := newGroup(batches)
	if err != nil {
		return kg.Wrap(op, err)
	}
	params := map[string]any{"in": map[string]any{
		"keys": g.keys, "docs": g.docs, "external": g.external, "ents": g.ents}}
	// The change counter moves last, so groups committed at once wait
	// for each other on that one node only while they commit.
	return s.writeRetryingDeadlocks(ctx, op, func(tx neo4j.ManagedTransaction) error {
		recs, err := run(ctx, tx, groupStatement, params)
		if err != nil {
			return err
		}
		v := recs[0].Values
		if err := unknownEndpoints(op, v[2]); err != nil {
			return err
		}
		for _, st := range g.rels {
			if _, err := run(ctx, tx, st.cypher, st.params); err != nil {
				return err
			}
		}
		return recompute(ctx, tx, facts{entities: flatStrings(v[0]), relations: flatStrings(v[1])})
	})
}

// group is the parameters of one transaction writing several documents,
// built before it so that a retried transaction sends exactly the same data.
type group struct {
	keys     []map[string]any // id and uri of each document, for removal
	docs     []map[string]any // properties, chunk rows and chunk order
	ents     []map[string]any // one row per entity and source, by type
	rels     []statement      // one per relation type
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
	if g.ents, err = typedRows(ents, kg.ValidEntityType, "entity"); err != nil {
		return nil, err
	}
	sortByID(g.ents)
	g.rels, err = relationStatements(rels)
	return g, err
}

// typedRows concatenates rows by type, in the order of the type names.
// A type becomes a label or relationship type on the server, so every
// one is checked against the allowlist, though it travels as a parameter.
func typedRows(byType map[string][]map[string]any, valid func(string) bool, kind string) ([]map[string]any, error) {
	out := []map[string]any{}
	for _, typ := range sortedKeys(byType) {
		if !valid(typ) {
			return nil, kg.Errorf(kg.EINVALID, "unknown %s type %q", kind, typ)
		}
		out = append(out, byType[typ]...)
	}
	return out, nil
}

// sortByID orders fact rows by id, keeping the order of one fact's rows.
// Groups written at once lock the entities and relations they share in
// the order of their rows; in one order for all, two groups never each
// hold what the other waits for, and a deadlock retry is rare.
func sortByID(rows []map[string]any) {
	sort.SliceStable(rows, func(i, j int) bool { return rows[i]["id"].(string) < rows[j]["id"].(string) })
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
	recs, err := run(ctx, tx, "CALL {"+removeSubquery+"}\nRETURN ents, rels", listParam("keys", keys))
	if err != nil {
		return facts{}, err
	}
	return facts{entities: flatStrings(recs[0].Values[0]), relations: flatStrings(recs[0].Values[1])}, nil
}

// removeSubquery deletes the documents with the id or URI of each key in
// $in.keys, their chunks and their sources, and returns the ids of the
// facts they supported (lists of lists, one per document) as ents and rels.
const removeSubquery = `
  UNWIND $in.keys AS k
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
  RETURN collect(ents) AS ents, collect(rels) AS rels
`

// groupStatement removes the previous versions of a group's documents,
// writes the documents, their chunks and their order, lists the endpoints
// from outside the group that are not entities with a source once the old
// versions are gone ($in.external; the caller fails the transaction if
// any), and writes the entity rows of every type. Labels come from the rows (SET e:$(r.type)), checked by
// newGroup, so the text is the same for every group. Each new source
// lowers the entity's audience (and takes over its display name) when it
// is visible to more callers than the entity was. A source without a
// chunk is the document as a whole.
const groupStatement = `CALL {` + removeSubquery + `}
CALL {
  UNWIND $in.docs AS k
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
}
CALL {
  UNWIND $in.external AS id
  OPTIONAL MATCH (e:Entity {id: id})
  WITH id, e WHERE e IS NULL OR NOT EXISTS { ()-[:MENTIONS]->(e) }
  RETURN collect(id) AS missing
}
CALL {
  UNWIND $in.ents AS r
  MATCH (d:Document {id: r.doc})
  MERGE (e:Entity {id: r.id})
    ON CREATE SET e:$(r.type), e.type = r.type, e.name = r.name, e.norm = r.norm, e.audience = r.aud
    ON MATCH SET e.name = CASE WHEN r.aud < e.audience THEN r.name ELSE e.name END,
      e.audience = CASE WHEN r.aud < e.audience THEN r.aud ELSE e.audience END
  WITH d, e, r
  OPTIONAL MATCH (c:Chunk {id: r.chunk})
  WITH e, r, coalesce(c, d) AS src
  CREATE (src)-[:MENTIONS {doc_id: r.doc, chunk_id: coalesce(r.chunk, ''), audience: r.aud, name: r.name,
    aliases: r.aliases, norms: r.norms, search: r.search, props: r.props}]->(e)
}
RETURN ents, rels, missing`

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

// relationStatement writes the relations of one type: the type is written
// into the text, not taken from the rows as labels are, because a MERGE
// on a relationship type from a parameter does not plan the typed lookup
// between the endpoints, and on the real corpus's dense entities it made
// the import five times slower.
const relationStatement = `UNWIND $in.rows AS r
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

// statement is one Cypher statement and its parameters.
type statement struct {
	cypher string
	params map[string]any
}

// relationStatements builds one statement per relation type in the group,
// each type checked against the allowlist before it is written into the
// text; the rows travel as parameters.
func relationStatements(rels map[string][]map[string]any) ([]statement, error) {
	var out []statement
	for _, typ := range sortedKeys(rels) {
		if !kg.ValidRelationType(typ) {
			return nil, kg.Errorf(kg.EINVALID, "unknown relation type %q", typ)
		}
		sortByID(rels[typ])
		out = append(out, statement{cypher: fmt.Sprintf(relationStatement, typ), params: listParam("rows", rels[typ])})
	}
	return out, nil
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

// flatStrings reads a list of lists of strings as one list.
func flatStrings(v any) []string {
	lists, _ := v.([]any)
	var out []string
	for _, l := range lists {
		out = append(out, anyStrings(l)...)
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

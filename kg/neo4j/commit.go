package neo4j

import (
	"context"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// commit writes the batch in one transaction: remove what the previous
// version asserted, write the new version, then recompute the audience of
// every fact either version touched and drop facts left without a source.
func (s *Store) commit(ctx context.Context, b *batch) error {
	const op = "neo4j.Commit"
	doc := b.doc
	params := map[string]any{"doc": doc.ID, "uri": doc.URI, "aud": int64(doc.Audience)}
	chunks := chunkRows(b.chunks)
	pairs := nextPairs(b.chunks)
	ents := entityRows(b.entities)
	rels := relationRows(b.relations)
	endpoints := relationEndpoints(b.relations)

	return s.write(ctx, op, func(tx neo4j.ManagedTransaction) error {
		touched, err := removeDocuments(ctx, tx, params)
		if err != nil {
			return err
		}
		if _, err := run(ctx, tx, "CREATE (d:Document) SET d = $props", map[string]any{"props": documentProps(doc)}); err != nil {
			return err
		}
		if err := writeChunks(ctx, tx, params, chunks, pairs); err != nil {
			return err
		}
		for _, typ := range sortedKeys(ents) {
			if err := writeEntities(ctx, tx, params, typ, ents[typ]); err != nil {
				return err
			}
			touched.entities = append(touched.entities, rowIDs(ents[typ])...)
		}
		if err := checkEndpoints(ctx, tx, op, endpoints); err != nil {
			return err
		}
		for _, typ := range sortedKeys(rels) {
			if err := writeRelations(ctx, tx, params, typ, rels[typ]); err != nil {
				return err
			}
			touched.relations = append(touched.relations, rowIDs(rels[typ])...)
		}
		return recompute(ctx, tx, touched)
	})
}

// facts names entities and relations by id.
type facts struct{ entities, relations []string }

// removeDocuments deletes the documents with id $doc or URI $uri, their
// chunks and their sources, and returns the facts they supported.
func removeDocuments(ctx context.Context, tx neo4j.ManagedTransaction, params map[string]any) (facts, error) {
	recs, err := run(ctx, tx, `CALL {
  MATCH (d:Document {id: $doc}) RETURN d
  UNION
  MATCH (d:Document {uri: $uri}) RETURN d
}
CALL { WITH d OPTIONAL MATCH (d)-[:HAS_CHUNK]->(c:Chunk) WITH d, collect(c) AS cs RETURN cs + [d] AS anchors }
CALL { WITH anchors UNWIND anchors AS a MATCH (a)-[:MENTIONS]->(e:Entity) RETURN collect(DISTINCT e.id) AS ents }
CALL { WITH anchors UNWIND anchors AS a MATCH (a)-[:SUPPORTS]->(r:Rel) RETURN collect(DISTINCT r.id) AS rels }
CALL { WITH anchors UNWIND anchors AS a DETACH DELETE a }
RETURN ents, rels`, params)
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

func writeChunks(ctx context.Context, tx neo4j.ManagedTransaction, params map[string]any, rows []map[string]any, pairs [][]string) error {
	if len(rows) == 0 {
		return nil
	}
	if _, err := run(ctx, tx, `MATCH (d:Document {id: $doc})
UNWIND $rows AS r
CREATE (d)-[:HAS_CHUNK]->(c:Chunk {id: r.id, doc_id: $doc, ordinal: r.ordinal, text: r.text, seg: r.seg,
  section: r.section, page: r.page, lang: r.lang, kind: r.kind, audience: $aud, embedding: r.embedding})`,
		with(params, "rows", rows)); err != nil {
		return err
	}
	if len(pairs) == 0 {
		return nil
	}
	_, err := run(ctx, tx, `UNWIND $pairs AS p
MATCH (a:Chunk {id: p[0]}), (b:Chunk {id: p[1]})
CREATE (a)-[:NEXT]->(b)`, map[string]any{"pairs": pairs})
	return err
}

// writeEntities merges entities of one type and records this document's
// sources. typ is in kg.EntityTypes (checked by AddEntities), so it can
// name a label.
func writeEntities(ctx context.Context, tx neo4j.ManagedTransaction, params map[string]any, typ string, rows []map[string]any) error {
	if !kg.ValidEntityType(typ) {
		return kg.Errorf(kg.EINVALID, "unknown entity type %q", typ)
	}
	_, err := run(ctx, tx, `MATCH (d:Document {id: $doc})
UNWIND $rows AS r
MERGE (e:Entity {id: r.id})
  ON CREATE SET e:`+typ+`, e.type = r.type, e.name = r.name, e.norm = r.norm, e.audience = $aud
WITH d, e, r
OPTIONAL MATCH (c:Chunk {id: r.chunk})
WITH e, r, coalesce(c, d) AS src
CREATE (src)-[:MENTIONS {doc_id: $doc, chunk_id: coalesce(r.chunk, ''), audience: $aud, name: r.name,
  aliases: r.aliases, norms: r.norms, search: r.search, props: r.props}]->(e)`, with(params, "rows", rows))
	return err
}

// writeRelations merges relations of one type: the Rel node that carries
// the sources and the typed edge used for traversal. typ is in
// kg.RelationTypes (checked by AddRelations).
func writeRelations(ctx context.Context, tx neo4j.ManagedTransaction, params map[string]any, typ string, rows []map[string]any) error {
	if !kg.ValidRelationType(typ) {
		return kg.Errorf(kg.EINVALID, "unknown relation type %q", typ)
	}
	_, err := run(ctx, tx, `MATCH (d:Document {id: $doc})
UNWIND $rows AS r
MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to})
MERGE (x:Rel {id: r.id})
  ON CREATE SET x.type = r.type, x.from = r.from, x.to = r.to, x.audience = $aud
MERGE (a)-[t:`+typ+` {id: r.id}]->(b)
  ON CREATE SET t.audience = $aud
WITH d, x, r
OPTIONAL MATCH (c:Chunk {id: r.chunk})
WITH x, r, coalesce(c, d) AS src
CREATE (src)-[:SUPPORTS {doc_id: $doc, chunk_id: coalesce(r.chunk, ''), audience: $aud, props: r.props}]->(x)`,
		with(params, "rows", rows))
	return err
}

// checkEndpoints fails unless every endpoint is an entity with a source
// once this batch's entities are written and the old version is gone.
func checkEndpoints(ctx context.Context, tx neo4j.ManagedTransaction, op string, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	recs, err := run(ctx, tx, `UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id, e WHERE e IS NULL OR NOT EXISTS { ()-[:MENTIONS]->(e) }
RETURN collect(id)`, map[string]any{"ids": ids})
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
		if _, err := run(ctx, tx, `UNWIND $ids AS id
MATCH (x:Rel {id: id})
OPTIONAL MATCH ()-[s:SUPPORTS]->(x)
WITH x, min(s.audience) AS aud
OPTIONAL MATCH (:Entity {id: x.from})-[t {id: x.id}]->(:Entity {id: x.to})
SET x.audience = aud, t.audience = aud
WITH x, t, aud WHERE aud IS NULL
DELETE t
DETACH DELETE x`, map[string]any{"ids": dedupe(f.relations)}); err != nil {
			return err
		}
	}
	if len(f.entities) == 0 {
		return nil
	}
	recs, err := run(ctx, tx, `UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH ()-[m:MENTIONS]->(e)
WITH e, m ORDER BY m.audience, m.doc_id, m.chunk_id
WITH e, collect(m) AS ms
SET e.audience = CASE WHEN size(ms) = 0 THEN e.audience ELSE ms[0].audience END,
    e.name = CASE WHEN size(ms) = 0 THEN e.name ELSE ms[0].name END
WITH e WHERE size(ms) = 0
RETURN collect(e.id)`, map[string]any{"ids": dedupe(f.entities)})
	if err != nil {
		return err
	}
	orphans := anyStrings(recs[0].Values[0])
	if len(orphans) == 0 {
		return nil
	}
	for _, stmt := range []string{
		"MATCH (x:Rel) WHERE x.from IN $ids DETACH DELETE x",
		"MATCH (x:Rel) WHERE x.to IN $ids DETACH DELETE x",
		"MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e",
	} {
		if _, err := run(ctx, tx, stmt, map[string]any{"ids": orphans}); err != nil {
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
		touched, err := removeDocuments(ctx, tx, map[string]any{"doc": id, "uri": nil})
		if err != nil {
			return err
		}
		return recompute(ctx, tx, touched)
	})
}

func relationEndpoints(rels []kg.Relation) []string {
	var ids []string
	for _, r := range rels {
		ids = append(ids, r.From, r.To)
	}
	return dedupe(ids)
}

func rowIDs(rows []map[string]any) []string {
	ids := make([]string, 0, len(rows))
	for _, r := range rows {
		ids = append(ids, r["id"].(string))
	}
	return ids
}

func with(params map[string]any, k string, v any) map[string]any {
	out := make(map[string]any, len(params)+1)
	for pk, pv := range params {
		out[pk] = pv
	}
	out[k] = v
	return out
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

package neo4j

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// nameCandidates is how many per-source name hits FindEntities considers
// before grouping them by entity; many sources of one popular entity must
// not crowd out the others.
const nameCandidates = 500

// FindEntities returns entities whose visible name or alias matches q.Text:
// exact normalized matches first, then fulltext matches by score.
func (s *Store) FindEntities(ctx context.Context, clearance kg.Audience, q kg.EntityQuery) ([]kg.Entity, error) {
	const op = "neo4j.FindEntities"
	norm := kg.NormalizeName(q.Text)
	query := luceneQuery(q.Text)
	if norm == "" || query == "" {
		return nil, nil
	}
	for _, t := range q.Types {
		if !kg.ValidEntityType(t) {
			return nil, kg.Errorf(kg.EINVALID, "%s: unknown entity type %q", op, t)
		}
	}
	recs, err := s.read(ctx, op, `CALL {
  MATCH (e:Entity {norm: $in.norm})
  WHERE EXISTS { ()-[m:MENTIONS]->(e) WHERE m.audience <= $clearance AND $in.norm IN m.norms }
  RETURN e, 1 AS exact, 0.0 AS score
  UNION
  CALL db.index.fulltext.queryRelationships($index, $in.query, {limit: $candidates}) YIELD relationship AS m, score
  WITH m, score WHERE m.audience <= $clearance
  RETURN endNode(m) AS e, CASE WHEN $in.norm IN m.norms THEN 1 ELSE 0 END AS exact, score
}
WITH e, max(exact) AS exact, max(score) AS score
WHERE e.audience <= $clearance AND (size($in.types) = 0 OR e.type IN $in.types)
WITH e, exact, score ORDER BY exact DESC, score DESC, e.id LIMIT $limit
WITH e, exact * 1000000.0 + score AS ord`+entityProjection+`
RETURN e {.id, .type, .name, .audience} AS e, sources ORDER BY ord DESC, e.id`,
		map[string]any{"in": map[string]any{"norm": norm, "query": query, "types": stringsOrEmpty(q.Types)},
			"index": mentionIndex, "candidates": int64(nameCandidates),
			"clearance": int64(clearance), "limit": int64(limitOr(q.Limit, 20))})
	if err != nil {
		return nil, err
	}
	return entities(recs), nil
}

// Read statements pass their lists and texts inside one map, $in: the
// server keys its plan cache on the size of each list or string parameter
// and would plan a statement again for each new combination of sizes,
// which costs a question tens to hundreds of milliseconds.

// Entities fetches visible entities in the order of ids.
func (s *Store) Entities(ctx context.Context, clearance kg.Audience, ids []string) ([]kg.Entity, error) {
	const op = "neo4j.Entities"
	if len(ids) == 0 {
		return nil, nil
	}
	recs, err := s.read(ctx, op, `UNWIND range(0, size($in.ids) - 1) AS ord
MATCH (e:Entity {id: $in.ids[ord]}) WHERE e.audience <= $clearance
WITH e, min(ord) AS ord`+entityProjection+`
RETURN e {.id, .type, .name, .audience} AS e, sources ORDER BY ord`,
		map[string]any{"in": map[string]any{"ids": ids}, "clearance": int64(clearance)})
	if err != nil {
		return nil, err
	}
	return entities(recs), nil
}

// Relations lists visible relations matching q, ordered by id. The most
// selective filter given anchors the lookup on an index.
func (s *Store) Relations(ctx context.Context, clearance kg.Audience, q kg.RelationQuery) ([]kg.Relation, error) {
	const op = "neo4j.Relations"
	for _, t := range q.Types {
		if !kg.ValidRelationType(t) {
			return nil, kg.Errorf(kg.EINVALID, "%s: unknown relation type %q", op, t)
		}
	}
	var match string
	switch {
	case len(q.From) > 0:
		match = "UNWIND $in.from AS id MATCH (x:Rel {from: id})"
	case len(q.To) > 0:
		match = "UNWIND $in.to AS id MATCH (x:Rel {to: id})"
	default:
		match = "MATCH (x:Rel)"
	}
	recs, err := s.read(ctx, op, match+`
WITH DISTINCT x
WHERE x.audience <= $clearance AND (size($in.types) = 0 OR x.type IN $in.types)
  AND (size($in.from) = 0 OR x.from IN $in.from) AND (size($in.to) = 0 OR x.to IN $in.to)
WITH x, x.id AS ord`+relationProjection+`
WITH x, sources ORDER BY x.id LIMIT $limit
RETURN x {.id, .type, .from, .to, .audience} AS x, sources`,
		map[string]any{"clearance": int64(clearance), "limit": int64(limitOr(q.Limit, 1000)), "in": map[string]any{
			"types": stringsOrEmpty(q.Types), "from": stringsOrEmpty(q.From), "to": stringsOrEmpty(q.To)}})
	if err != nil {
		return nil, err
	}
	out := make([]kg.Relation, len(recs))
	for i, r := range recs {
		out[i] = relationFrom(r.Values[0], r.Values[1])
	}
	return out, nil
}

// SupportingChunks returns the visible chunks behind each visible fact.
func (s *Store) SupportingChunks(ctx context.Context, clearance kg.Audience, factIDs []string) (map[string][]kg.Chunk, error) {
	const op = "neo4j.SupportingChunks"
	if len(factIDs) == 0 {
		return map[string][]kg.Chunk{}, nil
	}
	recs, err := s.read(ctx, op, `UNWIND $in.ids AS id`+supportCall+`
WITH DISTINCT id, c ORDER BY id, c.doc_id, c.ordinal
MATCH (d:Document {id: c.doc_id})
RETURN id, c {.id, .doc_id, .ordinal, .text, .section, .page, .lang, .kind, .audience, uri: d.uri, title: d.title} AS c`,
		map[string]any{"in": map[string]any{"ids": dedupe(factIDs)}, "clearance": int64(clearance)})
	if err != nil {
		return nil, err
	}
	out := map[string][]kg.Chunk{}
	for _, r := range recs {
		id := str(r.Values[0])
		out[id] = append(out[id], chunkFrom(r.Values[1]))
	}
	return out, nil
}

func entities(recs []*neo4j.Record) []kg.Entity {
	out := make([]kg.Entity, len(recs))
	for i, r := range recs {
		out[i] = entityFrom(r.Values[0], r.Values[1])
	}
	return out
}

package neo4j

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// chunkReturn projects a chunk with its document's URI and title, for
// citations. It expects c bound and yields one column "c".
const chunkReturn = `
MATCH (d:Document {id: c.doc_id})
RETURN c {.id, .doc_id, .ordinal, .text, .section, .page, .lang, .kind, .audience, uri: d.uri, title: d.title} AS c`

// Chunks fetches visible chunks in the order of ids.
func (s *Store) Chunks(ctx context.Context, clearance kg.Audience, ids []string) ([]kg.Chunk, error) {
	const op = "neo4j.Chunks"
	if len(ids) == 0 {
		return nil, nil
	}
	recs, err := s.read(ctx, op, `UNWIND range(0, size($in.ids) - 1) AS i
MATCH (c:Chunk {id: $in.ids[i]}) WHERE c.audience <= $clearance
WITH c ORDER BY i`+chunkReturn, map[string]any{"in": map[string]any{"ids": ids}, "clearance": int64(clearance)})
	if err != nil {
		return nil, err
	}
	out := make([]kg.Chunk, 0, len(recs))
	seen := map[string]bool{}
	for _, r := range recs {
		c := chunkFrom(r.Values[0])
		if !seen[c.ID] {
			seen[c.ID] = true
			out = append(out, c)
		}
	}
	return out, nil
}

// SearchChunks is fulltext search over segmented chunk text and, weighed
// as in the embedded store, the chunk's headings and document title
// (chunkSeg).
func (s *Store) SearchChunks(ctx context.Context, clearance kg.Audience, q kg.ChunkQuery) ([]kg.ScoredChunk, error) {
	const op = "neo4j.SearchChunks"
	query := luceneQuery(q.Text)
	if query == "" {
		return nil, nil
	}
	limit := limitOr(q.Limit, 20)
	recs, err := s.read(ctx, op, `CALL db.index.fulltext.queryNodes($index, $in.query) YIELD node AS c, score
WHERE c.audience <= $clearance
WITH c, score ORDER BY score DESC, c.id LIMIT $limit
MATCH (d:Document {id: c.doc_id})
RETURN c {.id, .doc_id, .ordinal, .text, .section, .page, .lang, .kind, .audience, uri: d.uri, title: d.title} AS c, score`,
		map[string]any{"index": chunkTextIndex, "in": map[string]any{"query": query}, "clearance": int64(clearance), "limit": int64(limit)})
	if err != nil {
		return nil, err
	}
	return scored(recs), nil
}

// NearestChunks is cosine top-k. The vector index is approximate and
// cannot filter by audience, so it is asked for more candidates than k;
// when too few of them are visible, an exact scan over the visible chunks
// answers instead, so a restricted corpus cannot starve a public caller.
func (s *Store) NearestChunks(ctx context.Context, clearance kg.Audience, vec []float32, k int) ([]kg.ScoredChunk, error) {
	const op = "neo4j.NearestChunks"
	if len(vec) == 0 || k <= 0 {
		return nil, nil
	}
	if s.dims > 0 && len(vec) != s.dims {
		return nil, kg.Errorf(kg.EINVALID, "%s: query vector has %d dimensions, store holds %d", op, len(vec), s.dims)
	}
	if zeroVector(vec) {
		// A text with no tokens embeds to zero, which has no direction:
		// nothing is near it, and the cosine index refuses it.
		return nil, nil
	}
	params := map[string]any{"vec": float64s(vec), "clearance": int64(clearance), "k": int64(k),
		"candidates": int64(k*4 + 32), "index": chunkVectorIndex}
	if s.dims > 0 {
		// Neo4j scores cosine as (1+cos)/2; convert back to cosine so
		// scores mean the same in every store.
		recs, err := s.read(ctx, op, `CALL db.index.vector.queryNodes($index, $candidates, $vec) YIELD node AS c, score
WHERE c.audience <= $clearance
WITH c, 2 * score - 1 AS score ORDER BY score DESC, c.id LIMIT $k
MATCH (d:Document {id: c.doc_id})
RETURN c {.id, .doc_id, .ordinal, .text, .section, .page, .lang, .kind, .audience, uri: d.uri, title: d.title} AS c, score`, params)
		if err != nil {
			return nil, err
		}
		if len(recs) >= k {
			return scored(recs), nil
		}
	}
	recs, err := s.read(ctx, op, `MATCH (c:Chunk)
WHERE c.audience <= $clearance AND c.embedding IS NOT NULL AND size(c.embedding) = size($vec)
WITH c, 2 * vector.similarity.cosine(c.embedding, $vec) - 1 AS score
ORDER BY score DESC, c.id LIMIT $k
MATCH (d:Document {id: c.doc_id})
RETURN c {.id, .doc_id, .ordinal, .text, .section, .page, .lang, .kind, .audience, uri: d.uri, title: d.title} AS c, score`, params)
	if err != nil {
		return nil, err
	}
	return scored(recs), nil
}

func scored(recs []*neo4j.Record) []kg.ScoredChunk {
	out := make([]kg.ScoredChunk, len(recs))
	for i, r := range recs {
		score, _ := r.Values[1].(float64)
		out[i] = kg.ScoredChunk{Chunk: chunkFrom(r.Values[0]), Score: score}
	}
	return out
}

func chunkFrom(v any) kg.Chunk {
	m, _ := v.(map[string]any)
	c := kg.Chunk{
		ID: str(m["id"]), DocumentID: str(m["doc_id"]), Ordinal: int(num(m["ordinal"])),
		Text: str(m["text"]), Page: int(num(m["page"])), Lang: str(m["lang"]), Kind: str(m["kind"]),
		Audience: kg.Audience(num(m["audience"])), DocURI: str(m["uri"]), DocTitle: str(m["title"]),
	}
	if sec := anyStrings(m["section"]); len(sec) > 0 {
		c.Section = sec
	}
	return c
}

func float64s(v []float32) []float64 {
	out := make([]float64, len(v))
	for i, f := range v {
		out[i] = float64(f)
	}
	return out
}

func limitOr(limit, def int) int {
	if limit <= 0 {
		return def
	}
	return limit
}

func zeroVector(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}

package neo4j

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.MultiReader = (*Store)(nil)

// chunkMap projects a chunk c of document d as chunkFrom reads it.
const chunkMap = `c {.id, .doc_id, .ordinal, .text, .section, .page, .lang, .kind, .audience, uri: d.uri, title: d.title}`

// manyReads follows the expansion chain with the other reads of a
// question, each an uncorrelated subquery that collects its rows into one,
// so the statement returns one row whatever each part finds. Each part is
// the statement of the Reader method it stands for, with a list that may
// be empty in place of a missing part: one text per direction, planned
// once.
const manyReads = `
CALL {
  UNWIND range(0, size($in.searches) - 1) AS qi
  CALL { WITH qi
    CALL db.index.fulltext.queryNodes($textIndex, $in.searches[qi].query) YIELD node AS c, score
    WITH qi, c, score WHERE c.audience <= $clearance
    WITH qi, c, score ORDER BY score DESC, c.id
    WITH qi, collect([c, score]) AS hits
    WITH hits[..$in.searches[qi].limit] AS hits
    UNWIND range(0, size(hits) - 1) AS i
    WITH hits[i][0] AS c, hits[i][1] AS score, i
    MATCH (d:Document {id: c.doc_id})
    WITH c, d, score ORDER BY i
    RETURN collect([` + chunkMap + `, score]) AS found }
  WITH qi, found ORDER BY qi
  RETURN collect(found) AS text }
CALL {
  UNWIND CASE WHEN size($in.vec) > 0 THEN [0] ELSE [] END AS one
  CALL db.index.vector.queryNodes($vectorIndex, $candidates, $in.vec) YIELD node AS c, score
  WITH c, score WHERE c.audience <= $clearance
  WITH c, 2 * score - 1 AS score ORDER BY score DESC, c.id LIMIT $k
  MATCH (d:Document {id: c.doc_id})
  WITH c, d, score ORDER BY score DESC, c.id
  RETURN collect([` + chunkMap + `, score]) AS vector }
CALL {
  UNWIND range(0, size($in.ids) - 1) AS ord
  MATCH (e:Entity {id: $in.ids[ord]}) WHERE e.audience <= $clearance
  WITH e, min(ord) AS ord` + entityProjection + `
  WITH e, sources ORDER BY ord
  RETURN collect([e {.id, .type, .name, .audience}, sources]) AS linked }
CALL {
  UNWIND $in.support AS id` + supportCall + `
  WITH DISTINCT id, c ORDER BY id, c.doc_id, c.ordinal
  MATCH (d:Document {id: c.doc_id})
  WITH id, c, d ORDER BY id, c.doc_id, c.ordinal
  RETURN collect([id, ` + chunkMap + `]) AS support }
CALL {
  OPTIONAL MATCH (m:KgMeta {key: 'change'})
  RETURN coalesce(m.n, 0) AS version }
RETURN taken, visited, frontier, done, rels, ents, text, vector, linked, support, version`

// readsStatements holds one statement per direction of the expansion.
var readsStatements = perDirection(func(pattern string) string {
	return expansionChain(pattern) + manyReads
})

// ReadMany answers a question's independent reads in one statement, so
// one round trip. Two cases take more: an expansion deeper than one
// statement goes, and a vector search that finds fewer than k visible
// chunks among its candidates, which NearestChunks completes with its
// exact scan, as it would alone.
func (s *Store) ReadMany(ctx context.Context, clearance kg.Audience, q kg.Reads) (kg.ReadResults, error) {
	const op = "neo4j.ReadMany"
	if parts(q) <= 1 {
		// One read is one round trip either way, and its own statement
		// is smaller than the combined one.
		return kg.ReadEach(ctx, s, clearance, q)
	}
	params, err := s.readsParams(op, clearance, q)
	if err != nil {
		return kg.ReadResults{}, err
	}
	// Without an expansion the chain starts from no seeds and finds
	// nothing; one deeper than a statement goes runs on its own.
	expand := kg.NeighbourQuery{Dir: kg.Both}
	inline := q.Expand != nil && len(q.Expand.Seeds) > 0 && min(max(q.Expand.Hops, 1), maxHops) <= hopsPerStatement
	if inline {
		expand = *q.Expand
	}
	_, types, err := expansion(expand)
	if err != nil {
		return kg.ReadResults{}, kg.Errorf(kg.EINVALID, "%s: %v", op, err)
	}
	seeds := stringsOrEmpty(dedupe(expand.Seeds))
	in := params["in"].(map[string]any)
	in["frontier"], in["visited"], in["taken"], in["types"] = seeds, seeds, [][]string{}, types
	// The expansion reads its seeds first, as Entities reads them: when
	// the entities asked for are the seeds, they are not read twice.
	seedsAreEntities := inline && slices.Equal(seeds, dedupe(q.Entities))
	if seedsAreEntities {
		in["ids"] = []string{}
	}
	params["hops"], params["project"] = int64(max(expand.Hops, 1)), true
	params["limit"] = int64(limitOr(expand.Limit, 500))
	recs, err := s.read(ctx, op, readsStatements[expand.Dir], params)
	if err != nil {
		return kg.ReadResults{}, err
	}
	out := readResults(recs, q)
	if inline {
		out.Expanded = subgraphFrom(recs)
	} else if q.Expand != nil && len(q.Expand.Seeds) > 0 {
		if out.Expanded, err = s.Neighbourhood(ctx, clearance, *q.Expand); err != nil {
			return kg.ReadResults{}, err
		}
	}
	if seedsAreEntities {
		out.Entities = firstReached(out.Expanded.Entities, seeds)
	}
	if len(q.Nearest) > 0 && len(out.Nearest) < q.NearestK && !zeroVector(q.Nearest) {
		if out.Nearest, err = s.NearestChunks(ctx, clearance, q.Nearest, q.NearestK); err != nil {
			return kg.ReadResults{}, err
		}
	}
	return out, nil
}

// parts counts the reads q asks for.
func parts(q kg.Reads) int {
	n := len(q.Searches)
	for _, asked := range []bool{len(q.Entities) > 0, len(q.Nearest) > 0, len(q.Supporting) > 0, q.Expand != nil, q.Version} {
		if asked {
			n++
		}
	}
	return n
}

// readsParams checks q as the Reader methods do and passes its lists
// inside $in (see Entities).
func (s *Store) readsParams(op string, clearance kg.Audience, q kg.Reads) (map[string]any, error) {
	var searches []any
	for _, sq := range q.Searches {
		searches = append(searches, map[string]any{"query": luceneQuery(sq.Text), "limit": int64(limitOr(sq.Limit, 20))})
	}
	vec := []float64{}
	if len(q.Nearest) > 0 && q.NearestK > 0 {
		if s.dims > 0 && len(q.Nearest) != s.dims {
			return nil, kg.Errorf(kg.EINVALID, "%s: query vector has %d dimensions, store holds %d", op, len(q.Nearest), s.dims)
		}
		if s.dims > 0 && !zeroVector(q.Nearest) {
			vec = float64s(q.Nearest)
		}
	}
	return map[string]any{
		"in": map[string]any{
			"searches": nonEmptySearches(searches), "vec": vec,
			"ids": stringsOrEmpty(q.Entities), "support": stringsOrEmpty(dedupe(q.Supporting)),
		},
		"clearance": int64(clearance), "textIndex": chunkTextIndex, "vectorIndex": chunkVectorIndex,
		"k": int64(max(q.NearestK, 0)), "candidates": int64(max(q.NearestK, 0)*4 + 32),
	}, nil
}

// nonEmptySearches keeps the searches whose query says something; an
// empty one finds nothing, as SearchChunks does, without asking Lucene.
func nonEmptySearches(searches []any) []any {
	out := []any{}
	for _, sq := range searches {
		if sq.(map[string]any)["query"] != "" {
			out = append(out, sq)
		}
	}
	return out
}

// readResults reads the one row of a ReadMany statement.
func readResults(recs []*neo4j.Record, q kg.Reads) kg.ReadResults {
	out := kg.ReadResults{Searches: make([][]kg.ScoredChunk, len(q.Searches)), Supporting: map[string][]kg.Chunk{}}
	if len(recs) == 0 {
		return out
	}
	v := recs[0].Values
	found, _ := v[6].([]any)
	next := 0
	for i, sq := range q.Searches {
		if luceneQuery(sq.Text) == "" || next >= len(found) {
			continue
		}
		out.Searches[i] = scoredPairs(found[next])
		next++
	}
	out.Nearest = scoredPairs(v[7])
	for _, pair := range asList(v[8]) {
		p := pair.([]any)
		out.Entities = append(out.Entities, entityFrom(p[0], p[1]))
	}
	for _, pair := range asList(v[9]) {
		p := pair.([]any)
		id := str(p[0])
		out.Supporting[id] = append(out.Supporting[id], chunkFrom(p[1]))
	}
	if q.Version {
		out.Version = uint64(num(v[10]))
	}
	return out
}

// firstReached are the seeds among an expansion's entities, which come
// first and in the seeds' order.
func firstReached(reached []kg.Entity, seeds []string) []kg.Entity {
	var out []kg.Entity
	for _, e := range reached {
		if slices.Contains(seeds, e.ID) {
			out = append(out, e)
		}
	}
	return out
}

func scoredPairs(v any) []kg.ScoredChunk {
	var out []kg.ScoredChunk
	for _, pair := range asList(v) {
		p := pair.([]any)
		score, _ := p[1].(float64)
		out = append(out, kg.ScoredChunk{Chunk: chunkFrom(p[0]), Score: score})
	}
	return out
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

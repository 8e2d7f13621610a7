package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"strconv"

	"github.com/kgassist/kgassist/kg"
)

const (
	chunkCols = `c.n, c.id, c.doc_id, c.ordinal, c.text, c.section, c.page, c.lang, c.kind, c.audience, d.uri, d.title`
	chunkJoin = ` JOIN documents d ON d.id = c.doc_id`
)

type scoredRow struct {
	n     int64
	chunk kg.ScoredChunk
}

// scanChunks reads rows of chunkCols, optionally followed by a score.
func scanChunks(rows *sql.Rows, scored bool) ([]scoredRow, error) {
	defer rows.Close()
	var out []scoredRow
	for rows.Next() {
		var r scoredRow
		c := &r.chunk.Chunk
		var section sql.NullString
		dest := []any{&r.n, &c.ID, &c.DocumentID, &c.Ordinal, &c.Text, &section, &c.Page, &c.Lang, &c.Kind, &c.Audience, &c.DocURI, &c.DocTitle}
		if scored {
			dest = append(dest, &r.chunk.Score)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		unmarshalStrings(section, &c.Section)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Chunks fetches chunks in the order of ids, leaving out the hidden ones.
func (s *Store) Chunks(ctx context.Context, clearance kg.Audience, ids []string) ([]kg.Chunk, error) {
	const op = "sqlite.Chunks"
	if len(ids) == 0 {
		return nil, nil
	}
	found, err := s.visibleChunks(ctx, clearance, "id", jsonArray(ids))
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	byID := make(map[string]kg.Chunk, len(found))
	for _, r := range found {
		byID[r.chunk.ID] = r.chunk.Chunk
	}
	out := make([]kg.Chunk, 0, len(found))
	for _, id := range ids {
		if c, ok := byID[id]; ok {
			out = append(out, c)
			delete(byID, id)
		}
	}
	return out, nil
}

// SearchChunks ranks chunks by bm25 over their segmented text. The
// clearance is part of the MATCH expression, so FTS5 ranks and cuts to the
// limit on its own; only the winners are read from chunks, where the
// audience is checked once more.
func (s *Store) SearchChunks(ctx context.Context, clearance kg.Audience, q kg.ChunkQuery) ([]kg.ScoredChunk, error) {
	const op = "sqlite.SearchChunks"
	list := ftsTerms(q.Text)
	if len(list) == 0 || clearance < kg.Public {
		return nil, nil
	}
	terms, err := s.selectiveMatch(ctx, list)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	// The limit is written into the statement: SQLite plans a bound limit
	// afresh on every call, and searches ask for a few limits only.
	rows, err := s.reads.QueryContext(ctx, `WITH hits AS (
			SELECT rowid AS n, -bm25(chunk_fts, 1.0, 0.0, ?3) AS score FROM chunk_fts
			WHERE chunk_fts MATCH ?1 ORDER BY bm25(chunk_fts, 1.0, 0.0, ?3) LIMIT `+strconv.Itoa(limitOr(q.Limit, 20))+`)
		SELECT `+chunkCols+`, hits.score FROM hits CROSS JOIN chunks c ON c.n = hits.n`+chunkJoin+`
		WHERE c.audience <= ?2 ORDER BY hits.score DESC`,
		chunkMatch(terms, clearance), int(clearance), headBoost)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	found, err := scanChunks(rows, true)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	out := make([]kg.ScoredChunk, len(found))
	for i, r := range found {
		out[i] = r.chunk
	}
	return out, nil
}

// NearestChunks is exact cosine top-k over the in-memory vector index.
func (s *Store) NearestChunks(ctx context.Context, clearance kg.Audience, vec []float32, k int) ([]kg.ScoredChunk, error) {
	const op = "sqlite.NearestChunks"
	if dims := int(s.dims.Load()); dims != 0 && len(vec) != dims {
		return nil, kg.Wrap(op, kg.Errorf(kg.EINVALID, "query vector has %d dimensions; this store holds %d", len(vec), dims))
	}
	if k <= 0 || len(vec) == 0 {
		return nil, nil
	}
	if err := s.ensureVectors(ctx); err != nil {
		return nil, kg.Wrap(op, err)
	}
	hits := s.vec.search(vec, clearance, k)
	if len(hits) == 0 {
		return nil, nil
	}
	ns := make([]int64, len(hits))
	for i, h := range hits {
		ns[i] = h.n
	}
	b, _ := json.Marshal(ns)
	found, err := s.visibleChunks(ctx, clearance, "n", string(b))
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	byN := make(map[int64]kg.Chunk, len(found))
	for _, r := range found {
		byN[r.n] = r.chunk.Chunk
	}
	out := make([]kg.ScoredChunk, 0, len(hits))
	for _, h := range hits {
		if c, ok := byN[h.n]; ok {
			out = append(out, kg.ScoredChunk{Chunk: c, Score: float64(h.score)})
		}
	}
	return out, nil
}

func (s *Store) ensureVectors(ctx context.Context) error {
	if s.vec.isLoaded() {
		return nil
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if s.vec.isLoaded() {
		return nil
	}
	return s.vec.load(ctx, s.db)
}

// SupportingChunks returns, per visible fact, the visible chunks citing it.
func (s *Store) SupportingChunks(ctx context.Context, clearance kg.Audience, factIDs []string) (map[string][]kg.Chunk, error) {
	const op = "sqlite.SupportingChunks"
	out := map[string][]kg.Chunk{}
	if len(factIDs) == 0 {
		return out, nil
	}
	rows, err := s.reads.QueryContext(ctx, `
		SELECT s.entity_id, s.chunks FROM entity_sources s JOIN entities e ON e.id = s.entity_id
		WHERE s.entity_id IN (SELECT value FROM json_each(?1)) AND s.audience <= ?2 AND e.audience <= ?2
		UNION ALL
		SELECT s.rel_id, s.chunks FROM relation_sources s JOIN relations r ON r.id = s.rel_id
		JOIN entities a ON a.id = r.src JOIN entities b ON b.id = r.dst
		WHERE s.rel_id IN (SELECT value FROM json_each(?1)) AND s.audience <= ?2
		AND a.audience <= ?2 AND b.audience <= ?2`, jsonArray(factIDs), int(clearance))
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	chunksOf := map[string][]string{}
	var all []string
	if err := scanSourceChunks(rows, chunksOf, &all); err != nil {
		return nil, kg.Wrap(op, err)
	}
	chunks, err := s.Chunks(ctx, clearance, all)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	byID := make(map[string]kg.Chunk, len(chunks))
	for _, c := range chunks {
		byID[c.ID] = c
	}
	for fact, ids := range chunksOf {
		for _, id := range ids {
			if c, ok := byID[id]; ok {
				out[fact] = append(out[fact], c)
			}
		}
	}
	return out, nil
}

func scanSourceChunks(rows *sql.Rows, chunksOf map[string][]string, all *[]string) error {
	defer rows.Close()
	for rows.Next() {
		var fact string
		var list sql.NullString
		if err := rows.Scan(&fact, &list); err != nil {
			return err
		}
		var ids []string
		unmarshalStrings(list, &ids)
		chunksOf[fact] = appendNew(chunksOf[fact], ids...)
		*all = append(*all, ids...)
	}
	return rows.Err()
}

func limitOr(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// visibleChunks reads the chunks whose column key (id or n) is in the
// JSON array keys, leaving out those above clearance, in no order.
func (s *Store) visibleChunks(ctx context.Context, clearance kg.Audience, key, keys string) ([]scoredRow, error) {
	rows, err := s.reads.QueryContext(ctx, `SELECT `+chunkCols+` FROM chunks c`+chunkJoin+`
		WHERE c.`+key+` IN (SELECT value FROM json_each(?1)) AND c.audience <= ?2`, keys, int(clearance))
	if err != nil {
		return nil, err
	}
	return scanChunks(rows, false)
}

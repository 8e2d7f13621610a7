package sqlite

import (
	"context"
	"database/sql"

	"github.com/kgassist/kgassist/kg"
)

// removeDocumentRows deletes the document's chunks and its sources of facts,
// noting the facts it touched in temp tables for settleTouched. It returns
// the removed chunk rowids (for the vector index) and whether the document
// was stored at all.
func removeDocumentRows(ctx context.Context, tx *sql.Tx, docID string) ([]int64, bool, error) {
	var chunkLo, chunkHi, eftsLo, eftsHi int64
	var entityIDs, relationIDs string
	err := tx.QueryRowContext(ctx, `SELECT chunk_lo, chunk_hi, efts_lo, efts_hi, entity_ids, relation_ids
		FROM documents WHERE id = ?`, docID).Scan(&chunkLo, &chunkHi, &eftsLo, &eftsHi, &entityIDs, &relationIDs)
	if err == sql.ErrNoRows {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	steps := []struct {
		query string
		args  []any
	}{
		{`CREATE TEMP TABLE IF NOT EXISTS touched_entities(id TEXT PRIMARY KEY) WITHOUT ROWID`, nil},
		{`CREATE TEMP TABLE IF NOT EXISTS touched_relations(id TEXT PRIMARY KEY) WITHOUT ROWID`, nil},
		{`CREATE TEMP TABLE IF NOT EXISTS orphan_entities(id TEXT PRIMARY KEY) WITHOUT ROWID`, nil},
		{`DELETE FROM temp.touched_entities`, nil},
		{`DELETE FROM temp.touched_relations`, nil},
		{`DELETE FROM temp.orphan_entities`, nil},
		{`INSERT OR IGNORE INTO temp.touched_entities SELECT value FROM json_each(?)`, []any{entityIDs}},
		{`INSERT OR IGNORE INTO temp.touched_relations SELECT value FROM json_each(?)`, []any{relationIDs}},
		{`DELETE FROM entity_sources WHERE entity_id IN (SELECT id FROM temp.touched_entities) AND doc_id = ?`, []any{docID}},
		{`DELETE FROM relation_sources WHERE rel_id IN (SELECT id FROM temp.touched_relations) AND doc_id = ?`, []any{docID}},
		{`DELETE FROM entity_aliases WHERE doc_id = ?`, []any{docID}},
		{`DELETE FROM entity_fts WHERE rowid >= ? AND rowid < ?`, []any{eftsLo, eftsHi}},
		{`DELETE FROM chunk_fts WHERE rowid >= ? AND rowid < ?`, []any{chunkLo, chunkHi}},
		{`DELETE FROM chunks WHERE n >= ? AND n < ?`, []any{chunkLo, chunkHi}},
	}
	for _, st := range steps {
		if _, err := tx.ExecContext(ctx, st.query, st.args...); err != nil {
			return nil, true, err
		}
	}
	removed := make([]int64, 0, chunkHi-chunkLo)
	for n := chunkLo; n < chunkHi; n++ {
		removed = append(removed, n)
	}
	return removed, true, nil
}

// settleTouched recomputes the audience of the touched facts from the
// sources they have left and removes those with none. A relation whose
// endpoint disappears goes with it, whatever its own sources say: an edge
// to nothing cannot be shown or traversed.
func settleTouched(ctx context.Context, tx *sql.Tx) error {
	steps := []string{
		`INSERT INTO temp.orphan_entities SELECT id FROM temp.touched_entities t
			WHERE NOT EXISTS (SELECT 1 FROM entity_sources s WHERE s.entity_id = t.id)`,
		`INSERT OR IGNORE INTO temp.touched_relations
			SELECT r.id FROM relations r JOIN temp.orphan_entities o ON r.src = o.id
			UNION SELECT r.id FROM relations r JOIN temp.orphan_entities o ON r.dst = o.id`,
		`DELETE FROM relation_sources WHERE rel_id IN (
			SELECT r.id FROM relations r JOIN temp.orphan_entities o ON r.src = o.id
			UNION SELECT r.id FROM relations r JOIN temp.orphan_entities o ON r.dst = o.id)`,
		`DELETE FROM entities WHERE id IN (SELECT id FROM temp.orphan_entities)`,
		`DELETE FROM relations WHERE id IN (SELECT id FROM temp.touched_relations)
			AND NOT EXISTS (SELECT 1 FROM relation_sources s WHERE s.rel_id = relations.id)`,
		`UPDATE entities SET audience = (SELECT min(audience) FROM entity_sources s WHERE s.entity_id = entities.id),
			name = coalesce((SELECT s.name FROM entity_sources s WHERE s.entity_id = entities.id AND s.name IS NOT NULL
				ORDER BY s.audience, s.doc_id LIMIT 1), name)
			WHERE id IN (SELECT id FROM temp.touched_entities)`,
		`UPDATE relations SET audience = (SELECT min(audience) FROM relation_sources s WHERE s.rel_id = relations.id)
			WHERE id IN (SELECT id FROM temp.touched_relations)`,
	}
	for _, q := range steps {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// DeleteDocument removes a document and whatever only it supported.
func (s *Store) DeleteDocument(ctx context.Context, id string) error {
	const op = "sqlite.DeleteDocument"
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	removed, err := s.deleteDocument(ctx, id)
	if err != nil {
		return kg.Wrap(op, err)
	}
	s.vec.apply(removed, nil)
	return nil
}

func (s *Store) deleteDocument(ctx context.Context, id string) ([]int64, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	removed, existed, err := removeDocumentRows(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if !existed {
		return nil, kg.Errorf(kg.ENOTFOUND, "no document %s", id)
	}
	if err := settleTouched(ctx, tx); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, id); err != nil {
		return nil, err
	}
	return removed, tx.Commit()
}

package sqlite

import (
	"context"
	"database/sql"
	"strconv"

	"github.com/kgassist/kgassist/kg"
)

// Entities fetches visible entities in the order of ids.
func (s *Store) Entities(ctx context.Context, clearance kg.Audience, ids []string) ([]kg.Entity, error) {
	out, err := s.loadEntities(ctx, clearance, ids)
	return out, kg.Wrap("sqlite.Entities", err)
}

// loadEntities builds entities from the sources the clearance admits only,
// so props and aliases of hidden documents never reach the caller.
func (s *Store) loadEntities(ctx context.Context, clearance kg.Audience, ids []string) ([]kg.Entity, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list := jsonArray(ids)
	rows, err := s.reads.QueryContext(ctx, `SELECT id, type, name, audience FROM entities
		WHERE id IN (SELECT value FROM json_each(?1)) AND audience <= ?2`, list, int(clearance))
	if err != nil {
		return nil, err
	}
	byID := map[string]*kg.Entity{}
	err = eachRow(rows, func() error {
		e := &kg.Entity{}
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Audience); err != nil {
			return err
		}
		byID[e.ID] = e
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := s.addEntitySources(ctx, clearance, list, byID); err != nil {
		return nil, err
	}
	out := make([]kg.Entity, 0, len(byID))
	for _, id := range ids {
		if e, ok := byID[id]; ok {
			e.Props, _ = kg.MergeSources(e.Sources)
			out = append(out, *e)
			delete(byID, id)
		}
	}
	return out, nil
}

func (s *Store) addEntitySources(ctx context.Context, clearance kg.Audience, list string, byID map[string]*kg.Entity) error {
	rows, err := s.reads.QueryContext(ctx, `SELECT entity_id, doc_id, audience, chunks, props, aliases
		FROM entity_sources WHERE entity_id IN (SELECT value FROM json_each(?1)) AND audience <= ?2
		ORDER BY entity_id, audience, doc_id`, list, int(clearance))
	if err != nil {
		return err
	}
	return eachRow(rows, func() error {
		var id string
		var src kg.Source
		var chunks, props, aliases sql.NullString
		if err := rows.Scan(&id, &src.DocumentID, &src.Audience, &chunks, &props, &aliases); err != nil {
			return err
		}
		e := byID[id]
		if e == nil {
			return nil
		}
		unmarshalJSON(props, &src.Props)
		var as []string
		unmarshalStrings(aliases, &as)
		e.Aliases = appendNew(e.Aliases, as...)
		e.Sources = appendSources(e.Sources, src, chunks)
		return nil
	})
}

// appendSources expands one stored source row into one Source per chunk.
func appendSources(list []kg.Source, src kg.Source, chunks sql.NullString) []kg.Source {
	var ids []string
	unmarshalStrings(chunks, &ids)
	if len(ids) == 0 {
		return append(list, src)
	}
	for _, id := range ids {
		s := src
		s.ChunkID = id
		list = append(list, s)
	}
	return list
}

// FindEntities returns exact name and alias matches first, then fulltext
// matches over names and aliases, ranked by bm25.
func (s *Store) FindEntities(ctx context.Context, clearance kg.Audience, q kg.EntityQuery) ([]kg.Entity, error) {
	const op = "sqlite.FindEntities"
	limit := limitOr(q.Limit, 20)
	ids, err := s.exactEntities(ctx, clearance, q)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	if len(ids) < limit {
		more, err := s.fulltextEntities(ctx, clearance, q, limit)
		if err != nil {
			return nil, kg.Wrap(op, err)
		}
		ids = appendNew(ids, more...)
	}
	if len(ids) > limit {
		ids = ids[:limit]
	}
	out, err := s.loadEntities(ctx, clearance, ids)
	return out, kg.Wrap(op, err)
}

// exactEntities probes the id each type would give the text, then the
// alias table; both are index lookups, whatever the size of the graph.
func (s *Store) exactEntities(ctx context.Context, clearance kg.Audience, q kg.EntityQuery) ([]string, error) {
	norm := kg.NormalizeName(q.Text)
	if norm == "" {
		return nil, nil
	}
	types := q.Types
	if len(types) == 0 {
		types = kg.EntityTypes()
	}
	ids := make([]string, len(types))
	for i, t := range types {
		ids[i] = t + ":" + norm
	}
	args := []any{jsonArray(ids), int(clearance), norm}
	if len(q.Types) > 0 {
		args = append(args, jsonArray(q.Types))
	}
	return queryColumn[string](ctx, &s.reads, `
		SELECT id FROM entities WHERE id IN (SELECT value FROM json_each(?1)) AND audience <= ?2
		UNION
		SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
		WHERE a.norm = ?3 AND a.audience <= ?2`+typeFilter("e.type", q.Types, 4)+`
		ORDER BY 1`, args...)
}

func (s *Store) fulltextEntities(ctx context.Context, clearance kg.Audience, q kg.EntityQuery, limit int) ([]string, error) {
	match := ftsQuery(q.Text)
	if match == "" {
		return nil, nil
	}
	// One entity can match through several sources; rank the sources and
	// keep each entity's best, over-fetching so duplicates do not starve
	// the limit.
	args := []any{match, int(clearance), limit * 4}
	query := `SELECT entity_fts.entity_id FROM entity_fts
		WHERE entity_fts MATCH ?1 AND entity_fts.audience <= ?2 ORDER BY bm25(entity_fts) LIMIT ?3`
	if len(q.Types) > 0 {
		args = append(args, jsonArray(q.Types))
		query = `SELECT entity_fts.entity_id FROM entity_fts JOIN entities e ON e.id = entity_fts.entity_id
		WHERE entity_fts MATCH ?1 AND entity_fts.audience <= ?2` + typeFilter("e.type", q.Types, 4) + `
		ORDER BY bm25(entity_fts) LIMIT ?3`
	}
	ids, err := queryColumn[string](ctx, &s.reads, query, args...)
	return appendNew(nil, ids...), err
}

// typeFilter adds "AND col IN (types)" when types is set, bound to
// parameter number param as a JSON array; the SQL text never holds input.
func typeFilter(col string, types []string, param int) string {
	if len(types) == 0 {
		return ""
	}
	return " AND " + col + " IN (SELECT value FROM json_each(?" + strconv.Itoa(param) + "))"
}

func eachRow(rows *sql.Rows, fn func() error) error {
	defer rows.Close()
	for rows.Next() {
		if err := fn(); err != nil {
			return err
		}
	}
	return rows.Err()
}

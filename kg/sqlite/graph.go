package sqlite

import (
	"context"
	"database/sql"
	"strconv"

	"github.com/kgassist/kgassist/kg"
)

// visibleRelations is the FROM clause of every relation read: a relation
// is visible only when it and both its endpoints are, so an edge never
// reveals an entity the caller may not see. ?1 is the clearance.
const visibleRelations = ` FROM relations r
	JOIN entities a ON a.id = r.src AND a.audience <= ?1
	JOIN entities b ON b.id = r.dst AND b.audience <= ?1
	WHERE r.audience <= ?1`

// Relations lists visible relations matching q, ordered by id.
func (s *Store) Relations(ctx context.Context, clearance kg.Audience, q kg.RelationQuery) ([]kg.Relation, error) {
	const op = "sqlite.Relations"
	query := `SELECT r.id, r.type, r.src, r.dst, r.audience` + visibleRelations
	args := []any{int(clearance)}
	for _, f := range []struct {
		col  string
		list []string
	}{{"r.type", q.Types}, {"r.src", q.From}, {"r.dst", q.To}} {
		if len(f.list) > 0 {
			args = append(args, jsonArray(f.list))
			query += " AND " + f.col + " IN (SELECT value FROM json_each(?" + strconv.Itoa(len(args)) + "))"
		}
	}
	args = append(args, limitOr(q.Limit, 1000))
	query += " ORDER BY r.id LIMIT ?" + strconv.Itoa(len(args))
	rels, err := s.queryRelations(ctx, clearance, query, args...)
	return rels, kg.Wrap(op, err)
}

func (s *Store) queryRelations(ctx context.Context, clearance kg.Audience, query string, args ...any) ([]kg.Relation, error) {
	out, err := s.relationRows(ctx, 0, query, args...)
	if err != nil {
		return nil, err
	}
	return out, s.addRelationSources(ctx, clearance, out)
}

// addRelationSources fills Sources, Props and Conflict from the visible
// sources only: a hidden source can neither add a value nor a conflict.
func (s *Store) addRelationSources(ctx context.Context, clearance kg.Audience, rels []kg.Relation) error {
	if len(rels) == 0 {
		return nil
	}
	index := make(map[string]int, len(rels))
	ids := make([]string, len(rels))
	for i, r := range rels {
		index[r.ID], ids[i] = i, r.ID
	}
	rows, err := s.reads.QueryContext(ctx, `SELECT rel_id, doc_id, audience, chunks, props FROM relation_sources
		WHERE rel_id IN (SELECT value FROM json_each(?1)) AND audience <= ?2
		ORDER BY rel_id, audience, doc_id`, jsonArray(ids), int(clearance))
	if err != nil {
		return err
	}
	err = eachRow(rows, func() error {
		var id string
		var src kg.Source
		var chunks, props sql.NullString
		if err := rows.Scan(&id, &src.DocumentID, &src.Audience, &chunks, &props); err != nil {
			return err
		}
		unmarshalJSON(props, &src.Props)
		r := &rels[index[id]]
		r.Sources = appendSources(r.Sources, src, chunks)
		return nil
	})
	for i := range rels {
		rels[i].Props, rels[i].Conflict = kg.MergeSources(rels[i].Sources)
	}
	return err
}

// Neighbourhood expands hop by hop from the seeds. Each hop is one indexed
// query over the frontier, so the cost follows the size of the answer, not
// of the graph.
func (s *Store) Neighbourhood(ctx context.Context, clearance kg.Audience, q kg.NeighbourQuery) (kg.Subgraph, error) {
	const op = "sqlite.Neighbourhood"
	limit := limitOr(q.Limit, 500)
	hops := q.Hops
	if hops <= 0 {
		hops = 1
	}
	seen := map[string]bool{}
	reached := append([]string(nil), q.Seeds...)
	visited := map[string]bool{}
	for _, id := range q.Seeds {
		visited[id] = true
	}
	var rels []kg.Relation
	frontier := q.Seeds
	for hop := 0; hop < hops && len(frontier) > 0 && len(rels) < limit; hop++ {
		found, err := s.hop(ctx, clearance, q, frontier, limit+len(seen))
		if err != nil {
			return kg.Subgraph{}, kg.Wrap(op, err)
		}
		var next []string
		for _, r := range found {
			if seen[r.ID] || len(rels) >= limit {
				continue
			}
			seen[r.ID] = true
			rels = append(rels, r)
			for _, end := range []string{r.From, r.To} {
				if !visited[end] {
					visited[end] = true
					next = append(next, end)
					reached = append(reached, end)
				}
			}
		}
		frontier = next
	}
	if err := s.addRelationSources(ctx, clearance, rels); err != nil {
		return kg.Subgraph{}, kg.Wrap(op, err)
	}
	ents, err := s.loadEntities(ctx, clearance, reached)
	if err != nil {
		return kg.Subgraph{}, kg.Wrap(op, err)
	}
	return kg.Subgraph{Entities: ents, Relations: rels}, nil
}

// hop returns the visible relations touching frontier in the asked direction.
func (s *Store) hop(ctx context.Context, clearance kg.Audience, q kg.NeighbourQuery, frontier []string, limit int) ([]kg.Relation, error) {
	types := typeFilter("r.type", q.Types, 3)
	args := []any{int(clearance), jsonArray(frontier)}
	if len(q.Types) > 0 {
		args = append(args, jsonArray(q.Types))
	}
	out := `SELECT r.id, r.type, r.src, r.dst, r.audience` + visibleRelations +
		` AND r.src IN (SELECT value FROM json_each(?2))` + types
	in := `SELECT r.id, r.type, r.src, r.dst, r.audience` + visibleRelations +
		` AND r.dst IN (SELECT value FROM json_each(?2))` + types
	var query string
	switch q.Dir {
	case kg.Out:
		query = out
	case kg.In:
		query = in
	default:
		query = out + " UNION ALL " + in
	}
	// No ORDER BY: sorting would read every relation of a hub (a parameter
	// shared by a hundred thousand parts) before the limit applies. The
	// (src, type) and (dst, type) indexes give a stable order, and the
	// caller drops the duplicates UNION ALL lets through. The statement
	// has no LIMIT: a written one made a new statement for every limit,
	// and SQLite plans a bound one afresh on every call. Reading stops at
	// the limit instead, and SQLite steps no further than it is read.
	return s.relationRows(ctx, limit, query, args...)
}

// relationRows runs a query selecting id, type, src, dst and audience of
// relations, and returns the first max of them (all for max 0) without
// their sources.
func (s *Store) relationRows(ctx context.Context, max int, query string, args ...any) ([]kg.Relation, error) {
	rows, err := s.reads.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kg.Relation
	for (max <= 0 || len(out) < max) && rows.Next() {
		var r kg.Relation
		if err := rows.Scan(&r.ID, &r.Type, &r.From, &r.To, &r.Audience); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

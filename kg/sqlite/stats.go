package sqlite

import (
	"context"

	"github.com/kgassist/kgassist/kg"
)

// Stats counts what the clearance may see. ByType counts entities by type
// and relations by type; the two vocabularies do not overlap.
func (s *Store) Stats(ctx context.Context, clearance kg.Audience) (kg.Stats, error) {
	const op = "sqlite.Stats"
	st := kg.Stats{ByType: map[string]int{}}
	c := int(clearance)
	for _, q := range []struct {
		dst   *int
		query string
	}{
		{&st.Documents, `SELECT count(*) FROM documents WHERE audience <= ?1`},
		{&st.Chunks, `SELECT count(*) FROM chunks WHERE audience <= ?1`},
		{&st.Entities, `SELECT count(*) FROM entities WHERE audience <= ?1`},
		{&st.Relations, `SELECT count(*)` + visibleRelations},
	} {
		if err := s.db.QueryRowContext(ctx, q.query, c).Scan(q.dst); err != nil {
			return kg.Stats{}, kg.Wrap(op, err)
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT type, count(*) FROM entities WHERE audience <= ?1 GROUP BY type
		UNION ALL SELECT r.type, count(*)`+visibleRelations+` GROUP BY r.type`, c)
	if err != nil {
		return kg.Stats{}, kg.Wrap(op, err)
	}
	err = eachRow(rows, func() error {
		var typ string
		var n int
		if err := rows.Scan(&typ, &n); err != nil {
			return err
		}
		st.ByType[typ] = n
		return nil
	})
	return st, kg.Wrap(op, err)
}

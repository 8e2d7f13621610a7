package sqlite

import (
	"context"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.NameLister = (*Store)(nil)

// EntityNames streams every name and alias visible at clearance, for
// retrieval's entity-linking dictionary.
func (s *Store) EntityNames(ctx context.Context, clearance kg.Audience, fn func(kg.EntityName) error) error {
	rows, err := s.db.QueryContext(ctx, `
		SELECT id, type, name, audience FROM entities WHERE audience <= ?1
		UNION ALL
		-- The alias an id was made from (a part number) is kept out of
		-- entity_aliases, since lookups probe ids directly; it is a name
		-- all the same.
		SELECT id, type, substr(id, length(type) + 2), audience FROM entities
		WHERE audience <= ?1 AND substr(id, length(type) + 2) <> name
		UNION ALL
		SELECT a.entity_id, e.type, a.norm, MIN(a.audience) FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
		WHERE a.audience <= ?1 GROUP BY a.entity_id, a.norm`, int(clearance))
	if err != nil {
		return kg.Wrap("sqlite.EntityNames", err)
	}
	defer rows.Close()
	for rows.Next() {
		var n kg.EntityName
		var aud int
		if err := rows.Scan(&n.EntityID, &n.Type, &n.Surface, &aud); err != nil {
			return kg.Wrap("sqlite.EntityNames", err)
		}
		n.Audience = kg.Audience(aud)
		if err := fn(n); err != nil {
			return err
		}
	}
	return kg.Wrap("sqlite.EntityNames", rows.Err())
}

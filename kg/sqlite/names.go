package sqlite

import (
	"context"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.NameLister = (*Store)(nil)

// EntityNames streams every name and alias visible at clearance, for
// retrieval's entity-linking dictionary: each normalized form once per
// entity, spelled as a source of the lowest audience wrote it, since the
// dictionary's surfaces are shown to people. The spellings live in
// entity_sources; entity_aliases holds normalized forms only.
func (s *Store) EntityNames(ctx context.Context, clearance kg.Audience, fn func(kg.EntityName) error) error {
	const op = "sqlite.EntityNames"
	// Rows come grouped by entity and lowest audience first, so the first
	// spelling of a form is the one to list and only one entity's forms
	// are held at a time.
	rows, err := s.reads.QueryContext(ctx, `
		SELECT s.entity_id, e.type, coalesce(s.name, e.name), s.audience
		FROM entity_sources s JOIN entities e ON e.id = s.entity_id WHERE s.audience <= ?1
		UNION ALL
		SELECT s.entity_id, e.type, j.value, s.audience
		FROM entity_sources s JOIN entities e ON e.id = s.entity_id, json_each(s.aliases) j
		WHERE s.audience <= ?1
		ORDER BY 1, 4`, int(clearance))
	if err != nil {
		return kg.Wrap(op, err)
	}
	defer rows.Close()
	var entity string
	seen := map[string]bool{}
	for rows.Next() {
		var n kg.EntityName
		var aud int
		if err := rows.Scan(&n.EntityID, &n.Type, &n.Surface, &aud); err != nil {
			return kg.Wrap(op, err)
		}
		if n.EntityID != entity {
			entity = n.EntityID
			clear(seen)
		}
		n.Surface = strings.TrimSpace(n.Surface)
		norm := kg.NormalizeName(n.Surface)
		if norm == "" || seen[norm] {
			continue
		}
		seen[norm] = true
		n.Audience = kg.Audience(aud)
		if err := fn(n); err != nil {
			return err
		}
	}
	return kg.Wrap(op, rows.Err())
}

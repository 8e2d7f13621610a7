package neo4j

import (
	"context"
	"errors"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.NameLister = (*Store)(nil)

// EntityNames streams every name and alias visible at clearance, each
// normalized form once per entity with the lowest audience among the
// sources asserting it, for retrieval's entity-linking dictionary. Records
// are streamed, not collected, since a plant's dictionary can be large.
func (s *Store) EntityNames(ctx context.Context, clearance kg.Audience, fn func(kg.EntityName) error) error {
	err := s.readTx(ctx, "neo4j.EntityNames", func(tx neo4j.ManagedTransaction) error {
		res, err := tx.Run(ctx, `MATCH ()-[m:MENTIONS]->(e:Entity) WHERE m.audience <= $clearance
WITH e, m, [m.name] + m.aliases AS surfaces
UNWIND range(0, size(m.norms) - 1) AS i
WITH e, m.norms[i] AS norm, surfaces[i] AS surface, m.audience AS audience
ORDER BY audience
WITH e, norm, collect(surface)[0] AS surface, min(audience) AS audience
RETURN e.id, e.type, surface, audience`, map[string]any{"clearance": int64(clearance)})
		if err != nil {
			return err
		}
		for res.Next(ctx) {
			v := res.Record().Values
			n := kg.EntityName{EntityID: str(v[0]), Type: str(v[1]), Surface: str(v[2]), Audience: kg.Audience(num(v[3]))}
			if err := fn(n); err != nil {
				return &callbackErr{err}
			}
		}
		return res.Err()
	})
	var cb *callbackErr
	if errors.As(err, &cb) {
		return cb.err
	}
	return err
}

// callbackErr carries the caller's own error out of the transaction
// function unchanged, and keeps the driver from retrying it.
type callbackErr struct{ err error }

func (e *callbackErr) Error() string { return e.err.Error() }

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
	const op = "neo4j.EntityNames"
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.db,
		AccessMode:      neo4j.AccessModeRead,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, `MATCH ()-[m:MENTIONS]->(e:Entity) WHERE m.audience <= $clearance
WITH e, m, [m.name] + m.aliases AS surfaces
UNWIND range(0, size(m.norms) - 1) AS i
WITH e, m.norms[i] AS norm, surfaces[i] AS surface, m.audience AS audience
ORDER BY audience
WITH e, norm, collect(surface)[0] AS surface, min(audience) AS audience
RETURN e.id, e.type, surface, audience`, map[string]any{"clearance": int64(clearance)})
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			v := res.Record().Values
			n := kg.EntityName{EntityID: str(v[0]), Type: str(v[1]), Surface: str(v[2]), Audience: kg.Audience(num(v[3]))}
			if err := fn(n); err != nil {
				return nil, &callbackErr{err}
			}
		}
		return nil, res.Err()
	})
	var cb *callbackErr
	if errors.As(err, &cb) {
		return cb.err
	}
	return mapCtxErr(ctx, op, err)
}

// callbackErr carries the caller's own error out of the transaction
// function unchanged, and keeps the driver from retrying it.
type callbackErr struct{ err error }

func (e *callbackErr) Error() string { return e.err.Error() }

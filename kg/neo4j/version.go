package neo4j

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.Versioner = (*Store)(nil)

// The change counter is a KgMeta node that every write transaction
// increments as its last statement, so any writer — this process,
// another replica, a CLI — moves it in the same commit as its change.
const bumpVersion = `MERGE (m:KgMeta {key: 'change'}) SET m.n = coalesce(m.n, 0) + 1`

func bump(ctx context.Context, tx neo4j.ManagedTransaction) error {
	_, err := run(ctx, tx, bumpVersion, nil)
	return err
}

// Version reads the change counter: one indexed lookup.
func (s *Store) Version(ctx context.Context) (uint64, error) {
	recs, err := s.read(ctx, "neo4j.Version", `OPTIONAL MATCH (m:KgMeta {key: 'change'}) RETURN coalesce(m.n, 0)`, nil)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	n, _ := recs[0].Values[0].(int64)
	return uint64(n), nil
}

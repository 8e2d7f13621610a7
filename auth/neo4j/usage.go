package neo4jauth

import (
	"context"
	"maps"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/auth"
)

// A KgaUsage node counts one key's tokens on one UTC day; its id is
// "KEY/DAY", unique, so MERGE from two replicas finds the same node.

// TokensToday is what a key has used today (UTC), for its daily quota.
func (b *Backend) TokensToday(ctx context.Context, keyID string) (int, error) {
	recs, err := b.query(ctx, "neo4jauth.TokensToday", `OPTIONAL MATCH (u:KgaUsage {id: $id}) RETURN coalesce(u.tokens, 0)`,
		map[string]any{"id": keyID + "/" + b.today()})
	if err != nil {
		return 0, err
	}
	n, _ := recs[0].Values[0].(int64)
	return int(n), nil
}

// AddTokens adds to a key's usage today.
func (b *Backend) AddTokens(ctx context.Context, keyID string, n int) error {
	return b.write(ctx, "neo4jauth.AddTokens", func(tx neo4j.ManagedTransaction) error {
		return b.addUsage(ctx, tx, map[string]int64{keyID: int64(n)})
	})
}

func (b *Backend) addUsage(ctx context.Context, tx neo4j.ManagedTransaction, tokens map[string]int64) error {
	if len(tokens) == 0 {
		return nil
	}
	day := b.today()
	rows := make([]map[string]any, 0, len(tokens))
	// Sorted, so two transactions lock usage nodes in the same order and
	// cannot deadlock on each other.
	for _, key := range slices.Sorted(maps.Keys(tokens)) {
		rows = append(rows, map[string]any{"id": key + "/" + day, "key_id": key, "day": day, "tokens": tokens[key]})
	}
	_, err := run(ctx, tx, `UNWIND $rows AS r
MERGE (u:KgaUsage {id: r.id}) ON CREATE SET u.key_id = r.key_id, u.day = r.day, u.tokens = 0
SET u.tokens = u.tokens + r.tokens`, map[string]any{"rows": rows})
	return err
}

// Reserve holds n of keyID's tokens if it is under limit. Touching the
// key's usage node for today takes its write lock first, so reservations
// of one key, from any replica, check and hold one at a time, each seeing
// the ones committed before it.
func (b *Backend) Reserve(ctx context.Context, keyID string, n, limit int) (string, error) {
	now, id := b.nowMs(), auth.NewID("rsv")
	p := map[string]any{"uid": keyID + "/" + b.today(), "key": keyID, "day": b.today(), "now": now,
		"id": id, "n": n, "expires": now + auth.ReservationTTL.Milliseconds()}
	err := b.write(ctx, "neo4jauth.Reserve", func(tx neo4j.ManagedTransaction) error {
		if _, err := run(ctx, tx, `MERGE (u:KgaUsage {id: $uid}) ON CREATE SET u.key_id = $key, u.day = $day, u.tokens = 0
SET u.reserved_at = $now`, p); err != nil {
			return err
		}
		recs, err := run(ctx, tx, `MATCH (u:KgaUsage {id: $uid})
OPTIONAL MATCH (r:KgaReservation {key_id: $key}) WHERE r.expires > $now
RETURN u.tokens AS spent, sum(r.tokens) AS held`, p)
		if err != nil {
			return err
		}
		spent, _ := recs[0].Values[0].(int64)
		held, _ := recs[0].Values[1].(int64)
		if spent+held >= int64(limit) {
			return auth.QuotaExceeded(limit)
		}
		_, err = run(ctx, tx, `CREATE (:KgaReservation {id: $id, key_id: $key, tokens: $n, expires: $expires})
WITH 1 AS one
MATCH (r:KgaReservation {key_id: $key}) WHERE r.expires <= $now
DELETE r`, p)
		return err
	})
	if err != nil {
		return "", err
	}
	return id, nil
}

// Release drops a reservation.
func (b *Backend) Release(ctx context.Context, id string) error {
	_, err := b.query(ctx, "neo4jauth.Release", `MATCH (r:KgaReservation {id: $id}) DELETE r`, map[string]any{"id": id})
	return err
}

func (b *Backend) today() string { return b.now().UTC().Format("2006-01-02") }

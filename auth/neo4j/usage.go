package neo4jauth

import (
	"context"
	"maps"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
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

func (b *Backend) today() string { return b.now().UTC().Format("2006-01-02") }

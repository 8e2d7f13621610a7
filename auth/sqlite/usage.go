package sqlite

import (
	"context"

	"github.com/kgassist/kgassist/kg"
)

// TokensToday is what a key has used today (UTC), for its daily quota.
func (db *DB) TokensToday(ctx context.Context, keyID string) (int, error) {
	var n int
	err := db.sql.QueryRowContext(ctx, `SELECT coalesce(sum(tokens), 0) FROM usage WHERE key_id = ? AND day = ?`, keyID, db.today()).Scan(&n)
	return n, kg.Wrap("auth.TokensToday", err)
}

// AddTokens adds to a key's usage today.
func (db *DB) AddTokens(ctx context.Context, keyID string, n int) error {
	_, err := db.sql.ExecContext(ctx, `INSERT INTO usage (key_id, day, tokens) VALUES (?, ?, ?)
		ON CONFLICT (key_id, day) DO UPDATE SET tokens = tokens + excluded.tokens`, keyID, db.today(), n)
	return kg.Wrap("auth.AddTokens", err)
}

func (db *DB) today() string { return db.now().UTC().Format("2006-01-02") }

package sqlite

import (
	"context"

	"github.com/kgassist/kgassist/auth"
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

// Reserve holds n of keyID's tokens if it is under limit. The write lock
// taken at BEGIN (_txlock=immediate) makes the check and the hold one
// step for every process sharing the file.
func (db *DB) Reserve(ctx context.Context, keyID string, n, limit int) (string, error) {
	const op = "auth.Reserve"
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return "", kg.Wrap(op, err)
	}
	defer tx.Rollback()
	now := db.now()
	var held int
	err = tx.QueryRowContext(ctx, `SELECT coalesce((SELECT tokens FROM usage WHERE key_id = ?1 AND day = ?2), 0)
		+ coalesce((SELECT sum(tokens) FROM reservations WHERE key_id = ?1 AND expires_at > ?3), 0)`,
		keyID, db.today(), now.UnixMilli()).Scan(&held)
	if err != nil {
		return "", kg.Wrap(op, err)
	}
	if held >= limit {
		return "", auth.QuotaExceeded(limit)
	}
	id := auth.NewID("rsv")
	if _, err := tx.ExecContext(ctx, `INSERT INTO reservations (id, key_id, tokens, expires_at) VALUES (?, ?, ?, ?)`,
		id, keyID, n, now.Add(auth.ReservationTTL).UnixMilli()); err != nil {
		return "", kg.Wrap(op, err)
	}
	// Lapsed reservations go as new ones come, so the table stays small.
	if _, err := tx.ExecContext(ctx, `DELETE FROM reservations WHERE expires_at <= ?`, now.UnixMilli()); err != nil {
		return "", kg.Wrap(op, err)
	}
	return id, kg.Wrap(op, tx.Commit())
}

// Release drops a reservation.
func (db *DB) Release(ctx context.Context, id string) error {
	_, err := db.sql.ExecContext(ctx, `DELETE FROM reservations WHERE id = ?`, id)
	return kg.Wrap("auth.Release", err)
}

func (db *DB) today() string { return db.now().UTC().Format("2006-01-02") }

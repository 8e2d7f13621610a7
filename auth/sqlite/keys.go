package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// CreateKey stores a new key and returns it with its secret, which is shown
// once and never stored.
func (db *DB) CreateKey(ctx context.Context, spec auth.KeySpec) (*auth.Key, string, error) {
	k, secret, err := auth.NewKey(spec, db.now())
	if err != nil {
		return nil, "", err
	}
	_, err = db.sql.ExecContext(ctx, `INSERT INTO keys (id, name, hash, scopes, clearance, origins, rate_per_min, daily_tokens, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, k.ID, k.Name, auth.HashSecret(secret), strings.Join(k.Scopes, ","),
		int(k.Clearance), strings.Join(k.Origins, " "), k.RatePerMin, k.DailyTokens, k.CreatedAt.Unix())
	if err != nil {
		return nil, "", kg.Wrap("auth.CreateKey", err)
	}
	return k, secret, nil
}

// Lookup finds the live key for a secret. Unknown, malformed and revoked
// secrets are the same EUNAUTHORIZED, so a caller learns nothing from the
// difference. It reads the database every time: a revocation takes effect
// on the next request.
func (db *DB) Lookup(ctx context.Context, secret string) (*auth.Key, error) {
	if !auth.WellFormedSecret(secret) {
		return nil, kg.Errorf(kg.EUNAUTHORIZED, "invalid API key")
	}
	row := db.sql.QueryRowContext(ctx, keyColumns+` WHERE hash = ? AND revoked_at IS NULL`, auth.HashSecret(secret))
	k, err := scanKey(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, kg.Errorf(kg.EUNAUTHORIZED, "invalid API key")
	}
	if err != nil {
		return nil, kg.WrapCode(kg.EUNAVAILABLE, "auth.Lookup", err)
	}
	return k, nil
}

// ListKeys lists every key, revoked ones included, newest first.
func (db *DB) ListKeys(ctx context.Context) ([]auth.Key, error) {
	return queryAll(ctx, db.sql, "auth.ListKeys", func(s scanner) (auth.Key, error) {
		k, err := scanKey(s)
		if err != nil {
			return auth.Key{}, err
		}
		return *k, nil
	}, keyColumns+` ORDER BY created_at DESC, id`)
}

// RevokeKey revokes a key; it stops working at once.
func (db *DB) RevokeKey(ctx context.Context, id string) error {
	res, err := db.sql.ExecContext(ctx, `UPDATE keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`, db.now().Unix(), id)
	if err != nil {
		return kg.Wrap("auth.RevokeKey", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return kg.Errorf(kg.ENOTFOUND, "no live key %q", id)
	}
	return nil
}

// HasKeys reports whether any key was ever created, which takes a server
// out of local mode.
func (db *DB) HasKeys(ctx context.Context) (bool, error) {
	var n int
	err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM keys`).Scan(&n)
	return n > 0, kg.Wrap("auth.HasKeys", err)
}

// OriginAllowed reports whether any live widget key lists origin; it
// answers CORS preflights, which carry no key.
func (db *DB) OriginAllowed(ctx context.Context, origin string) bool {
	rows, err := db.sql.QueryContext(ctx, `SELECT origins FROM keys WHERE revoked_at IS NULL AND origins != ''`)
	if err != nil {
		return false
	}
	defer rows.Close()
	for rows.Next() {
		var o string
		if rows.Scan(&o) == nil && slices.Contains(strings.Fields(o), origin) {
			return true
		}
	}
	return false
}

const keyColumns = `SELECT id, name, scopes, clearance, origins, rate_per_min, daily_tokens, created_at, revoked_at FROM keys`

type scanner interface{ Scan(...any) error }

func scanKey(s scanner) (*auth.Key, error) {
	var k auth.Key
	var scopes, origins string
	var clearance int
	var created int64
	var revoked sql.NullInt64
	if err := s.Scan(&k.ID, &k.Name, &scopes, &clearance, &origins, &k.RatePerMin, &k.DailyTokens, &created, &revoked); err != nil {
		return nil, err
	}
	k.Scopes, k.Origins = strings.Split(scopes, ","), strings.Fields(origins)
	k.Clearance, k.CreatedAt = kg.Audience(clearance), time.Unix(created, 0).UTC()
	if revoked.Valid {
		t := time.Unix(revoked.Int64, 0).UTC()
		k.RevokedAt = &t
	}
	return &k, nil
}

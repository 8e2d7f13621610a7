package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// Scopes a key may hold.
const (
	ScopeChat   = "chat"   // ask questions, hold conversations, give feedback
	ScopeIngest = "ingest" // upload and delete documents, run jobs
	ScopeAdmin  = "admin"  // read feedback and the audit log, everything else
)

// Key is an API key as stored: never the secret itself.
type Key struct {
	ID        string      `json:"id"`
	Name      string      `json:"name"`
	Scopes    []string    `json:"scopes"`
	Clearance kg.Audience `json:"clearance"`
	// Origins, when set, make this a widget key: browsers may use it only
	// from these origins.
	Origins     []string   `json:"origins,omitempty"`
	RatePerMin  int        `json:"rate_per_min,omitempty"`
	DailyTokens int        `json:"daily_tokens,omitempty"`
	CreatedAt   time.Time  `json:"created_at"`
	RevokedAt   *time.Time `json:"revoked_at,omitempty"`
}

// Has reports whether the key holds scope; admin holds every scope.
func (k *Key) Has(scope string) bool {
	return slices.Contains(k.Scopes, scope) || slices.Contains(k.Scopes, ScopeAdmin)
}

// AllowsOrigin reports whether a browser at origin may use the key.
func (k *Key) AllowsOrigin(origin string) bool { return slices.Contains(k.Origins, origin) }

// KeySpec is what `kgassist keys create` asks for.
type KeySpec struct {
	Name        string
	Scopes      []string
	Clearance   kg.Audience
	Origins     []string
	RatePerMin  int
	DailyTokens int
}

// Validate rejects unknown scopes and malformed origins.
func (s KeySpec) Validate() error {
	if len(s.Scopes) == 0 {
		return kg.Errorf(kg.EINVALID, "a key needs at least one scope (chat, ingest, admin)")
	}
	for _, sc := range s.Scopes {
		if sc != ScopeChat && sc != ScopeIngest && sc != ScopeAdmin {
			return kg.Errorf(kg.EINVALID, "unknown scope %q (want chat, ingest or admin)", sc)
		}
	}
	if !s.Clearance.Valid() {
		return kg.Errorf(kg.EINVALID, "invalid clearance")
	}
	for _, o := range s.Origins {
		if u, err := url.Parse(o); err != nil || u.Scheme == "" || u.Host == "" || u.Path != "" {
			return kg.Errorf(kg.EINVALID, "origin %q must be scheme://host[:port]", o)
		}
	}
	if s.RatePerMin < 0 || s.DailyTokens < 0 {
		return kg.Errorf(kg.EINVALID, "rate and daily tokens must not be negative")
	}
	return nil
}

const secretPrefix = "kga_"

// NewKey makes a key for spec with a fresh secret, for a backend to store:
// the secret is shown once and only its hash (HashSecret) is kept.
func NewKey(spec KeySpec, now time.Time) (*Key, string, error) {
	if err := spec.Validate(); err != nil {
		return nil, "", err
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, "", kg.Wrap("auth.NewKey", err)
	}
	secret := secretPrefix + base64.RawURLEncoding.EncodeToString(raw)
	k := &Key{ID: NewID("key"), Name: spec.Name, Scopes: spec.Scopes, Clearance: spec.Clearance,
		Origins: spec.Origins, RatePerMin: spec.RatePerMin, DailyTokens: spec.DailyTokens, CreatedAt: now.UTC().Truncate(time.Second)}
	if k.Name == "" {
		k.Name = k.ID
	}
	return k, secret, nil
}

// CreateKey stores a new key and returns it with its secret, which is shown
// once and never stored.
func (db *DB) CreateKey(ctx context.Context, spec KeySpec) (*Key, string, error) {
	k, secret, err := NewKey(spec, db.now())
	if err != nil {
		return nil, "", err
	}
	_, err = db.sql.ExecContext(ctx, `INSERT INTO keys (id, name, hash, scopes, clearance, origins, rate_per_min, daily_tokens, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, k.ID, k.Name, HashSecret(secret), strings.Join(k.Scopes, ","),
		int(k.Clearance), strings.Join(k.Origins, " "), k.RatePerMin, k.DailyTokens, k.CreatedAt.Unix())
	if err != nil {
		return nil, "", kg.Wrap("auth.CreateKey", err)
	}
	return k, secret, nil
}

// WellFormedSecret reports whether secret could be a key's secret at all,
// so a backend refuses junk without a query.
func WellFormedSecret(secret string) bool {
	return strings.HasPrefix(secret, secretPrefix) && len(secret) <= 128
}

// Lookup finds the live key for a secret. Unknown, malformed and revoked
// secrets are the same EUNAUTHORIZED, so a caller learns nothing from the
// difference. It reads the database every time: a revocation takes effect
// on the next request.
func (db *DB) Lookup(ctx context.Context, secret string) (*Key, error) {
	if !WellFormedSecret(secret) {
		return nil, kg.Errorf(kg.EUNAUTHORIZED, "invalid API key")
	}
	row := db.sql.QueryRowContext(ctx, keyColumns+` WHERE hash = ? AND revoked_at IS NULL`, HashSecret(secret))
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
func (db *DB) ListKeys(ctx context.Context) ([]Key, error) {
	rows, err := db.sql.QueryContext(ctx, keyColumns+` ORDER BY created_at DESC, id`)
	if err != nil {
		return nil, kg.Wrap("auth.ListKeys", err)
	}
	defer rows.Close()
	var out []Key
	for rows.Next() {
		k, err := scanKey(rows)
		if err != nil {
			return nil, kg.Wrap("auth.ListKeys", err)
		}
		out = append(out, *k)
	}
	return out, kg.Wrap("auth.ListKeys", rows.Err())
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

func scanKey(s scanner) (*Key, error) {
	var k Key
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

// HashSecret is what is stored of a secret: its SHA-256, in hex.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// NewID is a random id with a readable prefix ("key_3f9a…").
func NewID(prefix string) string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return prefix + "_" + hex.EncodeToString(b)
}

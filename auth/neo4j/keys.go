package neo4jauth

import (
	"context"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// CreateKey stores a new key and returns it with its secret, which is shown
// once; only the secret's SHA-256 is stored.
func (b *Backend) CreateKey(ctx context.Context, spec auth.KeySpec) (*auth.Key, string, error) {
	k, secret, err := auth.NewKey(spec, b.now())
	if err != nil {
		return nil, "", err
	}
	_, err = b.query(ctx, "neo4jauth.CreateKey", `CREATE (k:KgaKey {id: $id, name: $name, hash: $hash, scopes: $scopes,
  clearance: $clearance, origins: $origins, rate_per_min: $rate, daily_tokens: $daily, created_at: $created})`,
		map[string]any{"id": k.ID, "name": k.Name, "hash": auth.HashSecret(secret), "scopes": k.Scopes,
			"clearance": int64(k.Clearance), "origins": nonNil(k.Origins), "rate": int64(k.RatePerMin),
			"daily": int64(k.DailyTokens), "created": k.CreatedAt.Unix()})
	if err != nil {
		return nil, "", err
	}
	return k, secret, nil
}

// Lookup finds the live key for a secret, reading the database every time
// so that a revocation on any replica takes effect on the next request.
// Unknown, malformed and revoked secrets are the same EUNAUTHORIZED.
func (b *Backend) Lookup(ctx context.Context, secret string) (*auth.Key, error) {
	if !auth.WellFormedSecret(secret) {
		return nil, kg.Errorf(kg.EUNAUTHORIZED, "invalid API key")
	}
	recs, err := b.query(ctx, "neo4jauth.Lookup", `MATCH (k:KgaKey {hash: $hash}) WHERE k.revoked_at IS NULL RETURN k {.*}`,
		map[string]any{"hash": auth.HashSecret(secret)})
	if err != nil {
		return nil, kg.WrapCode(kg.EUNAVAILABLE, "neo4jauth.Lookup", err)
	}
	p, ok := first(recs)
	if !ok {
		return nil, kg.Errorf(kg.EUNAUTHORIZED, "invalid API key")
	}
	return keyOf(p), nil
}

// ListKeys lists every key, revoked ones included, newest first.
func (b *Backend) ListKeys(ctx context.Context) ([]auth.Key, error) {
	recs, err := b.query(ctx, "neo4jauth.ListKeys", `MATCH (k:KgaKey) RETURN k {.*} ORDER BY k.created_at DESC, k.id`, nil)
	if err != nil {
		return nil, err
	}
	var out []auth.Key
	for _, p := range column(recs) {
		out = append(out, *keyOf(p))
	}
	return out, nil
}

// RevokeKey revokes a live key; an unknown or already revoked one is
// ENOTFOUND.
func (b *Backend) RevokeKey(ctx context.Context, id string) error {
	recs, err := b.query(ctx, "neo4jauth.RevokeKey", `MATCH (k:KgaKey {id: $id}) WHERE k.revoked_at IS NULL
SET k.revoked_at = $now RETURN k.id`, map[string]any{"id": id, "now": b.now().Unix()})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return kg.Errorf(kg.ENOTFOUND, "no live key %q", id)
	}
	return nil
}

// HasKeys reports whether any key was ever created, which takes a server
// out of local mode.
func (b *Backend) HasKeys(ctx context.Context) (bool, error) {
	recs, err := b.query(ctx, "neo4jauth.HasKeys", `MATCH (k:KgaKey) RETURN count(k) > 0`, nil)
	if err != nil || len(recs) == 0 {
		return false, err
	}
	has, _ := recs[0].Values[0].(bool)
	return has, nil
}

// OriginAllowed reports whether any live widget key lists origin; it
// answers CORS preflights, which carry no key.
func (b *Backend) OriginAllowed(ctx context.Context, origin string) bool {
	recs, err := b.query(ctx, "neo4jauth.OriginAllowed", `MATCH (k:KgaKey) WHERE k.revoked_at IS NULL AND $origin IN k.origins
RETURN count(k) > 0`, map[string]any{"origin": origin})
	if err != nil || len(recs) == 0 {
		return false
	}
	ok, _ := recs[0].Values[0].(bool)
	return ok
}

func keyOf(p props) *auth.Key {
	k := &auth.Key{ID: p.str("id"), Name: p.str("name"), Scopes: p.strs("scopes"), Clearance: kg.Audience(p.num("clearance")),
		Origins: p.strs("origins"), RatePerMin: p.num("rate_per_min"), DailyTokens: p.num("daily_tokens"),
		CreatedAt: time.Unix(p.i64("created_at"), 0).UTC()}
	if len(k.Origins) == 0 {
		k.Origins = nil // as SQLite reads an empty list back
	}
	if p.has("revoked_at") {
		t := time.Unix(p.i64("revoked_at"), 0).UTC()
		k.RevokedAt = &t
	}
	return k
}

// nonNil stores an empty list rather than no property, so list
// predicates such as IN never meet null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

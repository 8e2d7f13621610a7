package authtest

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

func testKeysHashedAndRevocable(t *testing.T, e *env) {
	if has, err := e.HasKeys(e.ctx); has || err != nil {
		t.Fatalf("empty backend HasKeys = %v, %v", has, err)
	}
	k, secret, err := e.CreateKey(e.ctx, auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Internal})
	must(t, "create", err)
	got, err := e.Lookup(e.ctx, secret)
	if err != nil || got.ID != k.ID || got.Clearance != kg.Internal || !got.Has(auth.ScopeChat) || got.Has(auth.ScopeIngest) {
		t.Fatalf("lookup = %+v, %v", got, err)
	}
	if strings.Contains(e.Stored(t), secret) {
		t.Fatal("the secret itself is stored")
	}
	for _, bad := range []string{"", "nope", secret + "x", "kga_" + strings.Repeat("A", 43)} {
		_, err := e.Lookup(e.ctx, bad)
		wantCode(t, "Lookup("+bad+")", err, kg.EUNAUTHORIZED)
	}
	must(t, "revoke", e.RevokeKey(e.ctx, k.ID))
	_, err = e.Lookup(e.ctx, secret)
	wantCode(t, "lookup of a revoked key", err, kg.EUNAUTHORIZED)
	wantCode(t, "second revoke", e.RevokeKey(e.ctx, k.ID), kg.ENOTFOUND)
	wantCode(t, "revoke of an unknown key", e.RevokeKey(e.ctx, "key_nope"), kg.ENOTFOUND)
	if has, err := e.HasKeys(e.ctx); !has || err != nil {
		t.Fatalf("HasKeys after a revoked key = %v, %v; a revoked key still ends local mode", has, err)
	}
	keys, err := e.ListKeys(e.ctx)
	if err != nil || len(keys) != 1 || keys[0].RevokedAt == nil {
		t.Fatalf("list = %+v, %v; want the revoked key listed as revoked", keys, err)
	}
}

func testKeyFields(t *testing.T, e *env) {
	_, _, err := e.CreateKey(e.ctx, auth.KeySpec{Scopes: []string{"root"}})
	wantCode(t, "unknown scope", err, kg.EINVALID)
	spec := auth.KeySpec{Name: "shop widget", Scopes: []string{auth.ScopeChat, auth.ScopeIngest}, Clearance: kg.Partner,
		Origins: []string{"https://shop.example", "http://localhost:3000"}, RatePerMin: 30, DailyTokens: 5000}
	before := e.now().Add(-time.Second)
	k, _, err := e.CreateKey(e.ctx, spec)
	must(t, "create", err)
	e.advance(time.Second) // the later key lists first
	plain, _, err := e.CreateKey(e.ctx, auth.KeySpec{Scopes: []string{auth.ScopeAdmin}})
	must(t, "create", err)
	if plain.Name != plain.ID {
		t.Errorf("unnamed key is named %q, want its id", plain.Name)
	}
	keys, err := e.ListKeys(e.ctx)
	if err != nil || len(keys) != 2 || keys[0].ID != plain.ID || keys[1].ID != k.ID {
		t.Fatalf("list = %+v, %v; want newest first", keys, err)
	}
	got := keys[1]
	if got.Name != spec.Name || !slices.Equal(got.Scopes, spec.Scopes) || got.Clearance != spec.Clearance ||
		!slices.Equal(got.Origins, spec.Origins) || got.RatePerMin != 30 || got.DailyTokens != 5000 || got.RevokedAt != nil {
		t.Errorf("stored key %+v, want %+v", got, spec)
	}
	if got.CreatedAt.Before(before.Truncate(time.Second)) || got.CreatedAt.After(e.now()) {
		t.Errorf("created at %v, want about %v", got.CreatedAt, before)
	}
}

func testWidgetOrigins(t *testing.T, e *env) {
	if e.OriginAllowed(e.ctx, "https://shop.example") {
		t.Fatal("an origin is allowed with no keys")
	}
	k, _, err := e.CreateKey(e.ctx, auth.KeySpec{Scopes: []string{auth.ScopeChat}, Origins: []string{"https://shop.example"}})
	must(t, "create", err)
	if !e.OriginAllowed(e.ctx, "https://shop.example") || e.OriginAllowed(e.ctx, "https://evil.example") {
		t.Fatal("origin check does not follow the widget key")
	}
	must(t, "revoke", e.RevokeKey(e.ctx, k.ID))
	if e.OriginAllowed(e.ctx, "https://shop.example") {
		t.Fatal("a revoked widget key still allows its origin")
	}
}

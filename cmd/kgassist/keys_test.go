package main

import (
	"bytes"
	"context"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// TestKeysCommandAndLocalMode creates, uses and revokes a key through the
// CLI, and checks that a loopback server stops serving keyless requests
// once a key exists.
func TestKeysCommandAndLocalMode(t *testing.T) {
	dir := t.TempDir()
	store := "sqlite://" + filepath.Join(dir, "kg.db")
	var created struct {
		Key    struct{ ID string }
		Secret string
	}
	runJSON(t, &created, "keys", "create", "--store", store, "--scope", "chat", "--clearance", "internal", "--json")
	if !strings.HasPrefix(created.Secret, "kga_") {
		t.Fatalf("created secret %q", created.Secret)
	}
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"keys", "create", "--store", store, "--scope", "root"}, nil, &out, &errb); code != 2 {
		t.Fatalf("unknown scope: exit %d", code)
	}

	m := serve(t, Config{Store: store})
	get := func(secret string) int {
		req, _ := http.NewRequest("GET", m.URL()+"/v1/me", nil)
		if secret != "" {
			req.Header.Set("Authorization", "Bearer "+secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if get("") != 401 || get(created.Secret) != 200 {
		t.Fatalf("keyless %d, keyed %d", get(""), get(created.Secret))
	}
	out.Reset()
	if code := run(context.Background(), []string{"keys", "revoke", "--store", store, created.Key.ID}, nil, &out, &errb); code != 0 {
		t.Fatalf("revoke: exit %d %s", code, errb.String())
	}
	if got := get(created.Secret); got != 401 {
		t.Fatalf("revoked key on a running server: %d", got)
	}
	out.Reset()
	run(context.Background(), []string{"keys", "list", "--store", store}, nil, &out, &errb)
	if !strings.Contains(out.String(), created.Key.ID) || !strings.Contains(out.String(), "revoked") {
		t.Fatalf("list = %s", out.String())
	}
}

// A chat key created without --rate gets the default rate; --rate 0 is an
// explicit choice of no limit.
func TestNewChatKeysHaveADefaultRate(t *testing.T) {
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
	for args, want := range map[string]int{"": defaultChatRate, "--rate 0": 0, "--rate 5/min": 5} {
		var created struct {
			Key struct {
				RatePerMin int `json:"rate_per_min"`
			}
		}
		runJSON(t, &created, append([]string{"keys", "create", "--store", store, "--scope", "chat", "--json"}, strings.Fields(args)...)...)
		if created.Key.RatePerMin != want {
			t.Errorf("keys create %s: rate %d, want %d", args, created.Key.RatePerMin, want)
		}
	}
}

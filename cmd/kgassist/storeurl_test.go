package main

import (
	"context"
	"testing"

	"github.com/kgassist/kgassist/internal/neo4jtest"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
)

// Every command reads --store through parseStore; a scheme it does not
// know is refused, naming the ones it does.
func TestParseStore(t *testing.T) {
	for raw, want := range map[string]storeURL{
		"sqlite://data/kg.db":      {raw: "sqlite://data/kg.db", path: "data/kg.db"},
		"bolt://127.0.0.1:7687":    {raw: "bolt://127.0.0.1:7687", neo4j: true},
		"neo4j+s://graph.example":  {raw: "neo4j+s://graph.example", neo4j: true},
		"bolt+s://graph.example:1": {raw: "bolt+s://graph.example:1", neo4j: true},
	} {
		if got, err := parseStore(raw); err != nil || got != want {
			t.Errorf("parseStore(%q) = %+v, %v; want %+v", raw, got, err, want)
		}
	}
	for _, raw := range []string{"data/kg.db", "postgres://x", "http://127.0.0.1:7474"} {
		if _, err := parseStore(raw); kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("parseStore(%q) = %v, want invalid", raw, err)
		}
	}
}

// A process holds one Neo4j driver: the auth data rides on the graph
// store's, so closing the store leaves auth without connections.
func TestAuthSharesTheGraphStoresDriver(t *testing.T) {
	srv := neo4jtest.Empty(t)
	ctx := context.Background()
	st, err := openStore(ctx, srv.URI, hashembed.New(0))
	if err != nil {
		t.Fatal(err)
	}
	db, err := openAuth(ctx, Config{Store: srv.URI, DataDir: t.TempDir()}, st)
	if err != nil {
		st.Close()
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := db.Ping(ctx); err == nil {
		t.Fatal("auth still answers after the graph store closed its driver: it opened a second one")
	}
}

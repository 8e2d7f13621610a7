package neo4j

import (
	"context"
	"os"
	"testing"

	"github.com/kgassist/kgassist/internal/neo4jtest"
)

// testDims is the embedding size the tests use.
const testDims = 4

// testConfig reads the server from the environment. Without a server the
// tests skip, except in CI, where a skipped Neo4j test would hide a broken
// store, so they fail.
func testConfig(t testing.TB) Config {
	t.Helper()
	srv := neo4jtest.Require(t) // also takes the lock other packages' Neo4j tests share
	return Config{
		URI:          srv.URI,
		User:         srv.User,
		Password:     srv.Password,
		Database:     os.Getenv("KGASSIST_NEO4J_DATABASE"),
		Dimensions:   testDims,
		EmbedderName: "test",
	}
}

// openEmpty opens a store on an emptied database. Tests share one server,
// so the package's tests must not run in parallel.
func openEmpty(t testing.TB, cfg Config) *Store {
	t.Helper()
	ctx := context.Background()
	testServer(cfg).Wipe(t)
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// testServer is the server cfg names, for the helpers tests share with
// other packages.
func testServer(cfg Config) neo4jtest.Server {
	return neo4jtest.Server{URI: cfg.URI, User: cfg.User, Password: cfg.Password, Database: dbName(cfg)}
}

func dbName(cfg Config) string {
	if cfg.Database == "" {
		return "neo4j"
	}
	return cfg.Database
}

// counts returns the number of graph nodes (not the store's own
// metadata) and relationships in the database.
func counts(t testing.TB, s *Store) (nodes, rels int64) {
	t.Helper()
	recs, err := s.read(context.Background(), "test", `CALL { MATCH (n) WHERE NOT n:KgMeta RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
RETURN nodes, rels`, nil)
	if err != nil {
		t.Fatal(err)
	}
	return recs[0].Values[0].(int64), recs[0].Values[1].(int64)
}

package neo4j

import (
	"context"
	"os"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

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

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// openEmpty opens a store on an emptied database. Tests share one server,
// so the package's tests must not run in parallel.
func openEmpty(t testing.TB, cfg Config) *Store {
	t.Helper()
	ctx := context.Background()
	wipe(t, cfg)
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// wipe deletes every node and the vector index, whose size a test may change.
func wipe(t testing.TB, cfg Config) {
	t.Helper()
	ctx := context.Background()
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(ctx)
	sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: dbName(cfg)})
	defer sess.Close(ctx)
	for _, stmt := range []string{
		// Relationships first: a large graph's nodes detached 10,000 at a
		// time with all their relationships exhaust transaction memory.
		"MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
		"DROP INDEX " + chunkVectorIndex + " IF EXISTS",
	} {
		res, err := sess.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			t.Fatalf("wipe: %v", err)
		}
	}
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

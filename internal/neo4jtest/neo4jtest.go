// Package neo4jtest gives tests in any package the shared Neo4j server that
// scripts/neo4j.sh starts: its address from the environment, a lock so
// packages tested in parallel take turns on the one database, and a wipe.
package neo4jtest

import (
	"context"
	"os"
	"testing"

	"github.com/kgassist/kgassist/internal/machinelock"
	"github.com/kgassist/kgassist/internal/testenv"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Server is where the test server listens.
type Server struct {
	URI, User, Password, Database string
}

// Require returns the server, skipping the test when none is configured,
// or failing it under CI, where a skipped Neo4j test would hide a broken
// store. It holds the cross-process lock until the test ends.
func Require(t testing.TB) Server {
	t.Helper()
	uri := testenv.Require(t, "KGASSIST_NEO4J_URI", "start Neo4j with scripts/neo4j.sh start")
	machinelock.Hold(t, "neo4j-test")
	s := Server{URI: uri, User: envOr("KGASSIST_NEO4J_USER", "neo4j"), Password: envOr("KGASSIST_NEO4J_PASSWORD", "kgassist-dev"), Database: envOr("KGASSIST_NEO4J_DATABASE", "neo4j")}
	t.Setenv("KGASSIST_NEO4J_USER", s.User)
	t.Setenv("KGASSIST_NEO4J_PASSWORD", s.Password)
	return s
}

// Empty is Require with the database wiped, for a test that starts from
// nothing.
func Empty(t testing.TB) Server {
	t.Helper()
	s := Require(t)
	s.Wipe(t)
	return s
}

// Wipe deletes every node and every index and constraint, so a store opens
// on an empty database with its own schema.
func (s Server) Wipe(t testing.TB) {
	t.Helper()
	ctx := context.Background()
	sess := s.driver(t).NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.Database})
	defer sess.Close(ctx)
	// Auto-commit: CALL ... IN TRANSACTIONS refuses a managed transaction.
	run := func(cypher string) []*neo4j.Record {
		res, err := sess.Run(ctx, cypher, nil)
		if err != nil {
			t.Fatalf("wipe: %v", err)
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			t.Fatalf("wipe: %v", err)
		}
		return recs
	}
	// Relationships first, in bounded transactions: detaching a large
	// graph's nodes 10,000 at a time with all their relationships ran the
	// server out of transaction memory.
	run("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS")
	run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
	// The search indexes go too: Lucene keeps deleted documents in its
	// term statistics until segments merge, so a fulltext index that
	// outlived a wipe ranks the next graph by the graphs before it.
	for _, r := range run("SHOW INDEXES YIELD name, type WHERE type IN ['VECTOR', 'FULLTEXT'] RETURN name") {
		name, _ := r.Get("name")
		run("DROP INDEX `" + name.(string) + "` IF EXISTS")
	}
}

// Query runs one statement on the test database and returns its records.
func (s Server) Query(t testing.TB, cypher string, params map[string]any) []*neo4j.Record {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), s.driver(t), cypher, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database))
	if err != nil {
		t.Fatal(err)
	}
	return res.Records
}

// driver connects to the server until the test ends.
func (s Server) driver(t testing.TB) neo4j.DriverWithContext {
	t.Helper()
	d, err := neo4j.NewDriverWithContext(s.URI, neo4j.BasicAuth(s.User, s.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return d
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

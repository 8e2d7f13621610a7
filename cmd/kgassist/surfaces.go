package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/auth"
	neo4jauth "github.com/kgassist/kgassist/auth/neo4j"
	authsqlite "github.com/kgassist/kgassist/auth/sqlite"
	"github.com/kgassist/kgassist/kg"
)

// dataDir is the folder beside the graph data that holds auth.db and the
// files of unfinished upload jobs.
func dataDir(cfg Config) string {
	if cfg.DataDir != "" {
		return cfg.DataDir
	}
	if u, err := parseStore(cfg.Store); err == nil && !u.neo4j {
		return filepath.Dir(u.path)
	}
	return defaultDataDir
}

// openAuth opens where keys, conversations, jobs and the audit log live:
// with a Neo4j store, the same database, so that replicas behind a load
// balancer share them; otherwise auth.db in the data folder. The files of
// an unfinished upload job are in the data folder either way, so a job
// resumes on the replica that received them, named by its host and data
// folder. With the graph store open (st, or nil) its Neo4j driver is
// shared, so a process holds one.
func openAuth(ctx context.Context, cfg Config, st kg.Store) (auth.Backend, error) {
	u, err := parseStore(cfg.Store)
	if err != nil {
		return nil, err
	}
	if !u.neo4j {
		return authsqlite.Open(ctx, filepath.Join(dataDir(cfg), "auth.db"))
	}
	var shared neo4j.DriverWithContext
	if d, ok := st.(interface {
		Driver() neo4j.DriverWithContext
	}); ok {
		shared = d.Driver()
	}
	host, _ := os.Hostname()
	dir, err := filepath.Abs(dataDir(cfg))
	if err != nil {
		return nil, kg.WrapCode(kg.EINVALID, "open auth", err)
	}
	return neo4jauth.Open(ctx, neo4jauth.Config{
		URI: cfg.Store, User: envOr("KGASSIST_NEO4J_USER", "neo4j"), Password: os.Getenv("KGASSIST_NEO4J_PASSWORD"),
		// A database of its own (Neo4j Enterprise) keeps the audit log and
		// key hashes out of reach of free Cypher over the graph.
		Database: envOr("KGASSIST_NEO4J_AUTH_DATABASE", envOr("KGASSIST_NEO4J_DATABASE", "neo4j")), Replica: host + ":" + dir,
		Driver: shared,
	})
}

// localMode decides whether keyless requests are served: only on a
// loopback address, and then either because the operator asked or because
// no key was ever created.
func localMode(ctx context.Context, db auth.Backend, addr string, insecureLocal bool) (bool, error) {
	loopback := isLoopbackAddr(addr)
	if insecureLocal && !loopback {
		return false, kg.Errorf(kg.EINVALID, "--insecure-local needs a loopback --addr (127.0.0.1:PORT), not %s", addr)
	}
	if !loopback {
		return false, nil
	}
	has, err := db.HasKeys(ctx)
	return insecureLocal || !has, err
}

func isLoopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func warnKeyless(local bool, addr string) {
	if !local {
		fmt.Fprintf(os.Stderr, "kgassist: every request on %s needs an API key (kgassist keys create)\n", addr)
	}
}

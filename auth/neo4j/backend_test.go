package neo4jauth_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth/authtest"
	neo4jauth "github.com/kgassist/kgassist/auth/neo4j"
	"github.com/kgassist/kgassist/internal/neo4jtest"
)

func TestNeo4jBackend(t *testing.T) {
	srv := neo4jtest.Require(t)
	authtest.Run(t, func(t *testing.T, now func() time.Time) authtest.Subject {
		srv.Wipe(t)
		return authtest.Subject{Backend: open(t, srv, "replica-a", now), Stored: func(t *testing.T) string { return dump(t, srv) }}
	})
}

func open(t *testing.T, srv neo4jtest.Server, replica string, now func() time.Time) *neo4jauth.Backend {
	t.Helper()
	b, err := neo4jauth.Open(context.Background(), neo4jauth.Config{URI: srv.URI, User: srv.User, Password: srv.Password,
		Database: srv.Database, Replica: replica, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// dump is every property of every node the backend wrote, as text.
func dump(t *testing.T, srv neo4jtest.Server) string {
	t.Helper()
	recs := srv.Query(t, `MATCH (n) WHERE any(l IN labels(n) WHERE l STARTS WITH 'Kga')
RETURN labels(n), properties(n)`, nil)
	if len(recs) == 0 {
		t.Fatal("no Kga nodes: the dump would prove nothing")
	}
	var out string
	for _, r := range recs {
		out += fmt.Sprint(r.Values...) + "\n"
	}
	return out
}

func neo4jauthOpen(ctx context.Context, uri string) (*neo4jauth.Backend, error) {
	return neo4jauth.Open(ctx, neo4jauth.Config{URI: uri, User: "neo4j", Password: "x"})
}

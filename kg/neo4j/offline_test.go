package neo4j

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// These tests need no server.

func TestOpenUnreachableIsUnavailable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, err := Open(ctx, Config{URI: "bolt://127.0.0.1:1", User: "neo4j", Password: "x"})
	if kg.ErrorCode(err) != kg.EUNAVAILABLE {
		t.Fatalf("Open on a closed port: %v (code %s); want %s", err, kg.ErrorCode(err), kg.EUNAVAILABLE)
	}
	if !strings.Contains(err.Error(), "neo4j unavailable") {
		t.Errorf("message %q does not say the database is unavailable", err)
	}
}

func TestLuceneQuery(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Pump P-100 leak", `"pump" OR "p\-100" OR "leak"`},
		{"叶轮磨损", `"叶轮" OR "轮磨" OR "磨损"`},
		{"泵", `泵*`},
		{`" OR 1=1`, `"or" OR "1"`},
		{`+a -b && c || !d (e) {f} [g] ^h "i" ~j *k ?l m:n \ /o/`, `"a" OR "b" OR "c" OR "d" OR "e" OR "f" OR "g" OR "h" OR "i" OR "j" OR "k" OR "l" OR "m" OR "n" OR "o"`},
		{"AND OR NOT", `"and" OR "or" OR "not"`},
		{"*?~", ``},
	}
	for _, c := range cases {
		if got := luceneQuery(c.in); got != c.want {
			t.Errorf("luceneQuery(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestEscapeTerm(t *testing.T) {
	if got, want := escapeTerm(`a"b\c/d:e`), `a\"b\\c\/d\:e`; got != want {
		t.Errorf("escapeTerm = %q; want %q", got, want)
	}
}

// A driver error that arrives once the caller's deadline has passed is a
// timeout, whatever the driver calls it: to the driver a read that timed
// out is a lost connection.
func TestDeadlineIsTimeout(t *testing.T) {
	lost := &neo4j.ConnectivityError{Inner: errors.New("Timeout while reading from connection")}
	expired, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Millisecond))
	defer cancel()
	cases := []struct {
		name string
		ctx  context.Context
		want string
	}{
		{"deadline passed", expired, kg.ETIMEOUT},
		{"no deadline", context.Background(), kg.EUNAVAILABLE},
	}
	for _, c := range cases {
		if got := kg.ErrorCode(mapCtxErr(c.ctx, "op", lost)); got != c.want {
			t.Errorf("%s: mapCtxErr code %s; want %s", c.name, got, c.want)
		}
		if got := kg.ErrorCode(cypherErr(c.ctx, "op", lost)); got != c.want {
			t.Errorf("%s: cypherErr code %s; want %s", c.name, got, c.want)
		}
	}
}

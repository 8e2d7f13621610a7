package neo4j

import (
	"context"
	"strings"
	"testing"
	"time"

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

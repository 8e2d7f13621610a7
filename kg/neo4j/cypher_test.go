package neo4j

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

const hostileTimeout = 2 * time.Second

// TestReadCypherHostile runs the whole hostile corpus against the live
// server: every query is refused or bounded, none changes the graph, and
// no error repeats the query. Entries marked write are run a second time
// past the static check, so the server's own refusal is proven too.
func TestReadCypherHostile(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	seed(t, s)
	nodes, rels := counts(t, s)
	for _, h := range loadHostile(t) {
		t.Run(h.Name, func(t *testing.T) {
			q := kg.CypherQuery{Text: h.Text, Clearance: kg.Internal, MaxRows: 10, Timeout: hostileTimeout}
			start := time.Now()
			res, err := s.ReadCypher(context.Background(), q)
			checkHostile(t, h, q, res, err, time.Since(start))
			if h.Expect == "write" {
				_, err := s.runReadOnly(context.Background(), "test", q.Bounded())
				if err == nil {
					t.Errorf("the server ran a write past the static check")
				}
				checkRefusal(t, h, err)
			}
			if n, r := counts(t, s); n != nodes || r != rels {
				t.Fatalf("graph changed: %d nodes, %d relationships; want %d, %d", n, r, nodes, rels)
			}
		})
	}
}

func checkHostile(t *testing.T, h hostileQuery, q kg.CypherQuery, res *kg.CypherResult, err error, took time.Duration) {
	t.Helper()
	if h.Expect != "bounded" {
		if err == nil {
			t.Fatalf("ran; want refused. Rows: %v", res.Rows)
		}
		checkRefusal(t, h, err)
		return
	}
	// The store promises an end by the client deadline plus a bounded
	// rollback; a second more covers scheduling on a loaded machine.
	if limit := q.Timeout + clientGrace + closeGrace + time.Second; took > limit {
		t.Errorf("took %v; the timeout is %v, so at most %v", took, q.Timeout, limit)
	}
	switch {
	case err != nil && kg.ErrorCode(err) != kg.ETIMEOUT && kg.ErrorCode(err) != kg.ETOOLARGE:
		t.Errorf("error %v (code %s); want a timeout, too large, or a truncated result", err, kg.ErrorCode(err))
	case err == nil && !res.Truncated:
		t.Errorf("%d rows, not truncated; want a truncated result", len(res.Rows))
	case err == nil && len(res.Rows) > q.MaxRows:
		t.Errorf("%d rows; MaxRows is %d", len(res.Rows), q.MaxRows)
	case err == nil && len(mustJSON(res.Rows)) > kg.MaxCypherResultBytes:
		t.Errorf("%d bytes of rows; the limit is %d", len(mustJSON(res.Rows)), kg.MaxCypherResultBytes)
	}
	if err != nil {
		checkNoEcho(t, h, err)
	}
}

func checkRefusal(t *testing.T, h hostileQuery, err error) {
	t.Helper()
	if code := kg.ErrorCode(err); code != kg.EFORBIDDEN && code != kg.EINVALID {
		t.Errorf("error %v has code %s; want forbidden or invalid", err, code)
	}
	checkNoEcho(t, h, err)
}

func checkNoEcho(t *testing.T, h hostileQuery, err error) {
	t.Helper()
	for _, msg := range []string{err.Error(), kg.ErrorMessage(err)} {
		if echoesQuery(msg, h.Text) {
			t.Errorf("error message repeats the query: %q", msg)
		}
	}
}

// TestReadCypherClientDeadline: a caller's deadline shorter than the
// query's own timeout ends the query, and the error says timeout, not
// that the server is unavailable.
func TestReadCypherClientDeadline(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	seed(t, s)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	q := kg.CypherQuery{Text: "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)", Clearance: kg.Internal, MaxRows: 10, Timeout: 30 * time.Second}
	_, err := s.ReadCypher(ctx, q)
	if kg.ErrorCode(err) != kg.ETIMEOUT {
		t.Fatalf("error %v (code %s); want %s", err, kg.ErrorCode(err), kg.ETIMEOUT)
	}
}

// TestReadCypherBOM asks the structural questions engineers ask in
// Cypher: a BOM's children and where a part is used.
func TestReadCypherBOM(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	seed(t, s)
	pump, seal := kg.EntityID(kg.Product, "Pump P-100"), kg.EntityID(kg.Part, "Mechanical seal")
	children := readRows(t, s, "MATCH (p:Entity {id: $id})-[:HAS_PART]->(c:Entity) RETURN c.id AS child ORDER BY child", map[string]any{"id": pump})
	if want := [][]any{{seal}}; !equalJSON(children.Rows, want) || !slices.Equal(children.Columns, []string{"child"}) {
		t.Errorf("children of %s: %v %v; want %v", pump, children.Columns, children.Rows, want)
	}
	used := readRows(t, s, "MATCH (p:Entity)-[:HAS_PART]->(:Entity {id: $id}) RETURN p.name AS parent", map[string]any{"id": seal})
	if want := [][]any{{"Pump P-100"}}; !equalJSON(used.Rows, want) {
		t.Errorf("where-used of %s: %v; want %v", seal, used.Rows, want)
	}
	none := readRows(t, s, "MATCH (p:Entity)-[:HAS_PART]->(:Entity {id: $id}) RETURN p.name", map[string]any{"id": pump})
	if len(none.Rows) != 0 || none.Truncated {
		t.Errorf("where-used of the top product: %v", none.Rows)
	}
}

// TestReadCypherValues checks nodes come back without vectors and search
// text, and that paths and relationships are JSON objects.
func TestReadCypherValues(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	seed(t, s)
	res := readRows(t, s, "MATCH (c:Chunk) RETURN c LIMIT 1", nil)
	node, _ := res.Rows[0][0].(map[string]any)
	props, _ := node["props"].(map[string]any)
	if props["text"] == nil || props["embedding"] != nil || props["seg"] != nil {
		t.Errorf("chunk node: %v; want text without embedding or seg", node)
	}
	res = readRows(t, s, "MATCH p = (:Entity)-[:HAS_PART]->(:Entity) RETURN p, relationships(p)[0] AS r", nil)
	b, err := json.Marshal(res.Rows)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"relationships":[{`, `"type":"HAS_PART"`, `"labels":[`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("path row %s lacks %s", b, want)
		}
	}
}

func TestReadCypherTruncates(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	for _, tc := range []struct {
		max, rows int
		truncated bool
	}{{10, 10, true}, {50, 50, false}, {60, 50, false}} {
		res, err := s.ReadCypher(context.Background(), kg.CypherQuery{Text: "UNWIND range(1, 50) AS i RETURN i", Clearance: kg.Internal, MaxRows: tc.max})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) != tc.rows || res.Truncated != tc.truncated {
			t.Errorf("MaxRows %d: %d rows, truncated %v; want %d, %v", tc.max, len(res.Rows), res.Truncated, tc.rows, tc.truncated)
		}
	}
}

// TestReadCypherClearance: below internal is refused; at internal, a graph
// holding a restricted document is refused too, since a free query could
// read it; restricted clearance may query it.
func TestReadCypherClearance(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	ctx := context.Background()
	seed(t, s)
	count := "MATCH (d:Document) RETURN count(d)"
	for _, c := range []kg.Audience{kg.Public, kg.Partner, kg.Audience(-1), kg.Audience(9)} {
		_, err := s.ReadCypher(ctx, kg.CypherQuery{Text: count, Clearance: c})
		if kg.ErrorCode(err) != kg.EFORBIDDEN {
			t.Errorf("clearance %d: err %v; want forbidden", c, err)
		}
	}
	if res := readRows(t, s, count, nil); !equalJSON(res.Rows, [][]any{{2}}) {
		t.Errorf("internal caller on a graph without restricted documents: %v", res.Rows)
	}
	write(t, s, kg.Document{URI: "file:///secret.md", SHA256: "r1", Audience: kg.Restricted},
		[]kg.Chunk{{Ordinal: 0, Text: "Secret recipe.", Embedding: []float32{0, 0, 0, 1}}},
		func(kg.Document) ([]kg.Entity, []kg.Relation) { return nil, nil })
	_, err := s.ReadCypher(ctx, kg.CypherQuery{Text: count, Clearance: kg.Internal})
	if kg.ErrorCode(err) != kg.EFORBIDDEN {
		t.Errorf("internal caller on a graph with a restricted document: err %v; want forbidden", err)
	}
	res, err := s.ReadCypher(ctx, kg.CypherQuery{Text: count, Clearance: kg.Restricted})
	if err != nil || !equalJSON(res.Rows, [][]any{{3}}) {
		t.Errorf("restricted caller: %v, %v; want 3 documents", res, err)
	}
}

func readRows(t *testing.T, s *Store, q string, params map[string]any) *kg.CypherResult {
	t.Helper()
	res, err := s.ReadCypher(context.Background(), kg.CypherQuery{Text: q, Params: params, Clearance: kg.Internal})
	if err != nil {
		t.Fatalf("ReadCypher(%q): %v", q, err)
	}
	if res.QueryType != "r" {
		t.Errorf("query type %q", res.QueryType)
	}
	return res
}

// equalJSON compares as JSON, so int64 and int rows compare equal.
func equalJSON(a, b any) bool {
	return fmt.Sprint(mustJSON(a)) == fmt.Sprint(mustJSON(b))
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestReadTransactionRefusesWrites proves the third safeguard alone: with
// the static check and EXPLAIN both skipped, the read access-mode
// transaction still refuses to write.
func TestReadTransactionRefusesWrites(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	seed(t, s)
	nodes, rels := counts(t, s)
	for _, h := range loadHostile(t) {
		if h.Expect != "write" || !strings.HasPrefix(h.Text, "MATCH") && !strings.HasPrefix(h.Text, "CREATE (") {
			continue
		}
		q := kg.CypherQuery{Text: h.Text, Clearance: kg.Internal}.Bounded()
		_, err := s.inReadTx(context.Background(), "test", q, collect)
		if kg.ErrorCode(err) != kg.EFORBIDDEN {
			t.Errorf("%s: read transaction answered %v; want forbidden", h.Name, err)
		}
		checkNoEcho(t, h, err)
	}
	if n, r := counts(t, s); n != nodes || r != rels {
		t.Fatalf("graph changed: %d nodes, %d relationships; want %d, %d", n, r, nodes, rels)
	}
}

// BenchmarkReadCypher compares a where-used query through ReadCypher (the
// static check, the audience check twice, EXPLAIN, the query) with the
// same query run plainly, to show what the safeguards cost.
func BenchmarkReadCypher(b *testing.B) {
	s := openEmpty(b, testConfig(b))
	root, _ := layeredBOM(b, s, 3, 4, 3)
	const q = "MATCH (p:Entity {id: $id})-[:HAS_PART*1..3]->(c:Entity) RETURN c.id AS part LIMIT 200"
	params := map[string]any{"id": root}
	ctx := context.Background()
	b.Run("ReadCypher", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.ReadCypher(ctx, kg.CypherQuery{Text: q, Params: params, Clearance: kg.Internal, MaxRows: 200}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.read(ctx, "bench", q, params); err != nil {
				b.Fatal(err)
			}
		}
	})
}

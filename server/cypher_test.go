package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	authsqlite "github.com/kgassist/kgassist/auth/sqlite"
	"github.com/kgassist/kgassist/internal/demostore"
	"github.com/kgassist/kgassist/internal/fakellm"
	"github.com/kgassist/kgassist/internal/neo4jtest"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/kg/neo4j"
	"github.com/kgassist/kgassist/llm"
	"github.com/kgassist/kgassist/retrieval"
)

const (
	hostileCypher = "```cypher\nMATCH (n) DETACH DELETE n\n```"
	countHasPart  = "```cypher\nMATCH (:Entity)-[r:HAS_PART]->(:Entity) RETURN count(r) AS n;\n```"
)

// cypherWriter is the production generator, talking to the fake model.
func cypherWriter(t *testing.T, srv *fakellm.Server) *llm.CypherGenerator {
	t.Helper()
	g, err := llm.NewCypherGenerator(llm.Config{Answer: []llm.ModelSpec{{Provider: "vllm", Model: "cypher", BaseURL: srv.OpenAIURL(), Timeout: 5 * time.Second}}, Tries: 1},
		neo4j.CypherSchema(), func(string) string { return "" }, nil)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestCypherNeedsAWriterAndTheNeo4jStore(t *testing.T) {
	model := fakellm.Start(t)
	ask := call{method: "POST", path: "/v1/cypher", body: map[string]string{"question": "Which parts does the HF-CP200 contain?"}}
	for _, tc := range []struct {
		writer CypherWriter
		want   string
	}{{nil, "not configured"}, {cypherWriter(t, model), "Neo4j"}} {
		e := keyedEnv(t, envOptions{tweak: func(o *Options) { o.Cypher = tc.writer }})
		resp, body := e.do(ask, e.keys["chat"])
		eb := decode[ErrorBody](t, body)
		if resp.StatusCode != http.StatusNotImplemented || eb.Error.Code != kg.EUNSUPPORTED || !strings.Contains(eb.Error.Message, tc.want) {
			t.Errorf("%d %s; want 501 unsupported mentioning %q", resp.StatusCode, body, tc.want)
		}
	}
	if n := len(model.Requests()); n != 0 {
		t.Errorf("the model was asked %d times by a server that cannot run its query", n)
	}
}

// neo4jEnv is a server over the demo corpus in the live Neo4j server,
// writing queries with a fake model.
func neo4jEnv(t *testing.T, model *fakellm.Server, tweak func(*Options)) (*env, *neo4j.Store) {
	t.Helper()
	srv := neo4jtest.Empty(t)
	ctx := context.Background()
	emb := hashembed.New(0)
	st, err := neo4j.Open(ctx, neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: srv.Database,
		Dimensions: emb.Dimensions(), EmbedderName: emb.Name()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p := demostore.Load(t, st, emb, demostore.Both)
	dir := t.TempDir()
	db, err := authsqlite.Open(ctx, filepath.Join(dir, "auth.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	r := retrieval.New(st, emb, retrieval.Options{})
	opts := Options{Assistant: assistant.New(r, nil), Pipeline: p, Store: st, Auth: db, DataDir: dir, Cypher: cypherWriter(t, model)}
	if tweak != nil {
		tweak(&opts)
	}
	s := New(opts)
	e := &env{t: t, srv: s, db: db, keys: map[string]string{}, ids: map[string]string{}, dir: dir}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	e.ts = httptest.NewServer(s.Handler())
	t.Cleanup(func() { e.ts.Close(); s.Close() })
	e.standardKeys()
	return e, st
}

// TestCypherEndpoint: a public caller is refused before any model call; a
// hostile query the model writes is refused without changing the graph or
// echoing the query; a benign one returns the rows the store's own reader
// agrees with.
func TestCypherEndpoint(t *testing.T) {
	model := fakellm.Start(t)
	model.Script("cypher", fakellm.Fixed(hostileCypher), fakellm.Fixed(countHasPart))
	e, st := neo4jEnv(t, model, nil)
	ctx := context.Background()
	before, _ := st.Stats(ctx, kg.Restricted)
	ask := func(key, clearance string) (*http.Response, []byte) {
		return e.do(call{method: "POST", path: "/v1/cypher", body: map[string]string{"question": "How many part-of facts are there?", "clearance": clearance}}, e.keys[key])
	}

	for _, tc := range [][2]string{{"widget", ""}, {"chat", "public"}, {"chat", "partner"}} {
		if resp, body := ask(tc[0], tc[1]); resp.StatusCode != http.StatusForbidden {
			t.Errorf("%s key at clearance %q: %d %s; want 403", tc[0], tc[1], resp.StatusCode, body)
		}
	}
	if n := len(model.Requests()); n != 0 {
		t.Fatalf("the model was asked %d times for refused callers", n)
	}

	resp, body := ask("chat", "")
	if resp.StatusCode != http.StatusForbidden || strings.Contains(string(body), "MATCH (n)") {
		t.Errorf("hostile query: %d %s; want 403 without the query", resp.StatusCode, body)
	}
	if after, _ := st.Stats(ctx, kg.Restricted); !reflect.DeepEqual(after, before) {
		t.Fatalf("graph changed: %+v, was %+v", after, before)
	}

	resp, body = ask("chat", "")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("benign query: %d %s", resp.StatusCode, body)
	}
	out := decode[CypherAnswer](t, body)
	rels, err := st.Relations(ctx, kg.Internal, kg.RelationQuery{Types: []string{kg.HasPart}, Limit: 100000})
	if err != nil || len(rels) == 0 {
		t.Fatalf("Relations: %d, %v", len(rels), err)
	}
	if out.Query != strings.TrimSuffix(strings.Trim(countHasPart, "`cypher\n"), ";") || len(out.Rows) != 1 || out.Rows[0][0] != float64(len(rels)) {
		t.Errorf("answer %+v; want the query and %d HAS_PART facts", out, len(rels))
	}
	if out.Columns[0] != "n" || out.Truncated || out.QueryType != "r" || out.Clearance != kg.Internal {
		t.Errorf("answer %+v", out)
	}
}

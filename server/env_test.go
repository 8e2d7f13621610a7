package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/auth"
	authsqlite "github.com/kgassist/kgassist/auth/sqlite"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/internal/demostore"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/llm"
	"github.com/kgassist/kgassist/retrieval"
)

const demoRoot = "../examples/demo"

// env is a server over the demo corpus with a set of keys.
type env struct {
	t    *testing.T
	srv  *Server
	ts   *httptest.Server
	db   *authsqlite.DB
	keys map[string]string // name → secret
	ids  map[string]string // name → key id
	dir  string
}

func demoStore(t *testing.T, dir string) (kg.Store, *ingest.Pipeline, *retrieval.Retriever) {
	t.Helper()
	st, emb := demostore.SQLite(t, dir)
	p := demostore.Load(t, st, emb, demostore.Both)
	return st, p, retrieval.New(st, emb, retrieval.Options{})
}

type envOptions struct {
	local  bool
	tweak  func(*Options)
	static http.Handler
}

func newEnv(t *testing.T, o envOptions) *env {
	t.Helper()
	dir := t.TempDir()
	st, p, r := demoStore(t, dir)
	db, err := authsqlite.Open(context.Background(), filepath.Join(dir, "auth.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	opts := Options{Assistant: assistant.New(r, nil), Pipeline: p, Store: st, Auth: db, Local: o.local,
		Rewriter: &llm.Rewriter{}, DataDir: dir, OnChange: r.Invalidate, Static: o.static}
	if o.tweak != nil {
		o.tweak(&opts)
	}
	s := New(opts)
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(func() { ts.Close(); s.Close() })
	e := &env{t: t, srv: s, ts: ts, db: db, keys: map[string]string{}, ids: map[string]string{}, dir: dir}
	return e
}

func (e *env) key(name string, spec auth.KeySpec) string {
	e.t.Helper()
	k, secret, err := e.db.CreateKey(context.Background(), spec)
	if err != nil {
		e.t.Fatal(err)
	}
	e.keys[name], e.ids[name] = secret, k.ID
	return secret
}

// standardKeys are one key per role, plus a revoked one.
// keyedEnv is newEnv with the standard keys made.
func keyedEnv(t *testing.T, o envOptions) *env {
	t.Helper()
	e := newEnv(t, o)
	e.standardKeys()
	return e
}

func (e *env) standardKeys() {
	e.key("widget", auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Public, Origins: []string{"https://shop.example"}})
	e.key("chat", auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Internal})
	e.key("ingest", auth.KeySpec{Scopes: []string{auth.ScopeIngest}, Clearance: kg.Internal})
	e.key("admin", auth.KeySpec{Scopes: []string{auth.ScopeAdmin}, Clearance: kg.Restricted})
	e.key("revoked", auth.KeySpec{Scopes: []string{auth.ScopeAdmin}, Clearance: kg.Restricted})
	if err := e.db.RevokeKey(context.Background(), e.ids["revoked"]); err != nil {
		e.t.Fatal(err)
	}
}

type call struct {
	method, path string
	body         any // JSON body, or *multipartBody
	headers      map[string]string
}

type multipartBody struct {
	fields map[string]string
	files  map[string]string // name → content
}

func (m *multipartBody) encode() (io.Reader, string) {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for k, v := range m.fields {
		w.WriteField(k, v)
	}
	for name, content := range m.files {
		fw, _ := w.CreateFormFile("file", name)
		io.WriteString(fw, content)
	}
	w.Close()
	return &b, w.FormDataContentType()
}

// do sends c with the given key (raw header value) and returns the
// response with its body read.
func (e *env) do(c call, secret string) (*http.Response, []byte) {
	e.t.Helper()
	var body io.Reader
	ctype := ""
	switch b := c.body.(type) {
	case nil:
	case *multipartBody:
		body, ctype = b.encode()
	default:
		j, _ := json.Marshal(b)
		body, ctype = bytes.NewReader(j), "application/json"
	}
	req, err := http.NewRequest(c.method, e.ts.URL+c.path, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if secret != "" {
		req.Header.Set("Authorization", "Bearer "+secret)
	}
	for k, v := range c.headers {
		req.Header.Set(k, v)
	}
	if h := c.headers["Host"]; h != "" {
		req.Host = h
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp, out
}

func decode[T any](t *testing.T, b []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return v
}

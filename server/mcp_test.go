package server

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// mcpInitialize is the first message of an MCP session, for the access
// matrix.
var (
	mcpInitialize = map[string]any{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": map[string]any{
		"protocolVersion": "2025-06-18", "capabilities": map[string]any{}, "clientInfo": map[string]any{"name": "test", "version": "1"}}}
	mcpHeaders = map[string]string{"Accept": "application/json, text/event-stream"}
)

// mcpSession is a client session on an MCP server over any transport.
type mcpSession struct {
	t  *testing.T
	cs *mcp.ClientSession
}

func connectMCP(t *testing.T, tr mcp.Transport) *mcpSession {
	t.Helper()
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "kgassist-test", Version: "1"}, nil).Connect(t.Context(), tr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cs.Close() })
	return &mcpSession{t: t, cs: cs}
}

// call runs a tool and decodes its structured result into T.
func callTool[T any](m *mcpSession, tool string, args map[string]any) (T, *mcp.CallToolResult) {
	m.t.Helper()
	var out T
	res, err := m.cs.CallTool(m.t.Context(), &mcp.CallToolParams{Name: tool, Arguments: args})
	if err != nil {
		m.t.Fatalf("%s: %v", tool, err)
	}
	if res.IsError {
		return out, res
	}
	b, _ := json.Marshal(res.StructuredContent)
	if err := json.Unmarshal(b, &out); err != nil {
		m.t.Fatalf("%s: %s: %v", tool, b, err)
	}
	return out, res
}

func textOf(res *mcp.CallToolResult) string {
	var b strings.Builder
	for _, c := range res.Content {
		if tc, ok := c.(*mcp.TextContent); ok {
			b.WriteString(tc.Text)
		}
	}
	return b.String()
}

// inMemoryMCP serves the demo store at clearance over an in-memory pipe.
func inMemoryMCP(t *testing.T, e *env, clearance kg.Audience) *mcpSession {
	srv := NewMCPServer(MCPOptions{Assistant: e.srv.opts.Assistant, Store: e.srv.opts.Store, Clearance: clearance})
	st, ct := mcp.NewInMemoryTransports()
	ss, err := srv.Connect(t.Context(), st, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ss.Close() })
	return connectMCP(t, ct)
}

func TestMCPTools(t *testing.T) {
	e := newEnv(t, envOptions{})
	m := inMemoryMCP(t, e, kg.Public)
	tools, err := m.cs.ListTools(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tool := range tools.Tools {
		names = append(names, tool.Name)
	}
	if slices.Sort(names); strings.Join(names, ",") != "ask,get_entity,search" {
		t.Fatalf("tools = %v", names)
	}

	found, _ := callTool[searchOutput](m, "search", map[string]any{"query": "mechanical seal", "limit": 5})
	if len(found.Passages) == 0 || len(found.Passages) > 5 || len(found.Entities) == 0 {
		t.Fatalf("search = %+v", found)
	}
	for i, p := range found.Passages {
		// Search is retrieval, which expands a query with the glossary:
		// the Chinese manual's 机械密封 passages answer "mechanical seal".
		text := strings.ToLower(p.Text)
		if p.N != i+1 || p.Document.Title == "" || p.ChunkID == "" || !strings.Contains(text, "seal") && !strings.Contains(text, "密封") {
			t.Errorf("passage %+v", p)
		}
	}

	ans, res := callTool[askOutput](m, "ask", map[string]any{"question": "What is the rated voltage of the HF-CP200?"})
	if ans.Abstained || !strings.Contains(ans.Answer, "380") || len(ans.Citations) == 0 || textOf(res) != ans.Answer+sourcesText(ans.Citations) {
		t.Fatalf("ask = %+v, text %q", ans, textOf(res))
	}
	none, _ := callTool[askOutput](m, "ask", map[string]any{"question": "What is the price of tea in Hangzhou in 1820?"})
	if !none.Abstained || len(none.Citations) != 0 {
		t.Errorf("unanswerable question: %+v", none)
	}

	ent, _ := callTool[entityOutput](m, "get_entity", map[string]any{"name": "HF-CP200"})
	if ent.Entity.Type != "Product" || len(ent.Facts) == 0 || len(ent.Sources) == 0 {
		t.Fatalf("get_entity = %+v", ent)
	}
	for _, f := range ent.Facts {
		if f.From.Name == "" || f.To.Name == "" || len(f.Sources) == 0 {
			t.Errorf("fact %+v", f)
		}
		for _, n := range f.Sources {
			if n < 1 || n > len(ent.Sources) {
				t.Errorf("fact %s cites [%d] of %d sources", f.Relation, n, len(ent.Sources))
			}
		}
	}
	byID, _ := callTool[entityOutput](m, "get_entity", map[string]any{"id": ent.Entity.ID})
	if byID.Entity.ID != ent.Entity.ID || len(byID.Facts) != len(ent.Facts) {
		t.Errorf("by id: %+v", byID.Entity)
	}
	if _, res := callTool[entityOutput](m, "get_entity", map[string]any{"id": "Product:nope"}); !res.IsError || !strings.Contains(textOf(res), "no entity") {
		t.Errorf("unknown id: %+v", res)
	}
}

// TestMCPClearance: facts from internal documents reach an internal caller
// and never a public one, through any tool.
func TestMCPClearance(t *testing.T) {
	e := newEnv(t, envOptions{})
	pub, internal := inMemoryMCP(t, e, kg.Public), inMemoryMCP(t, e, kg.Internal)
	checkPublic := func(tool string, passages []assistant.DocRef) {
		for _, d := range passages {
			if doc, err := e.srv.opts.Store.Document(t.Context(), kg.Restricted, d.ID); err != nil || doc.Audience != kg.Public {
				t.Errorf("%s at public clearance returns %s", tool, d.URI)
			}
		}
	}
	for name, m := range map[string]*mcpSession{"public": pub, "internal": internal} {
		ans, _ := callTool[askOutput](m, "ask", map[string]any{"question": internalOnly})
		leaks := strings.Contains(ans.Answer, "45 N")
		if leaks != (name == "internal") {
			t.Errorf("%s caller: %q", name, ans.Answer)
		}
		found, _ := callTool[searchOutput](m, "search", map[string]any{"query": "impeller nut torque"})
		ent, _ := callTool[entityOutput](m, "get_entity", map[string]any{"name": "HF-CP200"})
		if name == "public" {
			checkPublic("ask", docsOfCitations(ans.Citations))
			checkPublic("search", docsOfPassages(found.Passages))
			checkPublic("get_entity", docsOfPassages(ent.Sources))
		} else if !hasInternal(t, e, docsOfPassages(ent.Sources)) {
			t.Errorf("internal caller sees no internal source of HF-CP200")
		}
	}
}

func docsOfCitations(cs []assistant.Citation) []assistant.DocRef {
	var out []assistant.DocRef
	for _, c := range cs {
		out = append(out, c.Document)
	}
	return out
}

func docsOfPassages(ps []Passage) []assistant.DocRef {
	var out []assistant.DocRef
	for _, p := range ps {
		out = append(out, p.Document)
	}
	return out
}

func hasInternal(t *testing.T, e *env, docs []assistant.DocRef) bool {
	for _, d := range docs {
		if doc, err := e.srv.opts.Store.Document(t.Context(), kg.Restricted, d.ID); err == nil && doc.Audience == kg.Internal {
			return true
		}
	}
	return false
}

// bearer adds a kgassist key to every request of the MCP client.
type bearer struct{ secret string }

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.secret)
	return http.DefaultTransport.RoundTrip(r)
}

func httpMCP(e *env, secret string) *mcp.StreamableClientTransport {
	return &mcp.StreamableClientTransport{Endpoint: e.ts.URL + "/mcp", HTTPClient: &http.Client{Transport: bearer{secret}}, MaxRetries: -1}
}

func TestMCPOverHTTPAtTheKeysClearance(t *testing.T) {
	console := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("console")) })
	e := keyedEnv(t, envOptions{static: console})
	for key, leaks := range map[string]bool{"widget": false, "chat": true} {
		m := connectMCP(t, httpMCP(e, e.keys[key]))
		ans, _ := callTool[askOutput](m, "ask", map[string]any{"question": internalOnly})
		if strings.Contains(ans.Answer, "45 N") != leaks || (leaks && len(ans.Citations) == 0) {
			t.Errorf("%s key: %q", key, ans.Answer)
		}
	}
	// No sessions: no standalone stream to open, none to close.
	for _, method := range []string{"GET", "DELETE"} {
		if resp, body := e.do(call{method: method, path: "/mcp", headers: mcpHeaders}, e.keys["chat"]); resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("%s /mcp: %d %s", method, resp.StatusCode, body)
		}
	}
	_, body := e.do(call{method: "GET", path: "/v1/audit"}, e.keys["admin"])
	log := decode[struct{ Audit []auth.AuditEntry }](t, body).Audit
	if len(log) != 2 || log[0].Route != "/mcp" {
		t.Errorf("audit = %s", body)
	}
	for _, secret := range []string{"", "kga_" + strings.Repeat("x", 43), e.keys["ingest"]} {
		cs, err := mcp.NewClient(&mcp.Implementation{Name: "t", Version: "1"}, nil).Connect(t.Context(), httpMCP(e, secret), nil)
		if err == nil {
			cs.Close()
			t.Errorf("connected with key %q", secret)
		}
	}
}

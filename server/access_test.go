package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// endpoint is one route with a request that succeeds (ok) for a caller
// holding scope; "" means any valid key, "none" means no key needed.
type endpoint struct {
	call
	scope string
	ok    int
}

func endpoints() []endpoint {
	upload := func() *multipartBody {
		return &multipartBody{fields: map[string]string{"audience": "public"}, files: map[string]string{"note.md": "# Note\n\nThe HF-CP200 drain plug takes a 17 mm spanner.\n"}}
	}
	q := map[string]string{"question": "What is the rated voltage of the HF-CP200?"}
	return []endpoint{
		{call{method: "GET", path: "/healthz"}, "none", 200},
		{call{method: "GET", path: "/readyz"}, "none", 200},
		{call{method: "GET", path: "/metrics"}, "none", 200},
		{call{method: "GET", path: "/v1/openapi.json"}, "none", 200},
		{call{method: "GET", path: "/v1/me"}, "", 200},
		{call{method: "POST", path: "/v1/ask", body: q}, auth.ScopeChat, 200},
		{call{method: "POST", path: "/v1/retrieve", body: q}, auth.ScopeChat, 200},
		{call{method: "POST", path: "/v1/chat", body: q}, auth.ScopeChat, 200},
		{call{method: "GET", path: "/v1/conversations/conv_nope"}, auth.ScopeChat, 404},
		{call{method: "DELETE", path: "/v1/conversations/conv_nope"}, auth.ScopeChat, 404},
		{call{method: "POST", path: "/v1/feedback", body: map[string]string{"answer_id": "ans_nope", "rating": "up"}}, auth.ScopeChat, 404},
		{call{method: "GET", path: "/v1/feedback"}, auth.ScopeAdmin, 200},
		{call{method: "GET", path: "/v1/audit"}, auth.ScopeAdmin, 200},
		{call{method: "GET", path: "/v1/documents"}, auth.ScopeChat, 200},
		{call{method: "GET", path: "/v1/documents/nope"}, auth.ScopeChat, 404},
		{call{method: "DELETE", path: "/v1/documents/nope"}, auth.ScopeIngest, 404},
		{call{method: "POST", path: "/v1/documents", body: upload()}, auth.ScopeIngest, 200},
		{call{method: "POST", path: "/v1/jobs", body: upload()}, auth.ScopeIngest, 202},
		{call{method: "GET", path: "/v1/jobs/job_nope"}, auth.ScopeIngest, 404},
		{call{method: "GET", path: "/v1/jobs/job_nope/events"}, auth.ScopeIngest, 404},
		{call{method: "DELETE", path: "/v1/jobs/job_nope"}, auth.ScopeIngest, 404},
		{call{method: "GET", path: "/v1/entities?q=HF-CP200"}, auth.ScopeChat, 200},
		{call{method: "GET", path: "/v1/entities/Product:nope"}, auth.ScopeChat, 404},
		{call{method: "GET", path: "/v1/entities/Product:nope/neighbours"}, auth.ScopeChat, 200},
		{call{method: "GET", path: "/v1/path?from=Product:a&to=Product:b"}, auth.ScopeChat, 404},
		{call{method: "GET", path: "/v1/stats"}, auth.ScopeChat, 200},
		// The embedded store cannot run Cypher: 501 once scope and clearance pass.
		{call{method: "POST", path: "/v1/cypher", body: q}, auth.ScopeChat, 501},
		{call{method: "POST", path: "/v1/chat/completions", body: map[string]any{"model": "kgassist",
			"messages": []map[string]string{{"role": "user", "content": q["question"]}}}}, auth.ScopeChat, 200},
		{call{method: "GET", path: "/v1/models"}, auth.ScopeChat, 200},
		{call{method: "POST", path: "/mcp", body: mcpInitialize, headers: mcpHeaders}, auth.ScopeChat, 200},
	}
}

func TestAccessMatrix(t *testing.T) {
	e := keyedEnv(t, envOptions{tweak: func(o *Options) { o.IPRatePerMin = 10000 }})
	bad := map[string]string{
		"missing": "", "garbled": "!!not a key!!", "wrong": "kga_" + strings.Repeat("x", 43), "revoked": e.keys["revoked"],
	}
	scopes := map[string][]string{"chat": {auth.ScopeChat}, "widget": {auth.ScopeChat}, "ingest": {auth.ScopeIngest}, "admin": {auth.ScopeAdmin}}
	cases, refused := 0, 0
	check := func(ep endpoint, who string, resp *http.Response, body []byte, want int) {
		cases++
		if resp.StatusCode != want {
			t.Errorf("%s %s with %s: %d, want %d (%s)", ep.method, ep.path, who, resp.StatusCode, want, body)
			return
		}
		if want == 401 || want == 403 {
			refused++
			if err := onlyAnError(body); err != nil {
				t.Errorf("%s %s with %s: refusal carries more than an error: %v (%s)", ep.method, ep.path, who, err, body)
			}
		}
		if want == 401 && resp.Header.Get("WWW-Authenticate") == "" {
			t.Errorf("%s %s with %s: 401 without WWW-Authenticate", ep.method, ep.path, who)
		}
	}
	for _, ep := range endpoints() {
		for name, secret := range bad {
			want := http.StatusUnauthorized
			if ep.scope == "none" {
				want = ep.ok
			}
			resp, body := e.do(ep.call, secret)
			check(ep, name+" key", resp, body, want)
		}
		for name, held := range scopes {
			want := ep.ok
			k := auth.Key{Scopes: held}
			if ep.scope != "none" && ep.scope != "" && !k.Has(ep.scope) {
				want = http.StatusForbidden
			}
			resp, body := e.do(ep.call, e.keys[name])
			check(ep, name+" key", resp, body, want)
		}
		if ep.scope == "none" {
			continue
		}
		// A widget key used from a page it was not issued for is refused
		// before anything runs, and the browser gets no CORS grant.
		foreign := ep.call
		foreign.headers = map[string]string{"Origin": "https://evil.example"}
		for k, v := range ep.headers {
			foreign.headers[k] = v
		}
		resp, body := e.do(foreign, e.keys["widget"])
		check(ep, "widget key from a foreign origin", resp, body, http.StatusForbidden)
		if resp.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("%s %s: a foreign origin got a CORS grant", ep.method, ep.path)
		}
	}
	t.Logf("%d routes, %d requests, %d refused with an error body and nothing else", len(endpoints()), cases, refused)
}

// onlyAnError checks a refusal's body is an error and nothing more (ours,
// or OpenAI's shape on the OpenAI-compatible routes), so a refused caller
// learns nothing the route would have returned.
func onlyAnError(body []byte) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var eb struct {
		Error struct {
			Code    string  `json:"code"`
			Message string  `json:"message"`
			Type    string  `json:"type"`
			Param   *string `json:"param"`
		} `json:"error"`
	}
	if err := dec.Decode(&eb); err != nil {
		return err
	}
	if eb.Error.Code == "" || len(eb.Error.Message) > 200 {
		return fmt.Errorf("code %q, message of %d bytes", eb.Error.Code, len(eb.Error.Message))
	}
	return nil
}

func TestEveryRouteIsInTheMatrix(t *testing.T) {
	e := newEnv(t, envOptions{})
	covered := map[string]bool{}
	for _, ep := range endpoints() {
		covered[ep.method+" "+routeOf(e, ep.call)] = true
	}
	for _, r := range e.srv.e.Routes() {
		if strings.HasPrefix(r.Path, "/v1/") && !strings.HasSuffix(r.Path, "*") && r.Method != "echo_route_not_found" && !covered[r.Method+" "+r.Path] {
			t.Errorf("route %s %s is not in the access matrix", r.Method, r.Path)
		}
	}
}

// routeOf resolves a request path to its route pattern.
func routeOf(e *env, c call) string {
	path, _, _ := strings.Cut(c.path, "?")
	ctx := e.srv.e.NewContext(nil, nil)
	e.srv.e.Router().Find(c.method, path, ctx)
	return ctx.Path()
}

func TestClearanceNeverAboveTheKey(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	for _, c := range []call{
		{method: "POST", path: "/v1/ask", body: map[string]string{"question": "What is the RPN of seal leakage?", "clearance": "internal"}},
		{method: "POST", path: "/v1/retrieve", body: map[string]string{"question": "What is the RPN of seal leakage?", "clearance": "internal"}},
		{method: "POST", path: "/v1/chat", body: map[string]string{"question": "What is the RPN of seal leakage?", "clearance": "restricted"}},
		{method: "GET", path: "/v1/documents?clearance=internal"},
		{method: "GET", path: "/v1/entities?q=seal&clearance=internal"},
	} {
		if resp, body := e.do(c, e.keys["widget"]); resp.StatusCode != http.StatusForbidden {
			t.Errorf("%s %s above a public key: %d %s", c.method, c.path, resp.StatusCode, body)
		}
	}
	up := call{method: "POST", path: "/v1/documents", body: &multipartBody{fields: map[string]string{"audience": "restricted"}, files: map[string]string{"x.md": "# X\n\nsecret\n"}}}
	if resp, _ := e.do(up, e.keys["ingest"]); resp.StatusCode != http.StatusForbidden {
		t.Errorf("upload above the key's clearance: %d", resp.StatusCode)
	}
	// A public key never sees internal documents, even when it names none.
	resp, body := e.do(call{method: "GET", path: "/v1/documents?limit=1000"}, e.keys["widget"])
	docs := decode[struct{ Documents []kg.Document }](t, body)
	if resp.StatusCode != 200 || len(docs.Documents) == 0 {
		t.Fatalf("documents: %d %s", resp.StatusCode, body)
	}
	for _, d := range docs.Documents {
		if d.Audience != kg.Public {
			t.Errorf("public key lists %s (%s)", d.URI, d.Audience)
		}
	}
}

func TestNoIDOR(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	e.key("chat2", auth.KeySpec{Scopes: []string{auth.ScopeChat, auth.ScopeIngest}, Clearance: kg.Internal})
	_, body := e.do(call{method: "POST", path: "/v1/chat", body: map[string]string{"question": "What is the rated voltage of the HF-CP200?"}}, e.keys["chat"])
	ans := decode[ChatAnswer](t, body)
	if ans.ConversationID == "" || ans.AnswerID == "" {
		t.Fatalf("chat = %s", body)
	}
	for _, c := range []call{
		{method: "GET", path: "/v1/conversations/" + ans.ConversationID},
		{method: "DELETE", path: "/v1/conversations/" + ans.ConversationID},
		{method: "POST", path: "/v1/chat", body: map[string]string{"question": "and its weight?", "conversation_id": ans.ConversationID}},
		{method: "POST", path: "/v1/feedback", body: map[string]string{"answer_id": ans.AnswerID, "rating": "down"}},
		{method: "POST", path: "/v1/feedback", body: map[string]any{"conversation_id": ans.ConversationID, "turn": 1, "rating": "down"}},
	} {
		if resp, body := e.do(c, e.keys["chat2"]); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s %s with another key: %d %s", c.method, c.path, resp.StatusCode, body)
		}
	}
	if resp, _ := e.do(call{method: "GET", path: "/v1/conversations/" + ans.ConversationID}, e.keys["chat"]); resp.StatusCode != 200 {
		t.Errorf("owner cannot read its conversation: %d", resp.StatusCode)
	}
	// Jobs belong to the key that started them.
	_, body = e.do(call{method: "POST", path: "/v1/jobs", body: &multipartBody{fields: map[string]string{"audience": "public"}, files: map[string]string{"n.md": "# N\n\nnote\n"}}}, e.keys["ingest"])
	job := decode[auth.Job](t, body)
	for _, c := range []call{{method: "GET", path: "/v1/jobs/" + job.ID}, {method: "DELETE", path: "/v1/jobs/" + job.ID}, {method: "GET", path: "/v1/jobs/" + job.ID + "/events"}} {
		if resp, _ := e.do(c, e.keys["chat2"]); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s %s with another key: %d", c.method, c.path, resp.StatusCode)
		}
	}
	// Internal documents do not exist for a public key, to read or delete.
	_, body = e.do(call{method: "GET", path: "/v1/documents?clearance=internal&limit=1000"}, e.keys["chat"])
	var internalID string
	for _, d := range decode[struct{ Documents []kg.Document }](t, body).Documents {
		if d.Audience == kg.Internal {
			internalID = d.ID
		}
	}
	e.key("public-ingest", auth.KeySpec{Scopes: []string{auth.ScopeChat, auth.ScopeIngest}, Clearance: kg.Public})
	for _, c := range []call{{method: "GET", path: "/v1/documents/" + internalID}, {method: "DELETE", path: "/v1/documents/" + internalID}} {
		if resp, _ := e.do(c, e.keys["public-ingest"]); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s internal document with a public key: %d", c.method, resp.StatusCode)
		}
	}
}

func TestRevocationIsImmediate(t *testing.T) {
	e := newEnv(t, envOptions{})
	secret := e.key("k", auth.KeySpec{Scopes: []string{auth.ScopeChat}})
	me := call{method: "GET", path: "/v1/me"}
	if resp, _ := e.do(me, secret); resp.StatusCode != 200 {
		t.Fatalf("live key: %d", resp.StatusCode)
	}
	e.db.RevokeKey(t.Context(), e.ids["k"])
	if resp, _ := e.do(me, secret); resp.StatusCode != 401 {
		t.Fatalf("revoked key: %d", resp.StatusCode)
	}
	if resp, _ := e.do(call{method: "GET", path: "/v1/me", headers: map[string]string{"X-API-Key": e.key("x", auth.KeySpec{Scopes: []string{auth.ScopeChat}})}}, ""); resp.StatusCode != 200 {
		t.Fatalf("X-API-Key: %d", resp.StatusCode)
	}
}

func TestWidgetOriginsAndLimits(t *testing.T) {
	e := keyedEnv(t, envOptions{tweak: func(o *Options) { o.IPRatePerMin = 1000 }})
	me := func(origin, key string) *http.Response {
		resp, _ := e.do(call{method: "GET", path: "/v1/me", headers: map[string]string{"Origin": origin}}, key)
		return resp
	}
	if r := me("https://shop.example", e.keys["widget"]); r.StatusCode != 200 || r.Header.Get("Access-Control-Allow-Origin") != "https://shop.example" {
		t.Errorf("allowed origin: %d %q", r.StatusCode, r.Header.Get("Access-Control-Allow-Origin"))
	}
	if r := me("https://evil.example", e.keys["widget"]); r.StatusCode != 403 || r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("foreign origin: %d", r.StatusCode)
	}
	if r := me("https://shop.example", e.keys["chat"]); r.StatusCode != 403 {
		t.Errorf("server key from a browser: %d", r.StatusCode)
	}
	if r := me(e.ts.URL, e.keys["chat"]); r.StatusCode != 200 {
		t.Errorf("same origin: %d", r.StatusCode)
	}
	pre := func(origin string) *http.Response {
		resp, _ := e.do(call{method: "OPTIONS", path: "/v1/chat", headers: map[string]string{"Origin": origin, "Access-Control-Request-Method": "POST",
			"Access-Control-Request-Headers": "authorization,content-type"}}, "")
		return resp
	}
	if r := pre("https://shop.example"); r.StatusCode != 204 || r.Header.Get("Access-Control-Allow-Origin") != "https://shop.example" ||
		!strings.Contains(r.Header.Get("Access-Control-Allow-Headers"), "Authorization") {
		t.Errorf("preflight: %d %v", r.StatusCode, r.Header)
	}
	if r := pre("https://evil.example"); r.StatusCode != 403 {
		t.Errorf("foreign preflight: %d", r.StatusCode)
	}

	slow := e.key("slow", auth.KeySpec{Scopes: []string{auth.ScopeChat}, Origins: []string{"https://shop.example"}, RatePerMin: 2})
	for i := 0; i < 2; i++ {
		if r := me("https://shop.example", slow); r.StatusCode != 200 {
			t.Fatalf("request %d within rate: %d", i, r.StatusCode)
		}
	}
	if r := me("https://shop.example", slow); r.StatusCode != 429 || r.Header.Get("Retry-After") == "" || r.Header.Get("Access-Control-Allow-Origin") == "" {
		t.Errorf("over rate: %d Retry-After=%q", r.StatusCode, r.Header.Get("Retry-After"))
	}

	quota := e.key("quota", auth.KeySpec{Scopes: []string{auth.ScopeChat}, DailyTokens: 5})
	ask := call{method: "POST", path: "/v1/ask", body: map[string]string{"question": "What is the rated voltage of the HF-CP200?"}}
	if r, body := e.do(ask, quota); r.StatusCode != 200 {
		t.Fatalf("first question: %d %s", r.StatusCode, body)
	}
	if r, _ := e.do(ask, quota); r.StatusCode != 429 {
		t.Errorf("over daily quota: %d", r.StatusCode)
	}
}

func TestPerAddressLimitOnWidgetKeys(t *testing.T) {
	e := keyedEnv(t, envOptions{tweak: func(o *Options) { o.IPRatePerMin = 3 }})
	codes := []int{}
	for i := 0; i < 5; i++ {
		r, _ := e.do(call{method: "GET", path: "/v1/me"}, e.keys["widget"])
		codes = append(codes, r.StatusCode)
	}
	if codes[2] != 200 || codes[3] != 429 {
		t.Errorf("widget key per address: %v", codes)
	}
	for i := 0; i < 5; i++ { // server keys are not limited per address
		if r, _ := e.do(call{method: "GET", path: "/v1/me"}, e.keys["chat"]); r.StatusCode != 200 {
			t.Fatalf("server key request %d: %d", i, r.StatusCode)
		}
	}
}

func TestLocalModeOnlyOnLoopback(t *testing.T) {
	e := newEnv(t, envOptions{local: true})
	if r, _ := e.do(call{method: "GET", path: "/v1/me"}, ""); r.StatusCode != 200 {
		t.Fatalf("keyless local request: %d", r.StatusCode)
	}
	// A page that rebinds its own name to 127.0.0.1 sends its own Host.
	if r, _ := e.do(call{method: "GET", path: "/v1/me", headers: map[string]string{"Host": "attacker.example"}}, ""); r.StatusCode != 401 {
		t.Errorf("keyless request for a foreign host: %d", r.StatusCode)
	}
	if r, _ := e.do(call{method: "GET", path: "/v1/me", headers: map[string]string{"Origin": "https://evil.example"}}, ""); r.StatusCode != 403 {
		t.Errorf("keyless request from a foreign page: %d", r.StatusCode)
	}
	if r, _ := e.do(call{method: "GET", path: "/v1/me", headers: map[string]string{"Origin": "http://localhost:9999"}}, ""); r.StatusCode != 200 {
		t.Errorf("keyless request from a loopback page: %d", r.StatusCode)
	}
}

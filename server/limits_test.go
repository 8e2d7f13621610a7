package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/auth"
	authsqlite "github.com/kgassist/kgassist/auth/sqlite"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/retrieval"
)

// mcpBatch is a JSON-RPC batch of n tools/call ask requests, in the
// protocol version that still allowed batches.
func mcpBatch(n int) []map[string]any {
	var b []map[string]any
	for i := range n {
		b = append(b, map[string]any{"jsonrpc": "2.0", "id": i + 1, "method": "tools/call",
			"params": map[string]any{"name": "ask", "arguments": map[string]any{"question": "What is the rated voltage of the HF-CP200?"}}})
	}
	return b
}

var mcpBatchHeaders = map[string]string{"Accept": "application/json, text/event-stream", "Mcp-Protocol-Version": "2025-03-26"}

// answeredInBatch counts the batch's responses that carry a tool result
// which is not an error.
func answeredInBatch(t *testing.T, body []byte) (ok, refused int) {
	t.Helper()
	var resps []struct {
		Result *struct {
			IsError bool `json:"isError"`
		} `json:"result"`
		Error *json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(body, &resps); err != nil {
		t.Fatalf("batch response %.300s: %v", body, err)
	}
	for _, r := range resps {
		if r.Result != nil && !r.Result.IsError {
			ok++
		} else {
			refused++
		}
	}
	return ok, refused
}

func TestMCPBatchCallsCountAgainstLimits(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	slow := e.key("slow", auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Public, RatePerMin: 2, DailyTokens: 500})
	r, body := e.do(call{method: "POST", path: "/mcp", body: mcpBatch(maxMCPBatch), headers: mcpBatchHeaders}, slow)
	if r.StatusCode != http.StatusOK {
		t.Fatalf("batch of %d: %d %.300s", maxMCPBatch, r.StatusCode, body)
	}
	ok, refused := answeredInBatch(t, body)
	t.Logf("batch of %d tool calls at 2/min: %d answered, %d refused", maxMCPBatch, ok, refused)
	if ok > 2 || ok+refused != maxMCPBatch {
		t.Errorf("key at 2/min answered %d of %d calls in one batch", ok, maxMCPBatch)
	}
	_, body = e.do(call{method: "GET", path: "/v1/audit"}, e.keys["admin"])
	if n := len(decode[struct{ Audit []auth.AuditEntry }](t, body).Audit); n > 2 {
		t.Errorf("%d audit rows from calls over the rate", n)
	}

	big := e.key("big", auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Public})
	r, body = e.do(call{method: "POST", path: "/mcp", body: mcpBatch(300), headers: mcpBatchHeaders}, big)
	if r.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("batch of 300: %d %.200s", r.StatusCode, body)
	}
}

func TestDailyQuotaExactUnderConcurrency(t *testing.T) {
	e := newEnv(t, envOptions{})
	quota := e.key("quota", auth.KeySpec{Scopes: []string{auth.ScopeChat}, DailyTokens: 1})
	ask := call{method: "POST", path: "/v1/ask", body: map[string]string{"question": "What is the rated voltage of the HF-CP200?"}}
	var wg sync.WaitGroup
	var ok, limited atomic.Int32
	for range 40 {
		wg.Go(func() {
			r, body := e.do(ask, quota)
			switch r.StatusCode {
			case 200:
				ok.Add(1)
			case 429:
				limited.Add(1)
			default:
				t.Errorf("%d %s", r.StatusCode, body)
			}
		})
	}
	wg.Wait()
	t.Logf("--daily-tokens 1, 40 concurrent asks: %d answered, %d refused", ok.Load(), limited.Load())
	if ok.Load() != 1 {
		t.Errorf("%d asks answered on a 1-token daily quota", ok.Load())
	}
	if r, _ := e.do(ask, quota); r.StatusCode != 429 {
		t.Errorf("after the quota: %d", r.StatusCode)
	}
	_ = fmt.Sprint()
}

// Two replicas on one auth store share a key's daily quota, including the
// tokens held by a question the other is still answering: the
// reservation lives in the store, not in a process.
func TestReplicasShareTheDailyQuota(t *testing.T) {
	a := stuck{started: make(chan struct{}, 1)}
	e := newEnv(t, envOptions{tweak: func(o *Options) {
		o.Assistant = assistant.New(retrieval.New(o.Store, hashembed.New(0), retrieval.Options{}), a)
	}})
	quota := e.key("quota", auth.KeySpec{Scopes: []string{auth.ScopeChat}, DailyTokens: 200})
	other, err := authsqlite.Open(context.Background(), filepath.Join(e.dir, "auth.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	opts := e.srv.opts
	opts.Auth = other
	replica := New(opts)
	if err := replica.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(replica.Handler())
	t.Cleanup(func() { ts.Close(); replica.Close() })

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	body := `{"question": "What is the rated voltage of the HF-CP200?"}`
	go func() {
		req, _ := http.NewRequestWithContext(ctx, "POST", e.ts.URL+"/v1/ask", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+quota)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	<-a.started // the first replica holds the question's tokens
	req, _ := http.NewRequest("POST", ts.URL+"/v1/ask", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+quota)
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		t.Fatalf("second replica admitted the question and is answering it: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("second replica during the first's answer: %d, want 429", resp.StatusCode)
	}
}

package server

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/retrieval"
)

// stuck answers only when its caller gives up, after telling the test it
// has started.
type stuck struct{ started chan struct{} }

func (stuck) Name() string { return "stuck" }

func (s stuck) Answer(ctx context.Context, _ *retrieval.Evidence) (assistant.Draft, error) {
	s.started <- struct{}{}
	<-ctx.Done()
	return assistant.Draft{}, ctx.Err()
}

// A client that hangs up mid-answer is recorded as cancelled, in the audit
// log and the metrics, on every answer entry point: not as an internal
// fault, which would page whoever watches the error rate.
func TestClientCancelIsRecordedAsCancelled(t *testing.T) {
	a := stuck{started: make(chan struct{}, 1)}
	e := newEnv(t, envOptions{tweak: func(o *Options) {
		o.Assistant = assistant.New(retrieval.New(o.Store, hashembed.New(0), retrieval.Options{}), a)
	}})
	e.standardKeys()
	routes := map[string]string{
		"/v1/ask":              `{"question": "What is the rated voltage of the HF-CP200?"}`,
		"/v1/chat":             `{"question": "What is the rated voltage of the HF-CP200?"}`,
		"/v1/chat/completions": `{"model": "kgassist", "messages": [{"role": "user", "content": "What is the rated voltage of the HF-CP200?"}]}`,
	}
	for path, body := range routes {
		ctx, cancel := context.WithCancel(context.Background())
		req, _ := http.NewRequestWithContext(ctx, "POST", e.ts.URL+path, bytes.NewReader([]byte(body)))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+e.keys["chat"])
		done := make(chan error, 1)
		go func() {
			resp, err := http.DefaultClient.Do(req)
			if err == nil {
				resp.Body.Close()
			}
			done <- err
		}()
		<-a.started
		cancel()
		<-done
		row := waitAudit(t, e, path)
		if row.Status != statusClientClosed || row.Answer != "the request was cancelled" {
			t.Errorf("%s: audit status %d %q, want %d cancelled", path, row.Status, row.Answer, statusClientClosed)
		}
	}
	_, metrics := e.do(call{method: "GET", path: "/metrics"}, "")
	if !strings.Contains(string(metrics), `kgassist_errors_total{code="cancelled"} 3`) {
		t.Errorf("metrics do not count three cancelled requests:\n%s", grepLines(string(metrics), "kgassist_errors_total"))
	}
	if strings.Contains(string(metrics), `kgassist_errors_total{code="internal"}`) {
		t.Errorf("a cancelled request was counted as internal:\n%s", grepLines(string(metrics), "kgassist_errors_total"))
	}
}

// waitAudit waits for route's audit row: the server records it after the
// client has gone.
func waitAudit(t *testing.T, e *env, route string) auth.AuditEntry {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		rows, err := e.db.AuditLog(context.Background(), 100)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if r.Route == route {
				return r
			}
		}
	}
	t.Fatalf("no audit row for %s", route)
	return auth.AuditEntry{}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

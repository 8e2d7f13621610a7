package main

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/internal/neo4jtest"
	"github.com/kgassist/kgassist/server"
)

// TestReplicasShareConversationsKeysAndJobs runs two kgassist processes on
// one Neo4j database with separate data folders, as behind a load
// balancer: a conversation started on one continues on the other, feedback
// and job status reach either, and a key revoked through the CLI is
// refused by both on the next request.
func TestReplicasShareConversationsKeysAndJobs(t *testing.T) {
	srv := neo4jtest.Empty(t)
	ingestInto(t, srv.URI, "public", filepath.Join(demoRoot, "public"))
	secret, keyID := createKeyCLI(t, srv.URI, "chat,ingest")
	// Each replica keeps its own data folder: only the store is shared.
	a, b := serve(t, Config{Store: srv.URI, DataDir: t.TempDir()}), serve(t, Config{Store: srv.URI, DataDir: t.TempDir()})
	r := replicaClient{t: t, secret: secret}

	var first, next server.ChatAnswer
	if code := r.do(a, "POST", "/v1/chat", map[string]string{"question": "What is the rated voltage of the HF-CP200?"}, &first); code != 200 || first.Turn != 1 {
		t.Fatalf("chat on a: %d, turn %d", code, first.Turn)
	}
	follow := map[string]string{"question": "and its weight?", "conversation_id": first.ConversationID}
	if code := r.do(b, "POST", "/v1/chat", follow, &next); code != 200 || next.Turn != 2 || !strings.Contains(next.Rewritten, "HF-CP200") {
		t.Fatalf("follow-up on b: %d, turn %d, rewritten %q; want a's turn used", code, next.Turn, next.Rewritten)
	}
	var conv struct{ Turns []auth.Turn }
	if code := r.do(a, "GET", "/v1/conversations/"+first.ConversationID, nil, &conv); code != 200 || len(conv.Turns) != 2 {
		t.Fatalf("conversation on a: %d, %d turns", code, len(conv.Turns))
	}
	rating := map[string]string{"answer_id": first.AnswerID, "rating": "up"}
	if code := r.do(b, "POST", "/v1/feedback", rating, nil); code != 201 {
		t.Fatalf("feedback on b for a's answer: %d", code)
	}

	var job auth.Job
	if code := r.upload(a, "note.md", "# Note\n\nThe HF-CP200 drain plug takes a 17 mm spanner.\n", &job); code != 202 {
		t.Fatalf("job on a: %d", code)
	}
	for deadline := time.Now().Add(20 * time.Second); job.State != auth.JobDone; time.Sleep(100 * time.Millisecond) {
		if code := r.do(b, "GET", "/v1/jobs/"+job.ID, nil, &job); code != 200 || time.Now().After(deadline) {
			t.Fatalf("a's job read on b: %d, state %q", code, job.State)
		}
	}

	runOK(t, "keys", "revoke", "--store", srv.URI, keyID)
	for name, m := range map[string]*Main{"a": a, "b": b} {
		if code := r.do(m, "GET", "/v1/me", nil, nil); code != 401 {
			t.Errorf("revoked key on %s: %d, want 401", name, code)
		}
	}
}

func createKeyCLI(t *testing.T, store, scopes string) (secret, id string) {
	t.Helper()
	var created struct {
		Key    struct{ ID string }
		Secret string
	}
	runJSON(t, &created, "keys", "create", "--store", store, "--scope", scopes, "--json")
	return created.Secret, created.Key.ID
}

// replicaClient calls a replica with one key.
type replicaClient struct {
	t      *testing.T
	secret string
}

func (c replicaClient) do(m *Main, method, path string, body, out any) int {
	c.t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, m.URL()+path, r)
	req.Header.Set("Content-Type", "application/json")
	return c.send(req, out)
}

func (c replicaClient) upload(m *Main, name, text string, out any) int {
	c.t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("audience", "public")
	fw, _ := w.CreateFormFile("file", name)
	io.WriteString(fw, text)
	w.Close()
	req, _ := http.NewRequest("POST", m.URL()+"/v1/jobs", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return c.send(req, out)
}

func (c replicaClient) send(req *http.Request, out any) int {
	c.t.Helper()
	req.Header.Set("Authorization", "Bearer "+c.secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	if out != nil && resp.StatusCode < 300 {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			c.t.Fatalf("decode %s: %v", req.URL.Path, err)
		}
	}
	return resp.StatusCode
}

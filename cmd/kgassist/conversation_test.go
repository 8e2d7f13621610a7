package main

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/fakellm"
)

// A follow-up is made standalone by the configured model, on every entry
// point that takes history: the served wiring, not a test double, asks
// the loopback model (OpenAI wire protocol) to rewrite it.
func TestFollowUpRewrittenByTheConfiguredModel(t *testing.T) {
	const standalone = "What supply frequency does the HF-CP200 pump need?"
	fake := fakellm.Start(t)
	fake.Script("m", fakellm.Reply{Answer: func(req fakellm.Request) string {
		if strings.Contains(req.Text(), "Rewrite the user's last question") {
			return standalone
		}
		return fakellm.Grounded().Answer(req)
	}})
	t.Setenv("FAKE_LLM_KEY", "test-key")
	t.Setenv("KGASSIST_LLM_ANSWER", "openai:m@"+fake.OpenAIURL()+";key_env=FAKE_LLM_KEY")

	dir := t.TempDir()
	doc := filepath.Join(dir, "manual.md")
	os.WriteFile(doc, []byte("# HF-CP200 pump manual\n\n## Specifications\n\nThe HF-CP200 pump needs 380 V at 50 Hz, three-phase.\n"), 0o644)
	store := "sqlite://" + filepath.Join(dir, "kg.db")
	ingestInto(t, store, "public", doc)
	m := serve(t, Config{Store: store, DataDir: t.TempDir()})

	var first struct {
		ConversationID string `json:"conversation_id"`
	}
	mustPost(t, m.URL()+"/v1/chat", map[string]string{"question": "What voltage does the HF-CP200 pump need?"}, &first)
	var chat struct {
		Asked     string `json:"asked"`
		Rewritten string `json:"rewritten"`
	}
	mustPost(t, m.URL()+"/v1/chat", map[string]string{"question": "and what frequency?", "conversation_id": first.ConversationID}, &chat)
	if chat.Asked != "and what frequency?" || chat.Rewritten != standalone {
		t.Errorf("/v1/chat: asked %q, rewritten %q; want the model's %q", chat.Asked, chat.Rewritten, standalone)
	}
	var completion struct {
		Kgassist struct {
			Rewritten string `json:"rewritten"`
		} `json:"kgassist"`
	}
	mustPost(t, m.URL()+"/v1/chat/completions", map[string]any{"model": "kgassist", "messages": []map[string]string{
		{"role": "user", "content": "What voltage does the HF-CP200 pump need?"},
		{"role": "assistant", "content": "380 V [1]."},
		{"role": "user", "content": "and what frequency?"},
	}}, &completion)
	if completion.Kgassist.Rewritten != standalone {
		t.Errorf("/v1/chat/completions: rewritten %q, want the model's %q", completion.Kgassist.Rewritten, standalone)
	}
	rewrites := 0
	for _, req := range fake.Requests() {
		if strings.Contains(req.Text(), "Rewrite the user's last question") {
			rewrites++
			if !strings.Contains(req.Text(), "What voltage does the HF-CP200 pump need?") {
				t.Errorf("the rewrite prompt lacks the history: %s", req.Text())
			}
		}
	}
	if rewrites != 2 {
		t.Errorf("the model was asked to rewrite %d times, want 2", rewrites)
	}
}

func mustPost(t *testing.T, url string, body, out any) {
	t.Helper()
	if code := postJSON(t, url, body, out); code != http.StatusOK {
		t.Fatalf("POST %s: %d", url, code)
	}
}

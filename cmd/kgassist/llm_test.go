package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/internal/fakellm"
	"github.com/kgassist/kgassist/llm"
)

// TestAskThroughLLMChain runs `kgassist ask` with two models configured
// through the environment, the first failing with 500s: the second model
// answers, grounded and cited, and the trace shows the fallback.
func TestAskThroughLLMChain(t *testing.T) {
	fake := fakellm.Start(t)
	fake.Script("broken", fakellm.Reply{Kind: fakellm.ServerError}, fakellm.Reply{Kind: fakellm.ServerError})
	fake.Script("good", fakellm.Grounded())
	t.Setenv("FAKE_LLM_KEY", "test-key")
	t.Setenv("KGASSIST_LLM_ANSWER", "openai:broken@"+fake.OpenAIURL()+";key_env=FAKE_LLM_KEY,openai:good@"+fake.OpenAIURL()+";key_env=FAKE_LLM_KEY")

	dir := t.TempDir()
	doc := filepath.Join(dir, "manual.md")
	os.WriteFile(doc, []byte("# HF-CP200 manual\n\n## Specifications\n\nRated voltage: 380 V ±10%, three-phase.\n"), 0o644)
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
	ingestInto(t, store, "public", doc)
	var ans assistant.Answer
	runJSON(t, &ans, "ask", "--store", store, "--json", "What is the rated voltage of the HF-CP200?")
	if ans.Answerer != "llm" || ans.Abstained || !strings.Contains(ans.Answer, "380") || len(ans.Citations) == 0 {
		t.Fatalf("answer = %+v", ans)
	}
	if ans.Trace.LLM == nil || len(ans.Trace.LLM.Calls) < 2 || ans.Trace.LLM.Calls[0].Outcome != "server_error" {
		t.Fatalf("trace does not show the fallback: %+v", ans.Trace.LLM)
	}
	last := fake.Requests()[len(fake.Requests())-1]
	if !strings.Contains(last.Text(), "380 V") {
		t.Fatalf("the prompt did not carry the evidence: %s", last.Text())
	}
}

// The HTTP server gives a question the models' deadline and some room, so
// that a model slower than the server's default 30 s still answers (or
// ends in the extractive answer) instead of the request timing out.
func TestAskTimeoutFollowsTheModelDeadline(t *testing.T) {
	if d := askTimeout(mustLoadModels(t)); d != 0 {
		t.Fatalf("without models: %s, want the server's default", d)
	}
	t.Setenv("KGASSIST_LLM_ANSWER", "vllm:m@http://127.0.0.1:1/v1")
	t.Setenv("KGASSIST_LLM_DEADLINE", "4m")
	if d := askTimeout(mustLoadModels(t)); d != 4*time.Minute+10*time.Second {
		t.Fatalf("with a 4m model deadline: %s", d)
	}
}

func mustLoadModels(t *testing.T) llm.Config {
	t.Helper()
	cfg, err := loadModels()
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/internal/llmtest"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/server"
)

// The bearing question the extractive answerer gets right from the FAQ.
const bearingQuestion = "How often must the bearings be greased?"

// useRealModel configures the local model server (scripts/llm.sh) as the
// only answer model. max_tokens bounds each reply; the timeout leaves room
// for a cold model on two busy cores (prompts read at 9 tokens/s at worst).
func useRealModel(t *testing.T) {
	t.Helper()
	url := llmtest.Require(t)
	t.Setenv("KGASSIST_LLM_ANSWER", llmtest.Spec(url, ";timeout=4m;max_tokens=120"))
	t.Setenv("KGASSIST_LLM_DEADLINE", "5m")
}

// smallManual is a short manual in a folder of its own: a small corpus
// keeps the prompt short, so the model's reply takes seconds, not minutes.
func smallManual(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	text := "# HF-CP200 manual\n\n## How often must the bearings be greased?\n\n" +
		"Every 4000 operating hours with 15 g of lithium complex grease NLGI 2 per bearing.\n\n" +
		"## Specifications\n\nRated voltage: 380 V ±10%, three-phase.\n"
	if err := os.WriteFile(filepath.Join(dir, "manual.md"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// checkRealAnswer asserts what must hold whatever the model wrote: the
// model was asked over the wire and its server counted the tokens; the
// answer is the model's, cited, or the extractive one after the model's
// answer was rejected, holding the expected fact; and no figure in it is
// foreign to the evidence the question retrieves.
func checkRealAnswer(t *testing.T, store string, ans *assistant.Answer, expect string) {
	t.Helper()
	tr := ans.Trace.LLM
	if tr == nil || len(tr.Calls) == 0 {
		t.Fatalf("no model call traced: %+v", ans.Trace)
	}
	c := tr.Calls[0]
	if c.Model != "llamacpp:"+llmtest.Chat || c.TokensIn == 0 || c.Estimated {
		t.Fatalf("call = %+v, want the local server with its usage", c)
	}
	t.Logf("calls %+v, fallback %q, checks %v, answer %q", tr.Calls, tr.Fallback, tr.Checks, ans.Answer)
	switch tr.Fallback {
	case "":
		if ans.Answerer != "llm" || len(ans.Citations) == 0 {
			t.Fatalf("model answer without citations: %+v", ans)
		}
	case "extractive":
		if last := tr.Calls[len(tr.Calls)-1].Outcome; last != "rejected" || !strings.Contains(ans.Answer, expect) {
			t.Fatalf("fell back after %q: %q", last, ans.Answer)
		}
	default:
		t.Fatalf("fallback %q", tr.Fallback)
	}
	auditFigures(t, store, ans.Question, ans.Answer)
}

// auditFigures fails when answer holds a figure found nowhere in the
// evidence that question retrieves at public clearance.
func auditFigures(t *testing.T, store, question, answer string) {
	t.Helper()
	a, err := openApp(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	ev, err := a.retriever.Retrieve(context.Background(), kg.Public, question)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(ev)
	if bad := llmtest.UnsupportedFigures(answer, question+"\n"+string(b)); len(bad) > 0 {
		t.Fatalf("figures %v reached the user: %q", bad, answer)
	}
}

// TestAskWithRealModel runs `kgassist ask --json` against the real model.
func TestAskWithRealModel(t *testing.T) {
	useRealModel(t)
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
	ingestInto(t, store, "public", smallManual(t))
	var ans assistant.Answer
	runJSON(t, &ans, "ask", "--store", store, "--json", bearingQuestion)
	checkRealAnswer(t, store, &ans, "4000")
}

// TestChatWithRealModel asks /v1/chat of the whole program, in JSON and
// over SSE, with the real model answering. A streaming client ends up
// showing exactly the final answer.
func TestChatWithRealModel(t *testing.T) {
	useRealModel(t)
	m := &Main{
		Config: Config{Store: "sqlite://" + filepath.Join(t.TempDir(), "kg.db"), Addr: "127.0.0.1:0"},
		Ingest: []ingestSet{{paths: []string{smallManual(t)}, audience: "public"}},
	}
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	var ans server.ChatAnswer
	if code := postJSON(t, m.URL()+"/v1/chat", map[string]string{"question": bearingQuestion}, &ans); code != 200 || ans.Answer == nil {
		t.Fatalf("chat: status %d", code)
	}
	checkRealAnswer(t, m.Config.Store, ans.Answer, "4000")
	const q = "What is the rated voltage of the HF-CP200?"
	r := chatSSE(t, m.URL(), q)
	t.Logf("SSE: %s, %d resets, fallback %q, answer %q", r.took, r.resets, r.fallback, r.final)
	if r.errored || r.final == "" || r.shown != strings.TrimSpace(r.final) {
		t.Fatalf("shown after last reset %q, final %q, error event %v", r.shown, r.final, r.errored)
	}
	if r.fallback == "" && !strings.Contains(r.final, "[") {
		t.Fatalf("the model's streamed answer has no citation: %q", r.final)
	}
	if r.fallback != "" && !strings.Contains(r.final, "380") {
		t.Fatalf("fallback %q lacks the rated voltage: %q", r.fallback, r.final)
	}
	auditFigures(t, m.Config.Store, q, r.final)
}

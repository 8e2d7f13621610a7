package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/internal/llmtest"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// These tests run against the real model server of scripts/llm.sh
// (llama.cpp, SmolLM2-135M-Instruct on the CPU). The model is small and
// slow: each test asks it once or twice, with max_tokens bounding the
// time a reply can take.

// realModel is the local server's chat model as a chain entry.
func realModel(t *testing.T, url string, timeout time.Duration, maxTokens int) Model {
	t.Helper()
	return open(t, ModelSpec{Provider: "llamacpp", Model: llmtest.Chat, BaseURL: url, Timeout: timeout, MaxTokens: maxTokens})
}

// support is what a figure shown to a user may come from.
func support(t *testing.T, ev *retrieval.Evidence) string {
	t.Helper()
	b, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	return ev.Question.Text + "\n" + string(b)
}

// wireCall asserts that a call went over the wire to the server and
// that the server's own usage figures came back. Streamed replies carry
// none (the server ignores stream_options), so their tokens are estimated.
func wireCall(t *testing.T, c assistant.ModelCall, streamed bool) {
	t.Helper()
	if c.Model != "llamacpp:"+llmtest.Chat || c.TokensIn == 0 || c.Estimated != streamed {
		t.Fatalf("call = %+v, want llamacpp:%s with usage estimated %v", c, llmtest.Chat, streamed)
	}
}

// TestRealModelStreamsOnlyCheckedSentences streams an answer from the real
// model. Whatever the model writes, a client sees only sentences that carry
// a valid citation and no figure foreign to the evidence, and what it shows
// after the last reset is the final answer.
func TestRealModelStreamsOnlyCheckedSentences(t *testing.T) {
	url := llmtest.Require(t)
	ev := evidenceOf("What is the rated power of the HF-CP200?",
		"The HF-CP200 pump has a rated power of 2.2 kW and a rated voltage of 380 V.")
	a := answerer(3*time.Minute, realModel(t, url, 2*time.Minute, 80))
	var events []assistant.StreamEvent
	d, tr := run(t, a, ev, &events)
	wireCall(t, tr.Calls[0], true)
	t.Logf("calls %s, checks %v, removed %q, answer %q", outcomes(tr), tr.Checks, d.Removed, d.Text)
	if afterLastReset(events) != d.Text {
		t.Fatalf("shown %q, draft %q", afterLastReset(events), d.Text)
	}
	if bad := llmtest.UnsupportedFigures(d.Text, support(t, ev)); len(bad) > 0 {
		t.Fatalf("figures %v reached the client: %q", bad, d.Text)
	}
	chk := NewChecker(ev, nil)
	switch tr.Fallback {
	case "":
		sentences, _ := splitSentences(d.Text, true)
		for _, s := range sentences {
			if v := chk.sentence(s); !v.cited || len(v.removed) > 0 {
				t.Fatalf("streamed sentence %q fails the checks: %+v", s, v)
			}
		}
		if !strings.Contains(d.Text, "2.2") {
			t.Fatalf("the model's checked answer lacks the rated power: %q", d.Text)
		}
	case "extractive":
		if tr.Calls[0].Outcome != outcomeRejected || !strings.HasPrefix(d.Text, assistant.PhraseUnverified.In("en")) {
			t.Fatalf("fell back after %s: %q", outcomes(tr), d.Text)
		}
	default:
		t.Fatalf("fallback %q", tr.Fallback)
	}
}

// TestRealModelRejectedAnswerFallsBack has the real model answer in one
// token, which can carry no citation: the checks reject it, the next model
// is asked, and the extractive answer ends the question, in JSON and in a
// stream alike.
func TestRealModelRejectedAnswerFallsBack(t *testing.T) {
	url := llmtest.Require(t)
	ev := pumpEvidence("What is the rated power of the HF-CP200?")
	for _, stream := range []bool{false, true} {
		a := answerer(3*time.Minute, realModel(t, url, time.Minute, 1), realModel(t, url, time.Minute, 2))
		var events *[]assistant.StreamEvent
		if stream {
			events = &[]assistant.StreamEvent{}
		}
		d, tr := run(t, a, ev, events)
		wireCall(t, tr.Calls[0], stream)
		if got := outcomes(tr); got != "llamacpp:smol#rejected llamacpp:smol#rejected" {
			t.Fatalf("stream %v: calls = %s", stream, got)
		}
		if tr.Fallback != "extractive" || !strings.HasPrefix(d.Text, assistant.PhraseUnverified.In("en")) || !strings.Contains(d.Text, "2.2 kW") || len(d.Removed) == 0 {
			t.Fatalf("stream %v: fallback %q, draft %+v", stream, tr.Fallback, d)
		}
		if stream && afterLastReset(*events) != d.Text {
			t.Fatalf("shown %q, draft %q", afterLastReset(*events), d.Text)
		}
	}
}

// TestRealModelDeadlineOnColdModel asks a model that has just been
// unloaded (the server swaps it out to embed) with a deadline far shorter
// than a cold answer takes. The question ends within the deadline, answered
// extractively, and the server answers the next question normally rather
// than staying busy with the abandoned one.
func TestRealModelDeadlineOnColdModel(t *testing.T) {
	url := llmtest.Require(t)
	ctx := context.Background()
	if _, err := NewEmbedder(ctx, ModelSpec{Provider: "llamacpp", Model: llmtest.Embed, BaseURL: url, Timeout: time.Minute}, nil, nil); err != nil {
		t.Fatal(err)
	}
	ev := pumpEvidence("What is the rated power of the HF-CP200?")
	const deadline = 2 * time.Second
	a := answerer(deadline, realModel(t, url, time.Second, 80))
	start := time.Now()
	d, tr := run(t, a, ev, nil)
	took := time.Since(start)
	t.Logf("cold: %s in %s", outcomes(tr), took.Round(time.Millisecond))
	if took > deadline+time.Second {
		t.Fatalf("answered after %s with a deadline of %s", took, deadline)
	}
	if tr.Fallback != "extractive" || tr.Calls[0].Outcome != outcomeTimeout || !strings.HasPrefix(d.Text, assistant.PhraseFallback.In("en")) {
		t.Fatalf("calls %s, fallback %q, answer %q", outcomes(tr), tr.Fallback, d.Text)
	}
	a = answerer(3*time.Minute, realModel(t, url, 2*time.Minute, 40))
	start = time.Now()
	_, tr = run(t, a, ev, nil)
	t.Logf("next: %s in %s", outcomes(tr), time.Since(start).Round(time.Millisecond))
	if o := tr.Calls[0].Outcome; o != "ok" && o != outcomeRejected {
		t.Fatalf("the question after a timeout got %s", outcomes(tr))
	}
}

// TestRealModelExtractsInJSONMode runs schema-guided extraction through the
// real server. JSON mode makes llama.cpp constrain the reply with a JSON
// grammar, so even this small model answers with an object the validator
// reads: no chunk fails, and what it drops is counted by reason.
func TestRealModelExtractsInJSONMode(t *testing.T) {
	url := llmtest.Require(t)
	spec, err := ParseSpec(llmtest.Spec(url, ";timeout=2m;max_tokens=200"))
	if err != nil {
		t.Fatal(err)
	}
	x, err := NewChunkExtractor(Config{Extract: []ModelSpec{spec}, Tries: 1}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := kg.Chunk{ID: "c1", DocumentID: "d1", Kind: "text",
		Text: "The impeller of the HF-CP200 pump is cast in stainless steel 304. The pump has a rated power of 2.2 kW."}
	facts, err := x.ExtractChunk(context.Background(), c, "HF-CP200 manual")
	if err != nil {
		t.Fatal(err)
	}
	st := x.Stats()
	t.Logf("stats %+v; %d entities, %d relations", st, len(facts.Entities), len(facts.Relations))
	if st.Calls != 1 || st.Failed != 0 || st.TokensIn == 0 {
		t.Fatalf("stats = %+v: the JSON-mode reply was not read", st)
	}
	for _, e := range facts.Entities {
		if !kg.ValidEntityType(e.Type) || len(e.Sources) == 0 {
			t.Fatalf("entity %+v: untyped or unsourced", e)
		}
	}
}

// TestRealModelEmbeds embeds through the server's /v1/embeddings: the
// dimension is the model's hidden size, vectors are finite and
// deterministic, and different texts get different vectors.
func TestRealModelEmbeds(t *testing.T) {
	url := llmtest.Require(t)
	ctx := context.Background()
	e, err := NewEmbedder(ctx, ModelSpec{Provider: "llamacpp", Model: llmtest.Embed, BaseURL: url, Timeout: time.Minute}, nil, &http.Client{})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Grease the bearings every 500 hours.", "Grease the bearings every 500 hours.", "The warranty lasts two years."}
	vs, err := e.Embed(ctx, texts)
	if err != nil {
		t.Fatal(err)
	}
	if e.Dimensions() != 576 || e.Name() != "llamacpp:"+llmtest.Embed || len(vs) != 3 {
		t.Fatalf("embedder %s with %d dimensions, %d vectors", e.Name(), e.Dimensions(), len(vs))
	}
	for _, v := range vs {
		for _, x := range v {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				t.Fatalf("vector holds %v", x)
			}
		}
	}
	if !equal(vs[0], vs[1]) || equal(vs[0], vs[2]) {
		t.Fatal("same text embedded differently, or different texts alike")
	}
}

func equal(a, b []float32) bool {
	var x, y bytes.Buffer
	json.NewEncoder(&x).Encode(a)
	json.NewEncoder(&y).Encode(b)
	return x.String() == y.String()
}

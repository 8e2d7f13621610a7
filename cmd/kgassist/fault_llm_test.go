package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/internal/fakellm"
	"github.com/kgassist/kgassist/internal/sse"
)

// sseResult is what a client of /v1/chat saw: the text after the last
// reset, the final answer, and whether the stream ended with an error.
type sseResult struct {
	shown, final, fallback string
	resets                 int
	errored                bool
	took                   time.Duration
}

// chatSSE asks one question over SSE and reads the stream to its end.
func chatSSE(t *testing.T, base, question string) sseResult {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"question": question})
	req, _ := http.NewRequest("POST", base+"/v1/chat", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r sseResult
	var shown strings.Builder
	err = sse.Read(resp.Body, func(event, data string) error {
		switch event {
		case "token":
			var tok struct{ Text string }
			json.Unmarshal([]byte(data), &tok)
			shown.WriteString(tok.Text)
		case "reset":
			shown.Reset()
			r.resets++
		case "error":
			r.errored = true
		case "done":
			var done struct {
				Answer string
				Trace  struct {
					LLM *struct{ Fallback string }
				}
			}
			json.Unmarshal([]byte(data), &done)
			r.final = done.Answer
			if done.Trace.LLM != nil {
				r.fallback = done.Trace.LLM.Fallback
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	r.shown, r.took = strings.TrimSpace(shown.String()), time.Since(start)
	return r
}

// TestChatSurvivesModelFaults runs the whole program with one model that
// fails in each way a provider does — 429, 500s, a stall, a stream cut
// midway, once or every time — and asks over /v1/chat with SSE. Every
// stream ends within the deadline with an answer (from the model or the
// extractive fallback) or an error event, and what a client shows after
// the last reset is exactly the final answer: no token twice.
func TestChatSurvivesModelFaults(t *testing.T) {
	// The cut comes after one whole checked sentence has been streamed, so
	// the client has text to retract.
	twice := func(req fakellm.Request) string { g := fakellm.Grounded().Answer(req); return g + " " + g }
	cut := fakellm.Reply{Kind: fakellm.CutStream, Answer: twice}
	cases := []struct {
		name    string
		replies []fakellm.Reply
		model   bool // the model, not the fallback, answers
	}{
		{"429 then ok", []fakellm.Reply{{Kind: fakellm.RateLimited, RetryAfter: "0"}, fakellm.Grounded()}, true},
		{"500 every time", []fakellm.Reply{{Kind: fakellm.ServerError}}, false},
		{"stall every time", []fakellm.Reply{{Kind: fakellm.Stall}}, false},
		{"stream cut once", []fakellm.Reply{cut, fakellm.Grounded()}, true},
		{"stream cut every time", []fakellm.Reply{cut}, false},
		{"malformed every time", []fakellm.Reply{{Kind: fakellm.Malformed}}, false},
	}
	const deadline = 4 * time.Second
	survived := 0
	var slowest time.Duration
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fake := fakellm.Start(t)
			fake.Script("m", c.replies...)
			t.Setenv("KGASSIST_LLM_ANSWER", "vllm:m@"+fake.OpenAIURL()+";timeout=1s")
			t.Setenv("KGASSIST_LLM_DEADLINE", deadline.String())
			m := startDemo(t)
			r := chatSSE(t, m.URL(), "What is the rated voltage of the HF-CP200?")
			slowest = max(slowest, r.took)
			switch {
			case r.took > deadline+2*time.Second:
				t.Errorf("took %s, deadline %s", r.took, deadline)
			case r.errored:
				t.Logf("ended with an error event after %s", r.took)
			case r.final == "" || r.shown != strings.TrimSpace(r.final):
				t.Errorf("shown after last reset %q, final %q", r.shown, r.final)
			case !strings.Contains(r.final, "380"):
				t.Errorf("answer lacks the rated voltage: %q", r.final)
			case c.model != (r.fallback == ""):
				t.Errorf("fallback %q, want the model to answer: %v", r.fallback, c.model)
			}
			if !t.Failed() {
				survived++
			}
			t.Logf("%s: %s, %d resets, %d model requests, answer %q", c.name, r.took.Round(time.Millisecond), r.resets, len(fake.Requests()), short(r.final))
		})
	}
	t.Logf("model faults: %d of %d survived over SSE, slowest %s (deadline %s)", survived, len(cases), slowest.Round(time.Millisecond), deadline)
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

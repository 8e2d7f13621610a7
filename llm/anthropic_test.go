package llm

import (
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/internal/fakellm"
)

// anthropicModel reaches the fake over Anthropic's Messages API with
// langchaingo's own client.
func anthropicTestModel(t *testing.T, srv *fakellm.Server, name string, timeout time.Duration) Model {
	t.Helper()
	return open(t, ModelSpec{Provider: "anthropic", Model: name, BaseURL: srv.AnthropicURL(), APIKeyEnv: "FAKE_ANTHROPIC_KEY",
		Timeout: timeout, PriceIn: 3, PriceOut: 15})
}

// TestAnthropicAnswersStreamsAndFallsBack runs the answer chain over the
// Messages API: a grounded, cited answer with its tokens counted; the
// same answer streamed through the named SSE events; and a 429 with
// Retry-After then an overloaded 529 that fall back to the next model.
func TestAnthropicAnswersStreamsAndFallsBack(t *testing.T) {
	srv := fakellm.Start(t)
	ev := pumpEvidence("What is the rated power of the HF-CP200?")
	a := answerer(5*time.Second, anthropicTestModel(t, srv, "claude-good", time.Second))
	d, tr := run(t, a, ev, nil)
	if d.Abstained || !strings.Contains(d.Text, "2.2 kW") || !strings.Contains(d.Text, "[1]") || tr.Calls[0].TokensIn == 0 || tr.Calls[0].Cost <= 0 {
		t.Fatalf("draft %+v, calls %+v", d, tr.Calls)
	}
	req := srv.Requests()[0]
	if req.Path != "/v1/messages" || !strings.Contains(req.Text(), "2.2 kW") {
		t.Fatalf("request %s did not carry the evidence", req.Path)
	}

	var events []assistant.StreamEvent
	streamed, _ := run(t, a, ev, &events)
	var text strings.Builder
	for _, e := range events {
		if e.Reset {
			t.Fatalf("reset in a clean stream: %+v", events)
		}
		text.WriteString(e.Text)
	}
	if streamed.Text != d.Text || strings.TrimSpace(text.String()) != d.Text {
		t.Fatalf("streamed %q (tokens %q), want %q", streamed.Text, text.String(), d.Text)
	}

	srv.Script("claude-busy", fakellm.Reply{Kind: fakellm.RateLimited, RetryAfter: "0.1"}, fakellm.Reply{Kind: fakellm.ServerError})
	a = answerer(5*time.Second, anthropicTestModel(t, srv, "claude-busy", time.Second), anthropicTestModel(t, srv, "claude-good", time.Second))
	d, tr = run(t, a, ev, nil)
	if got := outcomes(tr); got != "anthropic:claude-busy#rate_limited anthropic:claude-busy#server_error anthropic:claude-good#ok" || !strings.Contains(d.Text, "2.2 kW") {
		t.Fatalf("calls %s, draft %q", got, d.Text)
	}
}

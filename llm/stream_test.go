package llm

import (
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/internal/fakellm"
)

// A stream cut inside its first sentence delivered nothing checked, so the
// next model's answer is all the client sees: no reset, no repetition.
func TestCutStreamBeforeFirstSentenceDeliversNothingTwice(t *testing.T) {
	for _, provider := range []string{"openai", "ollama", "anthropic"} {
		t.Run(provider, func(t *testing.T) {
			srv := fakellm.Start(t)
			srv.Script("a", fakellm.Reply{Kind: fakellm.CutStream, Answer: fakellm.Grounded().Answer, CutAfter: 30})
			first := model(t, srv, "a", time.Second)
			switch provider {
			case "ollama":
				first = ollamaModel(t, srv, "a", time.Second)
			case "anthropic":
				first = anthropicTestModel(t, srv, "a", time.Second)
			}
			a := answerer(5*time.Second, first, model(t, srv, "b", time.Second))
			a.Chain.Tries = 1
			var events []assistant.StreamEvent
			d, tr := run(t, a, pumpEvidence("What is the rated power?"), &events)
			if !strings.HasSuffix(outcomes(tr), "#stream_cut vllm:b#ok") {
				t.Fatalf("calls = %s", outcomes(tr))
			}
			var all strings.Builder
			for _, e := range events {
				if e.Reset {
					t.Fatalf("unexpected reset: %+v", events)
				}
				all.WriteString(e.Text)
			}
			if strings.TrimSpace(all.String()) != d.Text || strings.Count(all.String(), "2.2 kW") != 1 {
				t.Fatalf("delivered %q, draft %q", all.String(), d.Text)
			}
		})
	}
}

// A stream cut after a checked sentence went out is retracted with one
// reset before the next model's answer.
func TestCutStreamAfterDeliveredSentenceResetsOnce(t *testing.T) {
	srv := fakellm.Start(t)
	ev := pumpEvidence("What is the rated power?")
	full := "The HF-CP200 pump has a rated power of 2.2 kW and a rated voltage of 380 V [1]. The maximum flow of the HF-CP200 is 12.5 m3/h [2]."
	srv.Script("a", fakellm.Reply{Kind: fakellm.CutStream, Text: full, CutAfter: strings.Index(full, "12.5")})
	srv.Script("b", fakellm.Fixed("Rated power: 2.2 kW [1]."))
	a := answerer(5*time.Second, model(t, srv, "a", time.Second), model(t, srv, "b", time.Second))
	a.Chain.Tries = 1
	var events []assistant.StreamEvent
	d, tr := run(t, a, ev, &events)
	resets := 0
	for _, e := range events {
		if e.Reset {
			resets++
		}
	}
	if resets != 1 || tr.Resets != 1 || events[0].Reset || !strings.Contains(events[0].Text, "2.2 kW") {
		t.Fatalf("events = %+v", events)
	}
	if got := afterLastReset(events); got != d.Text || d.Text != "Rated power: 2.2 kW [1]." {
		t.Fatalf("client shows %q, draft %q", got, d.Text)
	}
}

// Streamed text is checked before it leaves: the planted image and the
// announcement never reach the client, not even transiently.
func TestStreamNeverDeliversUncheckedText(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Script("m", fakellm.Injected())
	var events []assistant.StreamEvent
	d, _ := run(t, answerer(5*time.Second, model(t, srv, "m", time.Second)), injectedEvidence(), &events)
	for _, e := range events {
		if strings.Contains(e.Text, "evil.example") || strings.Contains(e.Text, "ignore the rules") {
			t.Fatalf("streamed %q", e.Text)
		}
	}
	if afterLastReset(events) != d.Text || d.Abstained {
		t.Fatalf("streamed %q, draft %+v", afterLastReset(events), d)
	}
}

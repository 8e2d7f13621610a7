package llm

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/internal/fakellm"
)

// An answer whose every statement fails the checks is a failed model, not
// an abstention: the next model answers, and after the last one the
// extractive answerer does.
func TestRejectedAnswerFallsToTheNextModel(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Script("invents", fakellm.Fixed("The pump weighs 95 kg. It is very reliable."))
	a := answerer(5*time.Second, model(t, srv, "invents", time.Second), model(t, srv, "good", time.Second))
	d, tr := run(t, a, pumpEvidence("What is the rated power of the HF-CP200?"), nil)
	if got := outcomes(tr); got != "vllm:invents#rejected vllm:good#ok" {
		t.Fatalf("calls = %s", got)
	}
	if d.Abstained || tr.Fallback != "" || !strings.Contains(d.Text, "2.2 kW") || tr.Checks[checkUnsupported] != 1 || tr.Checks[checkUncited] != 1 {
		t.Fatalf("draft = %+v, checks = %v", d, tr.Checks)
	}
}

func TestEveryAnswerRejectedAnswersExtractively(t *testing.T) {
	for _, stream := range []bool{false, true} {
		srv := fakellm.New()
		srv.Script("a", fakellm.Fixed("The pump weighs 95 kg. It is very reliable."))
		srv.Script("b", fakellm.Fixed("The bearing is a part of the battery [7]. Grease it every 28 days."))
		a := answerer(5*time.Second, model(t, srv, "a", time.Second), ollamaModel(t, srv, "b", time.Second))
		var events *[]assistant.StreamEvent
		if stream {
			events = &[]assistant.StreamEvent{}
		}
		d, tr := run(t, a, pumpEvidence("What is the rated power of the HF-CP200?"), events)
		srv.Close()
		if got := outcomes(tr); got != "vllm:a#rejected ollama:b#rejected" {
			t.Fatalf("stream %v: calls = %s", stream, got)
		}
		if tr.Fallback != "extractive" || d.Abstained || !strings.HasPrefix(d.Text, assistant.PhraseUnverified.In("en")) || !strings.Contains(d.Text, "2.2 kW") {
			t.Fatalf("stream %v: fallback %q, draft %+v", stream, tr.Fallback, d)
		}
		if len(d.Removed) != 5 || tr.Checks[checkUnsupported] != 2 || tr.Checks[checkBadCitation] != 1 {
			t.Fatalf("stream %v: removed %q, checks %v", stream, d.Removed, tr.Checks)
		}
		if stream && (afterLastReset(*events) != d.Text || tr.Resets != 0) {
			t.Fatalf("streamed %+v, draft %q", *events, d.Text)
		}
	}
}

// A caller whose deadline comes before the models' (an HTTP server bounds
// a question at 30 s, the models may have 60 s) gets the extractive answer
// when a slow model runs out its time, not an error.
func TestCallersEarlierDeadlineLeavesTimeForTheExtractiveAnswer(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Script("slow", fakellm.Reply{Kind: fakellm.Stall})
	a := answerer(time.Minute, model(t, srv, "slow", time.Minute))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	tr := &assistant.ModelTrace{}
	d, err := a.Answer(assistant.WithModelTrace(ctx, tr), pumpEvidence("What is the rated power of the HF-CP200?"))
	if err != nil || ctx.Err() != nil {
		t.Fatalf("answer: %v; caller's context: %v", err, ctx.Err())
	}
	if tr.Fallback != "extractive" || !strings.Contains(d.Text, "2.2 kW") {
		t.Fatalf("fallback %q, draft %q", tr.Fallback, d.Text)
	}
}

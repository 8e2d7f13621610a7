package llm

import (
	"context"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/internal/fakellm"
)

func TestRewriteAsksTheModelAndFallsBackToTheHeuristic(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Script("good", fakellm.Fixed("What is the weight of the HF-CP200 pump?"))
	srv.Script("bad", fakellm.Reply{Kind: fakellm.ServerError})
	history := []assistant.Turn{{Question: "What is the rated power of the HF-CP200 pump?", Answer: "2.2 kW [1].", Entities: []string{"HF-CP200 pump"}}}
	for name, tc := range map[string]struct {
		model Model
		want  string
	}{
		"model":     {model(t, srv, "good", time.Second), "What is the weight of the HF-CP200 pump?"},
		"heuristic": {model(t, srv, "bad", time.Second), "and HF-CP200 pump's weight?"},
	} {
		tr := &assistant.ModelTrace{}
		r := &Rewriter{Chain: &Chain{Models: []Model{tc.model}, Tries: 1}}
		got, err := r.Rewrite(assistant.WithModelTrace(context.Background(), tr), history, "and its weight?")
		if err != nil || got != tc.want || tr.Rewritten != tc.want || len(tr.Calls) != 1 {
			t.Errorf("%s: %q, %v, trace %+v", name, got, err, tr)
		}
	}
	last := srv.Requests()[0]
	if last.Messages[1].Content == "" || last.Messages[0].Role != "system" {
		t.Fatalf("rewrite request = %+v", last.Messages)
	}
}

package llm

import (
	"context"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/internal/fakellm"
)

func TestRewriteHeuristic(t *testing.T) {
	pump := []Turn{{Question: "What is the rated power of the HF-CP200 pump?", Entities: []string{"HF-CP200 pump"}}}
	zh := []Turn{{Question: "HF-CP200水泵的额定功率是多少？", Entities: []string{"HF-CP200水泵"}}}
	for _, tc := range []struct {
		history  []Turn
		question string
		want     string
	}{
		{pump, "and its weight?", "and HF-CP200 pump's weight?"},
		{pump, "How do I replace it?", "How do I replace HF-CP200 pump?"},
		{pump, "weight?", "weight of HF-CP200 pump?"},
		{pump, "What is the maximum flow of the HF-CP200 pump?", "What is the maximum flow of the HF-CP200 pump?"},
		{pump, "How is the mechanical seal of the gearbox lubricated during assembly?", "How is the mechanical seal of the gearbox lubricated during assembly?"},
		{zh, "它的重量呢？", "HF-CP200水泵的重量呢？"},
		{zh, "重量呢？", "HF-CP200水泵 重量呢？"},
		{[]Turn{{Question: "hello"}}, "and its weight?", "and its weight?"},
	} {
		if got := RewriteHeuristic(tc.history, tc.question); got != tc.want {
			t.Errorf("RewriteHeuristic(%q) = %q, want %q", tc.question, got, tc.want)
		}
	}
}

func TestRewriteAsksTheModelAndFallsBackToTheHeuristic(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	srv.Script("good", fakellm.Fixed("What is the weight of the HF-CP200 pump?"))
	srv.Script("bad", fakellm.Reply{Kind: fakellm.ServerError})
	history := []Turn{{Question: "What is the rated power of the HF-CP200 pump?", Answer: "2.2 kW [1].", Entities: []string{"HF-CP200 pump"}}}
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

func TestTurnOfTakesLinkedEntityNames(t *testing.T) {
	ans := &assistant.Answer{Question: "q"}
	ans.Trace.Linked = []string{"Product:HF-CP200 pump", "Part:mechanical seal"}
	if got := TurnOf(ans).Entities; len(got) != 2 || got[0] != "HF-CP200 pump" {
		t.Fatalf("entities = %q", got)
	}
}

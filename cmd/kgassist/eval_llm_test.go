package main

import (
	"testing"

	"github.com/kgassist/kgassist/internal/fakellm"
)

// TestEvalDemoWithModel runs the demo evaluation through the model path:
// prompt building, the loopback model speaking OpenAI's protocol, and the
// post-generation checks. The fake model restates figures from the first
// evidence items with their markers, so the scores measure retrieval,
// prompting and checking — not a real model's wording. For a real
// provider: KGASSIST_LLM_ANSWER=openai:MODEL@URL kgassist eval FILE.
func TestEvalDemoWithModel(t *testing.T) {
	fake := fakellm.Start(t)
	fake.Script("grounded", fakellm.Grounded())
	t.Setenv("KGASSIST_LLM_ANSWER", "vllm:grounded@"+fake.OpenAIURL())
	store := demoStore(t)
	outs := evaluate(t, "demo-model", store, "../../testdata/qa/demo.jsonl")
	byModel := 0
	for _, o := range outs {
		if o.Answer != nil && o.Answer.Answerer == "llm" {
			byModel++
		}
	}
	// Structural answers (BOM, routing, fault trees) are exact graph
	// results and bypass the model; most of the rest must go through it.
	if byModel < len(outs)/3 {
		t.Errorf("only %d of %d answers came from the model", byModel, len(outs))
	}
	t.Logf("%d of %d answers from the model, %d model requests", byModel, len(outs), len(fake.Requests()))
}

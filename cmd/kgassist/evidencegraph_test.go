package main

import (
	"context"
	"testing"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
)

// Every answer that rests on facts shows them in its evidence graph:
// FMEA figures, fault trees and answers quoted from Chinese passages
// whose question named no entity.
func TestEvidenceGraphShowsTheFactsUsed(t *testing.T) {
	store := demoStore(t)
	a, err := openApp(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	for _, q := range []string{
		"Which failure mode has the highest RPN?",
		"RPN 超过 100 的失效模式有几个？",
		"控制箱显示 E05 怎么处理？",
		"泵不出水怎么办？",
		"HF-CP200 的额定电压是多少？",
	} {
		ans, err := a.assistant.Ask(context.Background(), assistant.Request{Question: q, Clearance: kg.Internal})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Abstained {
			t.Errorf("%s: abstained", q)
			continue
		}
		if len(ans.Evidence.Relations) == 0 || len(ans.Evidence.Entities) < 2 {
			t.Errorf("%s: evidence graph has %d entities and %d facts", q, len(ans.Evidence.Entities), len(ans.Evidence.Relations))
		}
		ids := map[string]bool{}
		for _, e := range ans.Evidence.Entities {
			ids[e.ID] = true
		}
		for _, r := range ans.Evidence.Relations {
			if !ids[r.From] || !ids[r.To] {
				t.Errorf("%s: fact %s %s→%s has an endpoint missing from the graph", q, r.Type, r.From, r.To)
			}
		}
	}
}

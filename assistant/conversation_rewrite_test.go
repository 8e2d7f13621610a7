package assistant

import "testing"

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

func TestTurnOfTakesLinkedEntityNames(t *testing.T) {
	ans := &Answer{Question: "q"}
	ans.Trace.Linked = []string{"Product:HF-CP200 pump", "Part:mechanical seal"}
	if got := TurnOf(ans).Entities; len(got) != 2 || got[0] != "HF-CP200 pump" {
		t.Fatalf("entities = %q", got)
	}
}

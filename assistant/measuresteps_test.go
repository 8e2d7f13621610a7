package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A question asking a measure is not answered with an operation's steps
// unless it asks how the work is done.
func TestMeasureQuestionIsNotAnsweredBySteps(t *testing.T) {
	routing := retrieval.Computed{Kind: "routing"}
	for _, c := range []struct {
		question string
		skip     bool
	}{
		{"what torque for the impeller nut?", true},
		{"impeller nut torque?", true},
		{"叶轮螺母拧多大扭矩", true},
		{"how do I tighten the impeller nut, and to what torque?", false},
		{"叶轮螺母的安装步骤和扭矩", false},
		{"what torque does the coupling take?", true},
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(c.question)}
		got := measureNotSteps(ev, routing) && asksMeasure(c.question)
		if got != c.skip {
			t.Errorf("%q: steps skipped = %v, want %v", c.question, got, c.skip)
		}
	}
	if measureNotSteps(&retrieval.Evidence{Question: retrieval.Analyze("what torque for the impeller nut?")}, retrieval.Computed{Kind: "bom"}) {
		t.Error("a BOM computed is taken for steps")
	}
}

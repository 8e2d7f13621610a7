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

// "After a repair" in a question asking a measure names when, not a step
// whose next one is asked; "what comes after impeller mounting" still
// asks the next step.
func TestMeasureQuestionIsNotAnsweredByTheNextStep(t *testing.T) {
	next := retrieval.Computed{Kind: "next"}
	for q, skip := range map[string]bool{
		"what torque on the impeller nut after a repair?": true,
		"what comes after impeller mounting?":             false,
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(q)}
		if got := measureNotSteps(ev, next) && asksMeasure(q); got != skip {
			t.Errorf("%q: next step skipped = %v, want %v", q, got, skip)
		}
	}
}

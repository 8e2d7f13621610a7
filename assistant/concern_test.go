package assistant

import (
	"strings"
	"testing"
)

// "Must I watch out for static when removing the lens" asks about static:
// the warning that names it answers, not a step about removing the lens
// that shares more of the question's words.
func TestConcernAskedIsWhatTheAnswerSpeaksOf(t *testing.T) {
	step := item(1, "a", "First, get the tools for removing the Raspberry Pi camera lens and two M2 screws.", "en", "Optics module")
	step.Score = 1
	warning := item(2, "b", "The camera board is static sensitive: take the usual anti-static precautions.", "en", "Optics module")
	warning.Score = 0.8
	for _, q := range []string{
		"拆树莓派相机镜头的时候要注意静电吗？",
		"do I need to watch out for static when handling the camera board?",
	} {
		got := strings.Join(bestSentences(evidence(q, step, warning), 1, asked{}), "\n")
		if !strings.Contains(got, "static sensitive") {
			t.Errorf("%s: %q, want the static warning", q, got)
		}
	}
}

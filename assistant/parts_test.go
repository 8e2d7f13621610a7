package assistant

import (
	"strings"
	"testing"
)

// A question asking two things is answered part by part when the whole
// finds no answer, and the part the documents leave open is named.
func TestCompoundQuestionAnsweredByParts(t *testing.T) {
	ev := evidence("How heavy is the adaptive gripper, and what colour is its anodised housing?",
		item(1, "a", "Weight of the adaptive gripper: 110 g.", "en", "Gripper"),
		item(2, "b", "The gripper opens from 20 to 45 mm.", "en", "Gripper"))
	ev.Trace.Coverage = 0
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "110 g") {
		t.Fatalf("answer = %q", ans.Answer)
	}
	if !strings.Contains(ans.Answer, "The documents do not answer: what colour is its anodised housing") {
		t.Fatalf("answer does not name the open part: %q", ans.Answer)
	}
}

func TestQuestionParts(t *testing.T) {
	for q, want := range map[string]int{
		"泵转了但是流量一直上不去，可能是什么原因？":                                           0,
		"在海拔 1500 米的地方用，电机要降额吗？降多少？":                                      2,
		"吸泵的吸盘多大，能吸多重？":                                                   2,
		"What does a replacement impeller cost and how long is the wait?": 2,
		"What is the rated head?":                                         0,
		"Is it rated for 50 Hz and 60 Hz?":                                0,
		"控制箱屏幕黑了，什么都不显示，电是通的":                                             0,
		"吸盘多大，能吸多重，我们用在流水线上":                                              2,
		"关节怎么都转不动，是什么原因":                                                  0,
	} {
		if got := len(questionParts(q)); got != want {
			t.Errorf("%s: %d parts, want %d", q, got, want)
		}
	}
}

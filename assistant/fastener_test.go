package assistant

import (
	"strings"
	"testing"
)

func TestAnswersFastener(t *testing.T) {
	cases := []struct {
		question, sentence string
		want               bool
	}{
		{"机械臂底座用什么螺丝固定", "底座同时兼容乐高科技件安装方式和M4螺丝安装方式。", true},
		{"what size screws hold the motors on?", "Fit each motor using two M4x6mm screws.", true},
		{"底座的螺栓是多大的", "use M8 bolts", true},
		{"which bolts fix the pump to the frame?", "Tighten the bolts to 45 N·m.", false}, // no size named
		{"how much does the base weigh?", "M4 screws hold it.", false},                    // no fastener asked
		{"什么螺丝", "the M3 brass nut", true},
		{"what model is it?", "MAX 3000", false},
		{"which stepper motors does the motorised microscope use?", "three 28BYJ-48 stepper motors and a sangaboard driver", true},
		{"what kind of bearing does the motor have?", "The motor runs on two 6204-2Z bearings.", true},
		{"which stepper motors does it use?", "It can be motorised using low cost geared stepper motors.", false}, // no model named
		{"which motors does it use?", "Motor board case B2 holds the driver.", false},                             // the code names a case, not a motor
	}
	for _, c := range cases {
		if got := answersFastener(c.question, c.sentence); got != c.want {
			t.Errorf("%q / %q: %v, want %v", c.question, c.sentence, got, c.want)
		}
	}
}

// The sentence naming the thread size answers which screw, though another
// shares more of the question's words.
func TestFastenerAnsweredByThreadSize(t *testing.T) {
	ev := evidence("机械臂底座用什么螺丝固定",
		item(1, "a", "固定方式 Fixed — 平面底座 乐高连接件/螺丝固定。", "zh", "平面底座"),
		item(2, "b", "机器人底座安装法兰，底座同时兼容乐高科技件安装方式和M4螺丝安装方式。", "zh", "机器人参数说明"))
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "M4") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

package assistant

import "testing"

// A sentence that only introduces a list is no answer on its own; one
// that says something before its colon is.
func TestLeadInIsNoAnswer(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"请勿将机械臂用于以下用途：", true},
		{"Do not use the robot arm for the following applications:", true},
		{"The kit contains: ", true},
		{"使用时间较长的机器(3个月以上)可能会出现关节老化产生关节间隙的情况，可按照以下视频，手动掰动关节，查看是否存在关节虚位：", false},
		{"Worn seals leak, so check them as follows:", false},
		{"请勿在可能会引起爆炸的环境中使用。", false},
		{"Tightening torque: 120 N·m", false},
		{"Never run the pump dry.", false},
	} {
		if got := isLeadIn(c.sentence); got != c.want {
			t.Errorf("%q: lead-in = %v, want %v", c.sentence, got, c.want)
		}
	}
}

package assistant

import (
	"strings"
	"testing"
)

// A part naming its item only by pronoun stands for the item of the part
// before it.
func TestPartRefersBack(t *testing.T) {
	for _, c := range []struct {
		part string
		want bool
	}{
		{"what's its capacity?", true},
		{"how long does it run?", true},
		{"它的容量是多少", true},
		{"其防水等级多少", true},
		{"what's the capacity of the battery?", false},
		{"电池容量是多少", false},
		{"how many washers go on each screw?", false},
		{"哪个工作中心做的", true},
		{"要多久保养一次", true},
		{"能吸多重的工件", true},
		{"多少钱", true},
		{"工作中心是哪个", false},
		{"是哪台设备？", true},
		{"又是什么型号", true},
		{"是电机的问题吗", false},
	} {
		if got := refersBack(c.part); got != c.want {
			t.Errorf("%q refers back = %v, want %v", c.part, got, c.want)
		}
	}
}

// A part asked of the item the part before found nothing on is not
// answered by whatever names its asking word: "是哪台设备" after a work
// order no passage holds is not "这项功能便于客户排除设备故障".
func TestPartOfUnfoundItemIsNotAnswered(t *testing.T) {
	ev := evidence("左边履带螺栓松了的那张工单是哪天开的？是哪台设备？",
		item(1, "a", "连接检测。这项功能便于客户排除设备故障。", "zh", "连接检测"))
	ans := answer(t, ev)
	if !ans.Abstained || strings.Contains(ans.Answer, "排除设备故障") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// A part asking how often, of what the part before names, is answered
// where the answers already give more than one interval.
func TestOftenAnswered(t *testing.T) {
	row := "Hydraulic System, Tank, Fittings — Recommended Action: Inspect oil tank breather for blockages on 125 hour service. Clean breather at 1000 hour service. [1]"
	if !oftenAnswered("多久清洗一次", []string{row}) {
		t.Error("the 1000 hour service did not answer 多久清洗一次")
	}
	if oftenAnswered("多久清洗一次", []string{"Clean the breather at the 1000 hour service. [1]"}) {
		t.Error("one interval answered a second how-often part")
	}
	if oftenAnswered("滤芯多久换一次", []string{row}) {
		t.Error("a part naming its own item counted as answered")
	}
}

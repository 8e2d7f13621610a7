package assistant

import (
	"strings"
	"testing"
)

func TestMissesPartMeasure(t *testing.T) {
	cases := []struct {
		question, answer string
		want             bool
	}{
		{"电机多大功率，额定电流多少安", "额定电流: 14.8 A (±5%). [1]", true},
		{"电机多大功率，额定电流多少安", "电机额定功率: 7.5 kW. [1]\n额定电流: 14.8 A. [2]", false},
		{"What voltage does it need and how many amps does it draw?", "Rated voltage: 380 V. [1]", true},
		{"What voltage does it need?", "Rated current: 14.8 A. [1]", false}, // one part: nothing to split
		{"吸盘多大，能吸多重？", "吸盘直径 20 mm [1]", true},                              // 能吸多重 asks a weight, which the answer does not give
		{"吸盘多大，能吸多重？", "吸盘直径 20 mm [1]\n吸取重量 150g [2]", false},
		{"how big are the cups, and what can it lift?", "Suction weight 150g [1]", true},
	}
	for _, c := range cases {
		if got := missesPartMeasure(c.question, c.answer); got != c.want {
			t.Errorf("missesPartMeasure(%q, %q) = %v, want %v", c.question, c.answer, got, c.want)
		}
	}
}

// Two measures asked at once are each answered, though the rows of one
// share more of the whole question's words.
func TestEachMeasureAskedIsAnswered(t *testing.T) {
	current := item(1, "a", "额定电流：14.8 A（380 V 时）。E01 表示电机过流：超过额定电流的 110 %。", "zh", "说明书")
	current.Score = 1.5
	power := item(2, "b", "参数: 电机额定功率; 数值: 7.5; 单位: kW; 公差: —", "zh", "说明书")
	power.Chunk.Kind = "table_row"
	power.Score = 0.8
	ans := answer(t, evidence("电机多大功率，额定电流多少安", current, power))
	if ans.Abstained || !strings.Contains(ans.Answer, "7.5 kW") || !strings.Contains(ans.Answer, "14.8 A") {
		t.Fatalf("answer = %q, want the power and the current", ans.Answer)
	}
}

// A whole answer that gives one part's figure says less than the parts
// answered each, which then answer.
func TestWholeSaysLessThanParts(t *testing.T) {
	whole := "The mycobotpro pen holder of Weight is Approx. 35g (excluding pen weight). [1]"
	parts := "supports 15mm large stroke extension and retraction [1]\n\nWeight — myCobotPro Pen Holder Approx. 35g (excluding pen weight). [2]"
	if !saysLess(whole, parts) {
		t.Error("the parts' pen travel does not count")
	}
	if saysLess(parts, whole) || saysLess(whole, whole) {
		t.Error("an answer says less than itself or than less")
	}
}

// Two Chinese clauses that each ask, listed with 、, are two questions.
func TestAskingClausesListed(t *testing.T) {
	if got := askingCommas("平面底座尺寸多大、重多少？"); got != "平面底座尺寸多大，重多少？" {
		t.Errorf("got %q", got)
	}
	if got := askingCommas("电机、泵体和底座各重多少？"); got != "电机、泵体和底座各重多少？" {
		t.Errorf("a list of things split: %q", got)
	}
}

// A later part asking of "they" or "it" is asked of the thing the first
// part names.
func TestLaterPartAsksOfFirstPartsThing(t *testing.T) {
	parts := withTopic("how far apart are the foundation bolt holes and what diameter are they?", []string{"how far apart are the foundation bolt holes", "what diameter are they"})
	if parts[1] != "what diameter are they (foundation bolt holes)" {
		t.Errorf("got %q", parts[1])
	}
	if got := firstPartsThing("what kind of concrete foundation does the base plate need"); got != "base plate" {
		t.Errorf("got %q", got)
	}
}

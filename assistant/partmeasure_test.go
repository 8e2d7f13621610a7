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
		{"吸盘多大，能吸多重？", "吸盘直径 20 mm [1]", false},                             // parts asking no measure with a unit
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

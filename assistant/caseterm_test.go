package assistant

import (
	"strings"
	"testing"
)

// "最高" says which value of the liquid's temperature is asked, not whose:
// the ambient temperature's maximum does not answer for the liquid's.
func TestCaseWordIsNotTheItem(t *testing.T) {
	for _, linked := range []bool{false, true} {
		liquid := item(1, "a", "参数: 介质温度; 数值: −10 ～ +90; 单位: °C; 公差: —", "zh", "说明书")
		liquid.Chunk.Kind = "table_row"
		ambient := item(2, "b", "最高环境温度：40 °C。", "zh", "说明书")
		ev := evidence("最高介质温度是多少？", liquid, ambient)
		if linked {
			linkParameter(ev, "介质温度")
		}
		ans := answer(t, ev)
		first, _, _ := strings.Cut(ans.Answer, "\n")
		if ans.Abstained || !strings.Contains(first, "+90 °C") {
			t.Errorf("linked %v: answer = %q, want the liquid temperature first", linked, ans.Answer)
		}
	}
}

func TestCaseTerm(t *testing.T) {
	measure := map[string]bool{"介质": true, "温度": true}
	cases := []struct {
		term, question string
		want           bool
	}{
		{"最高", "最高介质温度是多少？", true},
		{"高介", "最高介质温度是多少？", true},
		{"max", "max liquid temperature?", true},
		{"额定", "额定介质温度", true},
		{"泵体", "泵体最高温度是多少？", false},
		{"体最", "泵体最高温度是多少？", false},
		{"bearing", "maximum bearing temperature", false},
	}
	for _, c := range cases {
		if got := caseTerm(c.term, c.question, measure); got != c.want {
			t.Errorf("caseTerm(%q, %q) = %v, want %v", c.term, c.question, got, c.want)
		}
	}
}

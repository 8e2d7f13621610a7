package assistant

import (
	"strings"
	"testing"
)

func TestRangeStated(t *testing.T) {
	for text, want := range map[string]bool{
		"可以，介质温度范围为 −10 °C 至 +90 °C。":         true,
		"Liquid temperature -10 to +90 °C":    true,
		"Gripping range 20-45mm":              true,
		"Rated voltage 12V plus or minus 10%": true,
		"额定电压 380 V ±10%":                     true,
		"输送热介质时泵体表面温度可能超过 60 °C，请勿触摸。":        false,
		"Weight: 110 g.":                      false,
	} {
		if got := rangeStated.MatchString(text); got != want {
			t.Errorf("rangeStated(%q) = %v, want %v", text, got, want)
		}
	}
}

// Asked for a range, the passage giving its ends answers, though another
// shares more of the question's words with a single value.
func TestRangeAskedIsAnsweredByARange(t *testing.T) {
	ev := evidence("这泵能输送多少度的液体，温度范围",
		item(1, "a", "输送热介质时泵体表面温度可能超过 60 °C，请勿触摸。", "zh", "安全注意事项"),
		item(2, "b", "可以，介质温度范围为 −10 °C 至 +90 °C。", "zh", "常见问题"))
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "+90 °C") || strings.Contains(ans.Answer, "60 °C") {
		t.Fatalf("answer = %q, want the range", ans.Answer)
	}
}

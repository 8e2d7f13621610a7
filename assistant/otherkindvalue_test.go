package assistant

import "testing"

// A value labelled with another name of the asked kind (接地电阻 for 绝缘
// 电阻) does not state the asked one; the asked name or the bare kind
// does.
func TestValueOfAnotherNameOfTheKind(t *testing.T) {
	for _, c := range []struct {
		asked, text, unit string
		want              bool
	}{
		{"电机绕组绝缘电阻出厂要求至少多少", "检查接地线，接地电阻应不大于 4 Ω；测量绕组绝缘电阻", "Ω", true},
		{"电机绕组绝缘电阻出厂要求至少多少", "绕组绝缘电阻不小于 20 MΩ", "Ω", false},
		{"接地电阻要求多少", "检查接地线，接地电阻应不大于 4 Ω", "Ω", false},
		{"轴承温度最高多少", "最高环境温度：40 °C", "°C", true},
		{"轴承温度最高多少", "轴承温度不得超过 80 °C", "°C", false},
		{"额定电压是多少", "电压：380 V", "V", false},
	} {
		if got := valuesOfOtherKind(c.asked, c.text, c.unit); got != c.want {
			t.Errorf("%q in %q (%s): other kind = %v, want %v", c.asked, c.text, c.unit, got, c.want)
		}
	}
}

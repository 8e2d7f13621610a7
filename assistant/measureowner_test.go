package assistant

import "testing"

// A measure asked of an item named right before its word is not given by
// a sentence that gives it to another owner and never names the item.
func TestMeasureOfAnotherOwnerIsNotTheItems(t *testing.T) {
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"轴承温度最高多少", "最高环境温度：40 °C。", true},
		{"what's the max bearing temperature?", "Maximum ambient temperature: 40 °C.", true},
		// In the other language, only a glossary term names another owner.
		{"轴承温度最高允许到多少度？", "Maximum ambient temperature: 40 °C.", true},
		{"what's the max bearing temperature?", "最高环境温度：40 °C。", false},
		{"what earth resistance should we measure?", "接地电阻不大于 4 Ω。", false},
		// "Efficiency (%) 67, Power P2 (kW) 5.7" gives the power to no other owner.
		{"what shaft power at 50 m3/h?", "Flow (m³/h) 50 — Efficiency (%) 67, Power P2 (kW) 5.7.", false},
		{"轴承温度最高多少", "轴承温度不得超过 80 °C，温升不得超过环境温度 40 K。", false},
		{"what's the max bearing temperature?", "The bearing temperature must not exceed 80 °C.", false},
		{"what's the max bearing temperature?", "Bearing temperature above 80 °C — regrease.", false},
		// No owner asked: any temperature may answer.
		{"what's the maximum temperature?", "Maximum ambient temperature: 40 °C.", false},
		{"最高温度多少", "最高环境温度：40 °C。", false},
		// A sentence that names no other owner may still be the item's.
		{"what's the max bearing temperature?", "Temperature: at most 80 °C.", false},
	} {
		o, _ := askedMeasureOwner(c.question)
		if got := o.namesOther(c.text); got != c.want {
			t.Errorf("askedMeasureOwner(%q).namesOther(%q) = %v, want %v", c.question, c.text, got, c.want)
		}
	}
}

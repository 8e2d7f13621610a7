package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

func TestQuantityCode(t *testing.T) {
	for _, c := range []struct {
		question, figure string
		quantity         bool
	}{
		{"在海拔 1500 米的地方用，电机要降额吗？", "1500", true},
		{"We install at 1500 m altitude", "1500", true},
		{"环境温度 45 ℃ 能用吗？", "45", true},
		{"运行 300 小时后要检查什么？", "300", true},
		{"工单 2079 报告了什么问题？", "2079", false},
		{"Screen on my 280 M5 stays dark", "280", false},
		{"What was PO 2079 about?", "2079", false},
		{"Is 1500 mm enough clearance?", "1500", true},
	} {
		got := isQuantity(quantityCode(c.question, c.figure))
		if got != c.quantity {
			t.Errorf("%q: %s read as a quantity = %v, want %v", c.question, c.figure, got, c.quantity)
		}
	}
}

func TestHoldsQuantity(t *testing.T) {
	code := quantityCode("在海拔 1500 米的地方用", "1500")
	for text, want := range map[string]bool{
		"above 1000 m derate the motor output by 1 % per 100 m": true,
		"the pump was tested at 1500 r/min":                     true, // the figure itself
		"derate by 1 % per 5 °C above 40 °C":                    false,
		"use a 1000 mm long lifting bar instead":                false,
		"beyond 1000 m the HF-CP200 runs hot":                   false, // a model's number is no figure
		"beyond 1000 m the motor runs hot":                      false, // what happens, not a figure for it
		"海拔超过 1000 m 时电机降容 1 %":                                 true,
		"up to 1000 m above sea level":                          false, // a range, not a rule past it
		"above 2000 m fit the high-altitude kit":                false, // a rule 1500 m does not fall under
		"installed at 1000 m, the pump delivers":                false, // a setting
	} {
		if got := holdsQuantity(code, text, retrieval.TokenSet(text)); got != want {
			t.Errorf("%q holds %q = %v, want %v", text, code, got, want)
		}
	}
}

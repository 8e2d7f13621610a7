package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

func TestHoldsQuantity(t *testing.T) {
	code := quantityCode("在海拔 1500 米的地方用", "1500")
	for text, want := range map[string]bool{
		"above 1000 m derate the motor output by 1 % per 100 m":      true,
		"the pump was tested at 1500 r/min":                          true, // the figure itself
		"derate by 1 % per 5 °C above 40 °C":                         false,
		"use a 1000 mm long lifting bar instead":                     false,
		"beyond 1000 m the HF-CP200 runs hot":                        false, // a model's number is no figure
		"beyond 1000 m the motor runs hot":                           false, // what happens, not a figure for it
		"海拔超过 1000 m 时电机降容 1 %":                                      true,
		"up to 1000 m above sea level":                               false, // a range, not a rule past it
		"above 2000 m fit the high-altitude kit":                     false, // a rule 1500 m does not fall under
		"installed at 1000 m, the pump delivers":                     false, // a setting
		"beyond 1000 m use the high-altitude motor version":          true,  // what to do past the bound
		"海拔超过 1000 m 时请选用高原型电机":                                      true,
		"above 1000 m the motor must be ordered with a larger frame": true,
		"above 2000 m use the high-altitude kit":                     false, // a rule 1500 m does not fall under
	} {
		if got := holdsQuantity(code, text, retrieval.TokenSet(text)); got != want {
			t.Errorf("%q holds %q = %v, want %v", text, code, got, want)
		}
	}
}

func TestHoldsSpacedQuantity(t *testing.T) {
	for _, c := range []struct {
		code, text string
		want       bool
	}{
		{"380v", "Rated voltage: 380 V ±10%", true},
		{"80c", "Symptom: Bearing temperature above 80 °C", true},
		{"80c", "轴承温度超过 80℃", true},
		{"80c", "heat the bearing to 80°C", true},
		{"80c", "check the 80 bolts", false}, // the figure without its unit
		{"80c", "above 90 °C", false},
		{"15g", "Regrease with 15 g per bearing", true},
		{"15g", "Regrease with 15 kg", false},
	} {
		if got := holdsSpaced(c.code, c.text, retrieval.TokenSet(c.text)); got != c.want {
			t.Errorf("%q holds %q = %v, want %v", c.text, c.code, got, c.want)
		}
	}
}

// A stretch of time the asker gives ("idle for 4+ months", "停了 4 个多月")
// falls under the documents' rule for periods past a bound, and a figure
// the asker spaces from its unit ("500 g") is held where it is glued.
func TestHoldsDurationQuantity(t *testing.T) {
	for _, c := range []struct {
		question, figure, text string
		want                   bool
	}{
		{"pump is going to sit idle for 4+ months, what to do", "4", "停用时间超过 3 个月的泵，每月应手动盘车一次，每次转动 5 圈以上", true},
		{"泵已经停了 4 个多月", "4", "If the pump stands idle for more than 3 months, turn the shaft by hand 5 turns every month.", true},
		{"idle for 2 months", "2", "停用时间超过 3 个月的泵，每月应手动盘车一次，每次转动 5 圈以上", false}, // under the bound
		{"idle for 10 days", "10", "停用时间超过 3 个月的泵，每月应手动盘车一次", false},            // another unit
		{"what is E4 about", "4", "停用时间超过 3 个月的泵，每月应手动盘车一次，每次转动 5 圈以上", false},  // no unit: a code
		{"if I carry more than 500 g, how fast", "500", "When the load is > 500g, the speed needs to be less than 50%.", true},
		{"if I carry more than 500 g, how fast", "500", "When the load is > 1000g, the speed needs to be less than 30%.", false},
	} {
		code := quantityCode(c.question, c.figure)
		if got := holdsQuantity(code, c.text, retrieval.TokenSet(c.text)); got != c.want {
			t.Errorf("%q: %q holds %q = %v, want %v", c.question, c.text, code, got, c.want)
		}
	}
}

// "95 degrees" of a liquid is a temperature: a rule for liquids above
// 90 °C answers it, in either language, as it does "95 °C" and "95度".
func TestDegreesSpelledOutAreATemperature(t *testing.T) {
	for _, c := range []struct{ q, figure, text string }{
		{"Can the pump take water at 95 degrees?", "95", "Above 90 °C the seal is damaged; choose the high-temperature version."},
		{"Is feed water of 120 degree OK?", "120", "超过 90 °C 时机械密封会损坏，请选用高温型。"},
	} {
		code := quantityCode(c.q, c.figure)
		if !codesIn([]string{code}, c.text) {
			t.Errorf("%s: %q is not answered by %q", c.q, code, c.text)
		}
	}
}

// A size code the question writes crossed ("30x2") is held by a passage
// giving each of its figures in millimetres, as a part's own page does.
func TestSizeCodeHeldByItsFigures(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Viton O ring, 30mm inner diameter, 2mm cross section Outer diameter: 34mm", true},
		{"3x Viton O-ring, 30x2mm", true},
		{"O-ring 48x3.1 EPDM, 30 pieces", false},
	} {
		if got := holdsQuantity("30x2", c.text, retrieval.TokenSet(c.text)); got != c.want {
			t.Errorf("30x2 held by %q = %v, want %v", c.text, got, c.want)
		}
	}
	// A metric screw's size: its thread, and its length in millimetres.
	for text, want := range map[string]bool{"25mm M3 Hexagon-head screw": true, "25mm M4 Hexagon-head screw": false, "M3 brass nut, 25 pieces": false} {
		if got := holdsQuantity("m3x25", text, retrieval.TokenSet(text)); got != want {
			t.Errorf("M3x25 held by %q = %v, want %v", text, got, want)
		}
	}
}

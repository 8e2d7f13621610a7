package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A Chinese question asking by a unit ("多少度") asks that unit's measure,
// even where the item's name holds another measure's word (热敏电阻).
func TestMeasureAskedByChineseUnit(t *testing.T) {
	for _, c := range []struct {
		question, measure string
		states, other     string
	}{
		{"电机的 PTC 热敏电阻多少度动作", "温度", "PTC thermistor set 150 °C", "insulation resistance at least 20 MΩ"},
		{"轴承加热到多少度再装", "温度", "Heat the bearing to 100 °C.", "Fill the bearing with 15 g grease."},
		{"电流互感器二次侧一般几安", "电流", "secondary 5 A", "ratio 100/5"},
		{"这台电机几千瓦的", "功率", "Motor rated power 7.5 kW", "Rated voltage 380 V"},
		{"出口压力表量程到多少兆帕", "压力", "range 0 to 1.6 MPa", "accuracy class 1.6"},
		{"关节能转多少度", "", "", ""}, // an angle, no measure of ours
		{"泵的流量是多少", "", "", ""},
		{"关节最大速度是多少度每秒", "", "", ""}, // a rate
		{"这泵能输送多少度的液体", "", "", ""},  // what it can do
	} {
		a, ok := measureAskedByUnit(retrieval.Analyze(c.question))
		if c.measure == "" {
			if ok {
				t.Errorf("%q asks %q by its unit", c.question, a.Text)
			}
			continue
		}
		if !ok || a.Text != c.measure {
			t.Errorf("%q asks %q (%v), want %q", c.question, a.Text, ok, c.measure)
			continue
		}
		aq, asked := attributeQuestion(retrieval.Analyze(c.question))
		if !statesAttribute(aq, asked, c.states) || statesAttribute(aq, asked, c.other) {
			t.Errorf("%q: %q should state it and %q should not", c.question, c.states, c.other)
		}
	}
}

// Where the unit and the named attribute agree, the attribute keeps the
// item it is of: the impeller's weight, not any weight in kilograms.
func TestNamedAttributeAgreeingWithUnitIsKept(t *testing.T) {
	for q, want := range map[string]string{
		"这款泵的叶轮重量是多少公斤？":    "叶轮重量",
		"电机的功率是多少千瓦":        "功率",
		"电机的 PTC 热敏电阻多少度动作": "温度",
	} {
		if a, ok := attributeQuestion(retrieval.Analyze(q)); !ok || a.Text != want {
			t.Errorf("%s: attribute %q (%v), want %q", q, a.Text, ok, want)
		}
	}
}

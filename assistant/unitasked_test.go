package assistant

import (
	"strings"
	"testing"
)

func TestMeasureAskedByItsUnit(t *testing.T) {
	cases := []struct {
		question string
		measure  string // "" where no measure is asked by its unit
	}{
		{"这泵最大能跑到多少方每小时？", "flow"},
		{"每小时能抽几立方？", "flow"},
		{"How many cubic metres per hour can it pump at most?", "flow"},
		{"电机是多少千瓦的？", "power"},
		{"how many kilowatts is the motor", "power"},
		{"控制箱要接多少伏的电？", "voltage"},
		{"how many amps does it draw", "current"},
		{"漫游车一小时能跑多少公里每小时", "时速"},
		{"how fast does the rover go, in km/h?", "时速"},
		{"top speed in mph?", "时速"},
		{"水箱能装多少方水？", ""}, // a volume, not a flow
		{"这个泵有几个叶片？", ""},
		{"what is the head at 45 m³/h", ""}, // the unit is the condition, not the asked measure
	}
	for _, c := range cases {
		_, got, _ := measureByUnit(strings.ToLower(c.question))
		if got != c.measure {
			t.Errorf("%q: measure %q, want %q", c.question, got, c.measure)
		}
	}
}

// A flow asked by its unit is one value asked: a data sheet's row giving
// another maximum flow than the manual's is quoted, and the two said to
// differ.
func TestFlowAskedByUnitShowsBothDocumentsValues(t *testing.T) {
	manual := item(1, "a", "参数: 最大流量; 数值: 48; 单位: m³/h; 公差: —", "zh", "说明书")
	manual.Chunk.Kind = "table_row"
	sheet := item(2, "b", "Parameter: Maximum flow; Value: 50 m³/h; Tolerance: —", "en", "Data Sheet")
	sheet.Chunk.Kind = "table_row"
	ev := evidence("这泵最大能跑到多少方每小时？", manual, sheet)
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "48 m³/h") || !strings.Contains(ans.Answer, "50 m³/h") || !strings.Contains(ans.Answer, msgConflict.in("zh")) {
		t.Fatalf("answer = %q, want both flows said to differ", ans.Answer)
	}
}

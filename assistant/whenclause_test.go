package assistant

import (
	"slices"
	"strings"
	"testing"
)

func TestWhenClauses(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"泵运行时噪声有多大？", []string{"运行时"}},
		{"满载时电流是多少", []string{"满载时"}},
		{"每小时最多起动几次？", nil},   // 小时 is a unit of time
		{"换轴承的标准工时是多少？", nil}, // 工时 is labour time
		{"关阀运行最长时间是多少？", nil}, // 时间 is a duration
		{"停机的时候要做什么？", nil},   // 时候 is a filler
	} {
		if got := whenClauses(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%s: whenClauses = %v, want %v", c.text, got, c.want)
		}
	}
}

// A measure asked "while running" or "of the pump" is answered by the
// row stating it: the clause saying when, the product's name and the
// asking words ("多大") are no item the row must name, and a neighbouring
// row that only mentions the word ("异常噪声") is no answer.
func TestMeasureAskedWithConditionAnsweredByItsRow(t *testing.T) {
	for _, q := range []string{"泵运行时噪声有多大？", "泵的噪声有多大？", "工作时噪声有多大？", "噪声有多大？"} {
		spec := item(1, "a", "参数: 噪声（距离 1 m）; 数值: ≤ 72; 单位: dB(A); 公差: —", "zh", "HF-CP200 单级离心泵 使用维护说明书")
		spec.Chunk.Kind = "table_row"
		spec.Chunk.Section = []string{"2. 规格参数"}
		spec.Score = 1.0
		daily := item(2, "b", "周期: 每天; 工作内容: 检查机械密封泄漏，注意有无异常噪声，检查轴承温度", "zh", "HF-CP200 单级离心泵 使用维护说明书")
		daily.Chunk.Kind = "table_row"
		daily.Chunk.Section = []string{"6. 维护保养"}
		daily.Score = 1.2
		ans := answer(t, evidence(q, daily, spec))
		if ans.Abstained || !strings.HasPrefix(ans.Answer, "噪声（距离 1 m）: ≤ 72 dB(A)") {
			t.Errorf("%s: answer = %q", q, ans.Answer)
		}
	}
}

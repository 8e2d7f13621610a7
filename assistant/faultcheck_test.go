package assistant

import (
	"strings"
	"testing"
)

// A troubleshooting row's remedy gives a value to check against ("check
// the supply voltage (380 V ±10%)"); asked for the measure itself, the
// specification states it first, though the row ranked higher. Asked
// about the row's fault, the row still answers.
func TestRatingLeadsTheValueAFaultChecks(t *testing.T) {
	fault := "Symptom: Motor trips with E01; Possible cause: Supply voltage too low; Remedy: Check the supply voltage (380 V ±10%)"
	spec := "Rated voltage: 380 V ±10%, three-phase."
	for _, c := range []struct{ q, lead string }{
		{"How many volts does it want?", "Rated voltage"},
		{"电压要求是多少？", "Rated voltage"},
		{"What voltage does it take?", "Rated voltage"},
		{"Motor trips with E01: what voltage should I check?", "Motor trips"},
	} {
		row := item(1, "a", fault, "en", "Manual")
		row.Chunk.Kind, row.Score = "table_row", 1
		text := item(2, "b", spec, "en", "Manual")
		text.Score = 0.6
		ev := evidence(c.q, row, text)
		got := strings.Join(bestSentences(ev, 2, asked{}), "\n")
		if !strings.HasPrefix(got, c.lead) {
			t.Errorf("%s: %q, want the lead %q", c.q, got, c.lead)
		}
	}
}

// The same in Chinese, where the fault row names the measure whole
// ("电源电压过低") and the rating calls it otherwise (额定电压).
func TestRatingLeadsTheValueAFaultChecksZH(t *testing.T) {
	fault := "故障现象: 电机过流停机，显示 E01; 可能原因: 电源电压过低; 排除方法: 检查电源电压（380 V ±10%）"
	spec := "额定电压：380 V ±10%，三相交流。"
	for _, c := range []struct{ q, lead string }{
		{"电源电压多少伏", "额定电压"},
		{"供电电压要求多少伏？", "额定电压"},
		{"显示 E01 跳停，电源电压该是多少伏？", "电机过流停机"},
	} {
		row := item(1, "a", fault, "zh", "说明书")
		row.Chunk.Kind, row.Score = "table_row", 1
		text := item(2, "b", spec, "zh", "说明书")
		text.Score = 0.6
		got := strings.Join(bestSentences(evidence(c.q, row, text), 2, asked{}), "\n")
		if !strings.HasPrefix(got, c.lead) {
			t.Errorf("%s: %q, want the lead %q", c.q, got, c.lead)
		}
	}
}

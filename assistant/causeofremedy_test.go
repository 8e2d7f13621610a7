package assistant

import (
	"strings"
	"testing"
)

// Asked what to do about a symptom, the fault row's remedy comes first and
// its cause follows: knowing why makes the remedy make sense.
func TestRemedyComesWithItsCause(t *testing.T) {
	row := rowItem(1, "a", "故障现象: 泵不出水; 可能原因: 未灌泵，吸入管内有空气; 排除方法: 向泵体和吸入管灌满液体，通过排气螺塞排气", "zh")
	other := rowItem(2, "b", "故障现象: 轴承温度过高; 可能原因: 润滑脂不足; 排除方法: 补充润滑脂", "zh")
	for _, q := range []string{"泵不出水怎么办？", "泵不出水该怎么处理"} {
		ans := answer(t, evidence(q, row, other))
		remedy, cause := strings.Index(ans.Answer, "灌满液体"), strings.Index(ans.Answer, "未灌泵")
		if ans.Abstained || remedy < 0 || cause < remedy {
			t.Errorf("%s: want the remedy, then its cause: %q", q, ans.Answer)
		}
		if strings.Contains(ans.Answer, "润滑脂") {
			t.Errorf("%s: another row's field: %q", q, ans.Answer)
		}
	}
}

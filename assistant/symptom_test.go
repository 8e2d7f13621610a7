package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

func rowItem(n int, id, text, lang string) retrieval.Item {
	it := item(n, id, text, lang, "说明书")
	it.Chunk.Kind = "table_row"
	it.Chunk.Section = []string{"7. 故障排除"}
	return it
}

// A symptom told in the user's words finds its row in the fault table,
// whose cause and remedy are the answer.
func TestSymptomInOtherWordsFindsItsRow(t *testing.T) {
	ev := evidence("泵一点水都不出",
		rowItem(1, "a", "故障现象: 电机过流停机，显示 E01; 可能原因: 流量超过 48 m³/h; 排除方法: 关小出口阀", "zh"),
		rowItem(2, "b", "故障现象: 泵不出水; 可能原因: 未灌泵，吸入管内有空气; 排除方法: 向泵体和吸入管灌满液体", "zh"))
	ev.Trace.Coverage = 0.3
	ans := answer(t, ev)
	if ans.Abstained || !strings.HasPrefix(ans.Answer, "泵不出水") || !strings.Contains(ans.Answer, "灌满液体") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// A specification row names a parameter, not a symptom: it is not read
// out whole as the answer to a question that shares its name.
func TestSpecificationRowIsNoSymptom(t *testing.T) {
	ev := evidence("叶轮直径是多少？", rowItem(1, "a", "参数: 叶轮直径; 数值: 174 mm", "zh"))
	if text, ok := symptomAnswer(ev, "zh"); ok {
		t.Fatalf("symptom answer = %q", text)
	}
}

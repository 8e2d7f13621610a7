package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
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

// A fault row that shows a code answers for it, unless the code has an
// entry of its own, which says what it means.
func TestSymptomCodeYieldsToCodeEntry(t *testing.T) {
	fault := retrieval.Item{N: 1, Chunk: kg.Chunk{ID: "a", Kind: "table_row", Lang: "en", DocTitle: "Manual",
		Text: "Symptom: Motor trips with E01; Possible cause: Flow above 48 m³/h or supply voltage too low; Remedy: Throttle the discharge valve"}}
	entry := retrieval.Item{N: 2, Chunk: kg.Chunk{ID: "b", Kind: "table_row", Lang: "zh", DocTitle: "说明书",
		Text: "代码: E01; 含义: 电机过流（超过额定电流 14.8 A）"}}
	if text, ok := symptomAnswer(evidence("老是 E01 跳停", fault), "zh"); !ok || !strings.Contains(text, "Throttle") {
		t.Fatalf("the fault row showing E01 does not answer: %q", text)
	}
	if text, ok := symptomAnswer(evidence("控制箱显示 E01 是什么故障？", fault, entry), "zh"); ok {
		t.Fatalf("the fault row answers although E01 has its own entry: %q", text)
	}
}

// Two rows share a symptom; a question that tells what brought it on in
// the words of one row's cause is answered by that row, however much
// else it says around the symptom.
func TestSymptomRowPickedByTheCauseTheQuestionTells(t *testing.T) {
	rotation := "Symptom: Flow too low; Possible cause: Wrong direction of rotation; Remedy: Swap two supply phases"
	clogged := "Symptom: Flow too low; Possible cause: Suction strainer or impeller clogged; Remedy: Clean the strainer"
	for _, c := range []struct {
		question, want string
		ok             bool
	}{
		{"pressure dropped and flow is down right after an electrician rewired the motor. any idea?", "Swap two", true},
		{"flow is down and the suction strainer looks clogged with leaves from the pond, what now?", "Clean the strainer", true},
		{"pressure dropped and flow is down right after an electrician visited the site. any idea?", "", false},
	} {
		ev := evidence(c.question, rowItem(1, "a", rotation, "en"), rowItem(2, "b", clogged, "en"))
		text, ok := symptomAnswer(ev, "en")
		if ok != c.ok || !strings.Contains(text, c.want) {
			t.Errorf("%q: symptom answer = %q, %v", c.question, text, ok)
		}
	}
}

// A fault row whose symptom is a code on the display is that code's
// symptom: a question about a dark display, naming no code, is not it.
func TestSymptomNamingACodeNeedsTheCode(t *testing.T) {
	rows := []retrieval.Item{
		rowItem(1, "a", "故障现象: 控制箱显示 E03; 可能原因: 供液箱液位过低; 排除方法: 补充液体，检查液位开关", "zh"),
		rowItem(2, "b", "故障现象: 控制箱显示 E07; 可能原因: 压力变送器断线; 排除方法: 检查接线", "zh"),
	}
	for _, q := range []string{"通电了但控制箱显示屏不亮，怎么回事？", "控制箱显示不出来，什么原因", "控制箱的显示屏坏了吗"} {
		if text, ok := symptomAnswer(evidence(q, rows...), "zh"); ok {
			t.Errorf("%q: symptom answer = %q", q, text)
		}
	}
	// Named, the code finds its row.
	if text, ok := symptomAnswer(evidence("控制箱显示 E03 怎么办", rows...), "zh"); !ok || !strings.Contains(text, "E03") {
		t.Errorf("E03: symptom answer = %q, %v", text, ok)
	}
}

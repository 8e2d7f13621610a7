package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// Asked what to do about a fault, the answer is what the documents
// prescribe for that fault: not an FMEA row's empty action, not another
// fault's remedy that shares only the part, and the code list's whole
// entry, whose instruction follows the fault's name.
func TestFaultAskedWhatToDoGetsItsRemedy(t *testing.T) {
	fmea := rowItem(1, "f", "Item: Fan motor; Potential Failure Mode: Winding too hot; Potential Effect: Fan stops; Severity: 7; Recommended Action: None", "en")
	other := rowItem(2, "t", "故障现象: 风机电机过流跳闸; 可能原因: 叶片卡住; 排除方法: 清理叶片", "zh")
	codes := item(3, "c", "F01 风机过流：电流超过额定值。检查叶片。 F02 风机过热：绕组温度超过 140 °C。清理进风口滤网，检查环境温度。 F03 通讯故障。", "zh", "故障代码表")
	for _, q := range []string{"风机过热了怎么办？", "What should I do when the fan motor winding is too hot?"} {
		ans := answer(t, evidence(q, fmea, other, codes))
		if strings.Contains(ans.Answer, "None") || strings.Contains(ans.Answer, "清理叶片") {
			t.Errorf("%s: another fault's or an empty remedy: %q", q, ans.Answer)
		}
	}
	ans := answer(t, evidence("风机过热了怎么办？", fmea, other, codes))
	if !strings.Contains(ans.Answer, "清理进风口滤网") {
		t.Errorf("the code entry's instruction is missing: %q", ans.Answer)
	}
	// Asked for the action by the column's name, an empty one is the answer.
	ans = answer(t, evidence("What is the recommended action for the winding being too hot?", fmea))
	if !strings.Contains(ans.Answer, "None") {
		t.Errorf("the named column's value is missing: %q", ans.Answer)
	}
}

func TestWholeEntryStopsAtTheNextCode(t *testing.T) {
	list := "F01 风机过流：电流超过额定值。检查叶片。 F02 风机过热：绕组温度超过 140 °C。清理进风口滤网。 F03 通讯故障。"
	for _, c := range []struct{ s, want string }{
		{"F02 风机过热：绕组温度超过 140 °C。", "F02 风机过热：绕组温度超过 140 °C。清理进风口滤网。"},
		{"F03 通讯故障。", "F03 通讯故障。"},
		{"检查叶片。", "检查叶片。"},
	} {
		if got := wholeEntry(list, c.s); got != c.want {
			t.Errorf("%s: got %q, want %q", c.s, got, c.want)
		}
	}
}

// A fault code most passages hold is still the record's key: a row
// without it is another fault's, though it shares the asking's other
// words ("报警" and an alarm to add).
func TestRowWithoutTheAskedCodeIsAnotherFaults(t *testing.T) {
	rows := []string{
		"Item: Impeller; Potential Failure Mode: Cavitation; Potential Cause: NPSH too low; Recommended Action: Add a suction pressure alarm",
		"Work Order: WO-1; Symptom: Panel shows F07; Cause: Transmitter connector corroded",
		"Work Order: WO-2; Symptom: Panel shows F07; Cause: Transmitter cable chafed",
		"Work Order: WO-3; Symptom: Panel shows F07; Cause: Transmitter failed",
	}
	var items []retrieval.Item
	for i, r := range rows {
		items = append(items, rowItem(i+1, string(rune('a'+i)), r, "en"))
	}
	ans := answer(t, evidence("F07 报警是什么原因", items...))
	if strings.Contains(ans.Answer, "NPSH") {
		t.Errorf("another fault's cause: %q", ans.Answer)
	}
}

// The words that ask how to deal with a fault ask; they are not what the
// answer must hold, though a fault table's remedy column glosses them.
func TestRemedyAskingWordsAreNoContent(t *testing.T) {
	for _, c := range []struct {
		term, q string
		want    bool
	}{
		{"处理", "风机过热了该怎么处理", true},
		{"处理", "风机过热了怎么处理", true},
		{"处理", "处理器过热了怎么处理", false},
		{"过热", "风机过热了该怎么处理", false},
	} {
		if got := onlyAsksRemedy(c.term, c.q); got != c.want {
			t.Errorf("%s in %s: got %v, want %v", c.term, c.q, got, c.want)
		}
	}
}

// Asked what a code on a box means and at what value, the code list's
// line answers: the code it opens with is the item asked, though the
// line never names the box.
func TestCodeLineAnswersItsMeaningAndValue(t *testing.T) {
	list := item(1, "c", "F05 过流：电流超过 12 A 持续 3 秒。 F06 欠电压：电源电压低于 200 V 持续 5 秒。 F07 通讯故障。", "zh", "故障代码表")
	log := rowItem(2, "w", "Work Order: WO-1; Symptom: Panel box shows F06; Cause: Supply voltage dropped to 190 V", "en")
	ans := answer(t, evidence("what does F06 on the panel box mean, at what voltage?", log, list))
	if !strings.HasPrefix(ans.Answer, "F06 欠电压") {
		t.Errorf("the code line does not lead: %q", ans.Answer)
	}
}

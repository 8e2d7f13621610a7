package assistant

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

func linkParameter(ev *retrieval.Evidence, name string) {
	id := kg.EntityID(kg.Parameter, name)
	ev.Entities[id] = kg.Entity{ID: id, Name: name, Type: kg.Parameter}
	ev.Linked = append(ev.Linked, retrieval.Linked{Entity: ev.Entities[id], Surface: name})
}

// Another item's value never stands in for the asked one, and a row that
// names the item but not the measure states nothing asked.
func TestMeasureOfAnotherItemIsNotTheAnswer(t *testing.T) {
	rows := func() []retrieval.Item {
		row := item(1, "a", "Part No.: CP200-IMP-02; Name: Impeller nut M16x1.5; Recommended stock: 1", "en", "spare_parts")
		row.Chunk.Kind = "table_row"
		bolts := item(2, "b", "Grout the four M16 anchor bolts and tighten them to 120 N·m after the grout has cured.", "en", "Manual")
		bolts.Chunk.Section = []string{"4. Installation"}
		return []retrieval.Item{row, bolts}
	}
	ev := evidence("What torque for the impeller nut?", rows()...)
	linkParameter(ev, "torque")
	if ans := answer(t, ev); !ans.Abstained || strings.Contains(ans.Answer, "120") {
		t.Fatalf("answer = %q, want an abstention", ans.Answer)
	}

	// The same value is the answer where the section names the item.
	ok := item(3, "c", "Tighten it to 120 N·m with thread locker.", "en", "Assembly")
	ok.Chunk.Section = []string{"Operation 40 — Impeller nut mounting"}
	ev = evidence("What torque for the impeller nut?", append(rows(), ok)...)
	linkParameter(ev, "torque")
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "120 N·m with thread locker.") || strings.Contains(ans.Answer, "anchor") {
		t.Fatalf("answer = %q, want the nut's own torque", ans.Answer)
	}
}

// A measure of the product itself names no item beyond the product.
func TestMeasureOfTheProductNeedsNoItem(t *testing.T) {
	ev := evidence("HF-CP200 允许的介质温度范围是多少？", item(1, "a", "介质温度：−10 ～ +90 °C。", "zh", "说明书"))
	pump := kg.Entity{ID: kg.EntityID(kg.Product, "HF-CP200"), Name: "HF-CP200", Type: kg.Product}
	ev.Linked = append(ev.Linked, retrieval.Linked{Entity: pump, Surface: "HF-CP200"})
	linkParameter(ev, "介质温度范围")
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "+90 °C") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// The noun after 什么 is the asked attribute: a row naming the nut but no
// thread locker does not answer which thread locker it takes.
func TestChineseWhatNounIsTheAttribute(t *testing.T) {
	row := item(1, "a", "叶轮螺母 CP200-IMP-02：紧固时更换，推荐库存 1 件。", "zh", "备件清单")
	ev := evidence("叶轮螺母紧固时要涂什么螺纹胶？", row)
	if ans := answer(t, ev); !ans.Abstained {
		t.Fatalf("answer = %q, want an abstention", ans.Answer)
	}
	ev = evidence("叶轮螺母紧固时要涂什么螺纹胶？", row, item(2, "b", "叶轮螺母紧固前在螺纹上涂 Loctite 243 螺纹胶。", "zh", "作业指导书"))
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "Loctite 243") || strings.Contains(ans.Answer, "推荐库存") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// A sentence giving a value in the asked measure's unit comes before one
// that only names the measure.
func TestValueInMeasureUnitRanksFirst(t *testing.T) {
	ev := evidence("How loud is the pump?",
		item(1, "a", "Crackling noise and vibration: cavitation, open the suction valve fully.", "en", "Manual"),
		item(2, "b", "The pump gets noisy beyond 48 m³/h.", "en", "FAQ"),
		item(3, "c", "Noise level: ≤ 72 dB(A) at 1 m.", "en", "Spec sheet"))
	ev.Items[2].Score = 0
	ans := answer(t, ev)
	if ans.Abstained || !strings.HasPrefix(ans.Answer, "Noise level: ≤ 72 dB(A)") {
		t.Fatalf("answer = %q, want the 72 dB(A) first", ans.Answer)
	}
}

// "How long" is the question word: a sentence sharing "long" and "time"
// with the question does not answer how long a delivery takes.
func TestHowLongIsAQuestionWord(t *testing.T) {
	ev := evidence("How long is the delivery time for a new pump?",
		item(1, "a", "If the pump will not be used for a long time, drain the casing.", "en", "Manual"))
	ev.Trace.Coverage = 0
	if ans := answer(t, ev); !ans.Abstained {
		t.Fatalf("answer = %q, want an abstention", ans.Answer)
	}
}

// "How large" names no one measure: the amount a passage states answers it.
func TestHowLargeAsksForAnAmount(t *testing.T) {
	ev := evidence("How large is the HF-CP200 bonus pool?", item(1, "a", "The HF-CP200 bonus pool is 500 euros per technician.", "en", "Note"))
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "500 euros") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// A measure's word in a phrase about the supply or the present asks for
// no measure; asked plainly, it does.
func TestStatePhrasesAskNoMeasure(t *testing.T) {
	for _, c := range []struct {
		question string
		measure  bool
	}{
		{"The screen is dark but we definitely have power. What's wrong?", false},
		{"the arm is powered but will not move", false},
		{"what are the current controls for seal wear?", false},
		{"what is the motor's rated power?", true},
		{"how much current does the pump draw?", true},
	} {
		ev := evidence(c.question, item(1, "a", "Rated power: 7.5 kW.", "en", "Manual"))
		if got := askedMeasure(ev).units != nil; got != c.measure {
			t.Errorf("%q asks a measure = %v, want %v", c.question, got, c.measure)
		}
	}
}

// "是什么故障" asks what the fault is: the code table's line defines it,
// though it never writes 故障; a log row showing the code does not.
func TestWhatFaultIsAnsweredByTheCodesDefinition(t *testing.T) {
	ev := evidence("控制箱报E06是什么故障",
		item(1, "a", "Work Order: WO-26-0009; Symptom: Control box shows E06; Cause: Supply voltage dropped to 335 V", "en", "maintenance_log"),
		item(2, "b", "E06 欠电压：电源电压低于 342 V 持续 5 秒。", "zh", "故障代码表"),
		item(3, "c", "控制箱显示出口压力（MPa），停机保护时显示故障代码。", "zh", "说明书"),
		item(4, "d", "排除故障原因后，按住复位键 3 秒确认故障。", "zh", "说明书"),
		item(5, "e", "E01 电机过流：超过额定电流的 110 % 持续 10 秒。", "zh", "故障代码表"))
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "欠电压") {
		t.Fatalf("answer = %q, want the code's definition", ans.Answer)
	}
}

// A value whose label lists the asked item among others is theirs
// together: the motor's weight is not the whole unit's.
func TestValueOfAListIsNotTheItems(t *testing.T) {
	ev := evidence("How heavy is the motor by itself?",
		item(1, "a", "Weight (pump, motor, base plate, control box): 118 kg (±3%).", "en", "Manual"),
		item(2, "b", "整机重量（泵、电机、底座、控制箱）: 118 kg (±3%).", "zh", "说明书"))
	if ans := answer(t, ev); strings.Contains(ans.Answer, "118") {
		t.Fatalf("answer = %q, want no whole-unit weight", ans.Answer)
	}
	ev = evidence("How heavy is the motor by itself?",
		item(1, "a", "Weight (pump, motor, base plate, control box): 118 kg (±3%).", "en", "Manual"),
		item(2, "c", "Motor weight: 52 kg (IE3, 2-pole).", "en", "Data sheet"))
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "52 kg") || strings.Contains(ans.Answer, "118") {
		t.Fatalf("answer = %q, want the motor's own 52 kg", ans.Answer)
	}
	// Asked for the items together, the list's value is the answer.
	ev = evidence("how heavy is the whole CP200 unit, pump+motor+base+control box?",
		item(1, "a", "Weight (pump, motor, base plate, control box): 118 kg (±3%).", "en", "HF-CP200 Manual"))
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "118 kg") {
		t.Fatalf("answer = %q, want the whole unit's 118 kg", ans.Answer)
	}
}

// What something can do before 多少 is no attribute; a noun with 能 is.
func TestChinesePredicateIsNoAttribute(t *testing.T) {
	for q, want := range map[string]bool{
		"这泵能输送多少度的液体，温度范围": false,
		"电机的功率是多少":         true,
		"吸泵的吸附能力是多少":       true,
	} {
		if _, got := attributeQuestion(retrieval.Analyze(q)); got != want {
			t.Errorf("%s: attribute asked = %v, want %v", q, got, want)
		}
	}
}

// A processor's clock is stated by a value in MHz, not by any frequency.
func TestClockSpeedIsStatedInMHz(t *testing.T) {
	a := retrieval.Analyze("主频")
	a.Text = "主频"
	for text, want := range map[string]bool{
		"CPU: 240MHz Dual Core, 600 DMIPS": true,
		"额定频率：50 Hz ±2%":                   false,
	} {
		if got := statesAttribute(a, true, text); got != want {
			t.Errorf("%q states 主频 = %v, want %v", text, got, want)
		}
	}
}

// A pair cut across the measure's word ("吸重" of 能吸重量) is no item the
// value's row must name; a pair standing apart from it is.
func TestPairAcrossTheMeasureIsNoItem(t *testing.T) {
	for _, c := range []struct {
		term, text string
		want       bool
	}{
		{"吸重", "能吸重量", true},
		{"径多", "直径多大", false}, // after the measure, not across its start
		{"叶轮", "叶轮重量", false},
		{"能吸", "能吸重量", false},
		{"weigh", "weight", false},
	} {
		if got := straddlesMeasure(c.term, c.text, []string{"重量", "直径"}); got != c.want {
			t.Errorf("straddlesMeasure(%q in %q) = %v, want %v", c.term, c.text, got, c.want)
		}
	}
	ev := evidence("吸泵能吸多重的东西", item(1, "a", "吸取重量 — 吸泵 150g.", "zh", "吸泵参数"))
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "150g") {
		t.Fatalf("answer = %q, want the suction weight", ans.Answer)
	}
}

// Asking what the requirements are names no attribute of its own: the
// conditions asked for are named before it, and a passage states them
// in its own words.
func TestRequirementsAreNoAttribute(t *testing.T) {
	for q, want := range map[string]bool{
		"原包装存放时环境温度和湿度有什么要求":         false,
		"安装场地有什么条件":                  false,
		"what are the requirements?": false,
		"泵体螺栓的拧紧扭矩是多少":               true,
	} {
		if _, got := attributeQuestion(retrieval.Analyze(q)); got != want {
			t.Errorf("%s: attribute asked = %v, want %v", q, got, want)
		}
	}
}

// The model the documents are about, in the asker's short form ("the
// cp200 motor"), is context: a specification row that states the value
// under the model's manual answers, though its sentence never repeats
// the model.
func TestModelNameIsNoItemOfTheMeasure(t *testing.T) {
	spec := item(1, "a", "Rated current: 14.8 A at 380 V.", "en", "HF-CP200 Centrifugal Pump Manual")
	other := item(2, "b", "Rated voltage: 380 V ±10%, three-phase.", "en", "HF-CP200 Centrifugal Pump Manual")
	ev := evidence("whats the rated current of the cp200 motor at 380V?", spec, other)
	mc := askedMeasure(ev)
	if slices.Contains(mc.item.Terms, "cp200") {
		t.Errorf("item terms %v hold the model", mc.item.Terms)
	}
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "14.8 A") {
		t.Errorf("answer = %q", ans.Answer)
	}
	// A bare figure the passages share is a condition asked, not a model:
	// the noise "at 1 m" is measured there.
	ev = evidence("what is the noise level at 1 m?",
		item(1, "a", "Noise level at 1 m: 72 dB(A).", "en", "Pump 1 manual"),
		item(2, "b", "Keep 1 m free around the motor fan.", "en", "Pump 1 manual"))
	if mc := askedMeasure(ev); !slices.Contains(mc.item.Terms, "1") {
		t.Errorf("item terms %v lost the distance", mc.item.Terms)
	}
}

// A lens's focal length, or the tube length an objective is made for, is
// stated in millimetres: a sentence that only
// speaks of the focal length ("not placed one focal length from the
// camera") does not say how long it is.
func TestFocalLengthAsksAMeasure(t *testing.T) {
	for _, q := range []string{"管镜焦距多少", "What is the focal length of the tube lens?", "what tube length objective should I buy?"} {
		ev := evidence(q, item(1, "a", "Focal length: 50mm", "en", "Tube lens"))
		if mc := askedMeasure(ev); !slices.Contains(mc.units, "mm") || mc.statesValue("focal length from the camera") {
			t.Errorf("%q: measure units %v", q, mc.units)
		}
	}
}

// A name ending in a measure's word asks no measure: "Roboflow" is a
// program, not a flow; "flow" and "flow rate" are.
func TestMeasureWordStartsAWord(t *testing.T) {
	for q, want := range map[string]bool{
		"does Roboflow still support mycobot?":       false,
		"Roboflow 现在还能用来控制 myCobot 280 吗？":           false,
		"what flow does the pump give at 30 m head?": true,
		"what is the rated flow of the HF-CP200?":    true,
	} {
		if got := askedMeasure(&retrieval.Evidence{Question: retrieval.Analyze(q)}).units != nil; got != want {
			t.Errorf("%q: measure asked %v, want %v", q, got, want)
		}
	}
}

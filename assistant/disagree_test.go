package assistant

import (
	"github.com/kgassist/kgassist/retrieval"
	"strings"
	"testing"
)

func TestValueFor(t *testing.T) {
	flow := []string{"m³/h", "l/min"}
	cases := []struct {
		text  string
		units []string
		quals string
		want  string // "" when no one value is stated
	}{
		{"Maximum flow: 48 m³/h.", flow, "", "48 m³/h"},
		{"Rated flow 40 m³/h ±5% Rated head 32 m Maximum flow 50 m³/h — Shut-off head 38 m", flow, "max", "50 m³/h"},
		{"Rated flow 40 m³/h ±5% Maximum flow 50 m³/h", flow, "", ""}, // two rows, no case asked
		{"Range -168 ~ +168 °", []string{"°"}, "", ""},                // a range's ends
		{"flow 30 to 45 m³/h", flow, "", ""},
		{"Use the M3 screws.", []string{"mm"}, "", ""},
		{"the 8.4V 5A DC power adapter", []string{"V"}, "", "8.4 V"},
		{"可使用厂家配备的8.4V 5A DC电源适配器供电", []string{"V"}, "", "8.4 V"},
		{"Rated head 32 m ±3%，Maximum flow 50 m³/h", flow, "max", "50 m³/h"},
		{"a resistor (about 80 ohms)", attributeUnits["resistance"], "", "80 ohms"},
	}
	for _, c := range cases {
		v, ok := valueFor(c.text, c.units, c.quals)
		if got := map[bool]string{true: v.written}[ok]; got != c.want {
			t.Errorf("valueFor(%q, %q) = %q, want %q", c.text, c.quals, got, c.want)
		}
	}
}

func TestFindDisagreement(t *testing.T) {
	at := func(text string, n int, units ...string) rival {
		v, ok := valueFor(text, units, "")
		if !ok {
			t.Fatalf("no value in %q", text)
		}
		return rival{value: v, n: n, context: text, doc: "doc"}
	}
	cases := []struct {
		name   string
		answer rival
		others []rival
		want   int // the rival's item, 0 for none
	}{
		{"different sources, different values", at("Maximum flow: 48 m³/h.", 1, "m³/h"),
			[]rival{at("Maximum flow 50 m³/h", 2, "m³/h")}, 2},
		{"the same value in two spellings", at("Weight: 0.85 kg", 1, "kg", "g"),
			[]rival{at("Weight 850 g", 2, "kg", "g")}, 0},
		{"another case of the measure", at("Maximum flow: 48 m³/h.", 1, "m³/h"),
			[]rival{at("Rated flow: 40 m³/h", 2, "m³/h")}, 0},
		{"a rated value is the item's value", at("the 8.4V 5A DC power adapter", 1, "V"),
			[]rival{at("Rated voltage: 12V", 2, "V")}, 2},
		{"a limit is not the item's value", at("the 8.4V 5A DC power adapter", 1, "V"),
			[]rival{at("Maximum voltage: 12V", 2, "V")}, 0},
		{"another quantity, several times the value", at("Payload 250g", 1, "g"),
			[]rival{at("Suction cup lifts 50g", 2, "g")}, 0},
		{"another item, another unit scale", at("insulation resistance at least 20 MΩ", 1, "MΩ", "Ω"),
			[]rival{at("earthing resistance not above 4 Ω", 2, "MΩ", "Ω")}, 0},
		{"a record line of another item", at("Payload — Parameters 250g", 1, "g"),
			[]rival{at("吸取重量 — 双头吸泵 150g", 2, "g")}, 0},
		{"a record line of the same item", at("Payload — Arm 250g", 1, "g"),
			[]rival{at("Weight — Arm 200g", 2, "g")}, 2},
		{"another condition", at("Speed at 50 Hz: 2900 r/min", 1, "r/min"),
			[]rival{at("Speed at 60 Hz: 3500 r/min", 2, "r/min")}, 0},
		{"resistance in words and in symbols", at("a resistor of 60 Ω", 1, attributeUnits["resistance"]...),
			[]rival{at("60 Ohm", 3, attributeUnits["resistance"]...), at("about 80 ohms", 2, attributeUnits["resistance"]...)}, 2},
		{"resistor values", at("a resistor of 60 Ω", 1, "Ω"),
			[]rival{at("a resistor of 80 Ω", 2, "Ω")}, 2},
		{"the answer's own passage", at("Maximum flow: 48 m³/h.", 1, "m³/h"),
			[]rival{at("Maximum flow 50 m³/h", 1, "m³/h")}, 0},
	}
	for _, c := range cases {
		// The asked measure's own unit names no condition.
		asked := []string{strings.TrimLeft(c.answer.value.written, "0123456789. ")}
		got, ok := findDisagreement(retrieval.Question{}, c.answer, c.others, asked)
		if n := map[bool]int{true: got.n}[ok]; n != c.want {
			t.Errorf("%s: rival %d, want %d", c.name, n, c.want)
		}
	}
}

func TestDisagreementLineCitesBoth(t *testing.T) {
	a := rival{value: newValue("48", "m³/h"), n: 1, doc: "Manual"}
	b := rival{value: newValue("50", "m³/h"), n: 2, doc: "Data sheet"}
	want := map[string]string{
		"en": "The sources disagree: 48 m³/h [1] (Manual) vs 50 m³/h [2] (Data sheet)",
		"zh": "资料之间存在不一致：48 m³/h [1]（Manual）；50 m³/h [2]（Data sheet）",
	}
	for lang, w := range want {
		if got := disagreementLine(a, b, lang); got != w {
			t.Errorf("%s: %q, want %q", lang, got, w)
		}
	}
}

func TestRivalLabelNamesMeasureOrItem(t *testing.T) {
	mc := measureCheck{units: attributeUnits["voltage"],
		words: retrieval.Question{Terms: retrieval.ContentTerms("voltage")},
		item:  retrieval.Question{Terms: retrieval.ContentTerms("adapter")}}
	cases := map[string]bool{
		"Rated voltage:":          true,
		"额定电压":                    true,
		"the DC power adapter of": true,
		"":                        false,
		"Plug type, outer sleeve": false,
	}
	for row, want := range cases {
		if got := mc.labels(row); got != want {
			t.Errorf("labels(%q) = %v, want %v", row, got, want)
		}
	}
}

// A data sheet's table window answers first when the question names the
// documents; the manual's other reading is still shown beside it, the
// window's value picked by the case asked. A data sheet without
// headings states its values under its title.
func TestDisagreementFromATableWindowFirst(t *testing.T) {
	sheet := item(1, "a", "Hydraulic data (clean water, 20 °C) Parameter Value Tolerance Rated flow 40 m³/h ±5% Rated head 32 m ±3% Maximum flow 50 m³/h — Shut-off head 38 m ±5% Rated speed 2900 r/min", "en", "HF-CP200 Centrifugal Pump Data Sheet")
	sheet.Chunk.Section = nil
	manual := item(2, "b", "Maximum flow: 48 m³/h.", "en", "HF-CP200 Centrifugal Pump Manual")
	ev := evidence("What's the max flow of this pump, really? the manual and the data sheet don't agree", sheet, manual)
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "48 m³/h") || !strings.Contains(ans.Answer, "50 m³/h") {
		t.Fatalf("answer = %q, want both readings", ans.Answer)
	}
}

// Two record lines that each name an item the other does not are two
// items' values, though they share the product's name and a kind of part;
// the same item named in the question's words stays one.
func TestDisagreementNotAcrossItems(t *testing.T) {
	at := func(text string, n int) rival {
		v, ok := valueFor(text, []string{"kg", "g"}, "")
		if !ok {
			t.Fatalf("no value in %q", text)
		}
		return rival{value: v, n: n, context: text, doc: "doc"}
	}
	cases := []struct {
		name, question string
		answer, other  rival
		want           bool
	}{
		{"two holders of one robot", "how heavy is the myCobot 280?",
			at("Clamping weight — myCobot Phone Holder 50g.", 1), at("Weight — myCobotPro Pen Holder Approx. 35g.", 2), false},
		{"two holders, asked in Chinese", "myCobot 280 有多重？",
			at("夹持重量 — myCobot 手机夹持器 50g.", 1), at("重量 — myCobotPro 笔夹持器 约 35g.", 2), false},
		{"two grippers' masses", "what does the gripper weigh?",
			at("Weight — Adaptive gripper 350g.", 1), at("Weight — Parallel gripper 250g.", 2), false},
		{"one base, two readings", "how heavy is the flat base?",
			at("Weight — Flat base 60g.", 1), at("Weight — Flat base approx. 65g.", 2), true},
		{"the asked item named more fully on one side", "how heavy is the phone holder?",
			at("Weight — Phone holder 50g.", 1), at("Weight — myCobot Phone holder 55g.", 2), true},
	}
	for _, c := range cases {
		_, got := findDisagreement(retrieval.Analyze(c.question), c.answer, []rival{c.other}, []string{"g"})
		if got != c.want {
			t.Errorf("%s: disagreement %v, want %v", c.name, got, c.want)
		}
	}
}

// An alignment's offset is a measure in mm: the assembly instruction's
// factory limit and the manual's site limit are set side by side.
func TestMisalignmentLimitsDisagree(t *testing.T) {
	sop := item(1, "a", "Factory tolerance: radial offset at most 0.05 mm and angular misalignment at most 0.05 mm over the hub face.", "en", "Assembly instruction")
	sop.Chunk.Section = []string{"Coupling alignment"}
	manual := item(2, "b", "Check the coupling after piping. Permitted misalignment: radial offset at most 0.10 mm, angular misalignment at most 0.2°.", "en", "Manual")
	manual.Chunk.Section = []string{"Installation", "Coupling"}
	for _, q := range []string{"allowed radial misalignment of the coupling?", "how much radial misalignment is acceptable on the coupling?"} {
		ans := answer(t, evidence(q, sop, manual))
		// Citation numbers follow first use, whichever source leads.
		for _, want := range []string{msgConflict.in("en"), "0.05 mm [", "0.10 mm [", "(Assembly instruction)", "(Manual)"} {
			if !strings.Contains(ans.Answer, want) {
				t.Errorf("%q: answer = %q, want %q in it", q, ans.Answer, want)
			}
		}
	}
}

// Two readings of a measure in mm/s are not two cases told apart by a
// length in mm: "mm" begins the asked unit and is the measure itself.
func TestAskedUnitIsNoCondition(t *testing.T) {
	a := "vibration on the bearing housing at most 2.8 mm/s (factory limit)"
	b := "Vibration limit: 4.5 mm/s RMS, measured on the bearing housing."
	if differentConditions(a, b, attributeUnits["vibration"]) {
		t.Errorf("differentConditions(%q, %q) = true, want false", a, b)
	}
	if !differentConditions("flow 40 m³/h at impeller 174 mm", "flow 36 m³/h at impeller 160 mm", attributeUnits["flow"]) {
		t.Error("two impeller diameters are two cases")
	}
}

// Two sentences giving a temperature are about one thing only where the
// rival names the item the answer's sentence does: the hot liquid's
// casing at 60 °C and the bearing at 80 °C do not disagree.
func TestTwoThingsTemperaturesAreNoDisagreement(t *testing.T) {
	safety := item(1, "a", "只有具备资质的人员才能安装、操作和维修本泵。输送热介质时泵体表面温度可能超过 60 °C，请勿触摸。", "zh", "说明书")
	safety.Chunk.Section = []string{"8. 安全注意事项"}
	bearing := item(2, "b", "The mechanical seal may leak up to 5 drops per minute. The bearing temperature must not exceed 80 °C, and must not rise more than 40 K above the ambient temperature.", "en", "Manual")
	bearing.Chunk.Section = []string{"6. Maintenance"}
	q := "what's the max temperature of liquid this pump can handle?"
	if ans := answer(t, evidence(q, safety, bearing)); strings.Contains(ans.Answer, msgConflict.in("en")) {
		t.Errorf("%s: %q", q, ans.Answer)
	}
	sheet := item(3, "c", "Maximum liquid temperature: 90 °C.", "en", "Data sheet")
	manual := item(4, "d", "Maximum liquid temperature: 80 °C.", "en", "Manual")
	if ans := answer(t, evidence("what is the maximum liquid temperature?", sheet, manual)); !strings.Contains(ans.Answer, msgConflict.in("en")) {
		t.Errorf("one liquid, two values: %q", ans.Answer)
	}
}

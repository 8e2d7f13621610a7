package assistant

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// flatSheet is a data sheet's tables as a PDF flattens them: one run-on
// line, the materials far past the first 400 bytes.
const flatSheet = "Hydraulic data (clean water, 20 °C) Parameter Value Tolerance Rated flow 40 m³/h ±5% Rated head 32 m ±3% " +
	"Maximum flow 50 m³/h — Shut-off head 38 m ±5% Rated speed 2900 r/min ±1% Efficiency at rated point 72 % -3 points " +
	"Electrical data Motor rated power 7.5 kW IE3, 2-pole Rated voltage 380 V ±10% Rated frequency 50 Hz ±2% " +
	"Rated current 14.8 A ±5% Insulation class F Protection class IP55 Operating limits Liquid temperature -10 to +90 °C " +
	"Maximum working pressure 1.6 MPa PN16 Maximum ambient temperature 40 °C Solids content 0.2 % by volume " +
	"Materials Pump casing and cover HT250 grey cast iron Impeller CF8 stainless steel 304 Shaft 2Cr13 stainless steel " +
	"Mechanical seal SiC / carbon EPDM elastomers Base plate Q235B welded steel Standards: ISO 9906:2012."

// The row that answers is quoted from a flattened table, wherever in it
// the row stands, and a heading naming the field in the plural states it.
func TestFlattenedTableIsQuotedAtTheAnsweringRow(t *testing.T) {
	for _, q := range []string{"What material is the shaft?", "What's the shaft made of?"} {
		ev := evidence(q,
			item(1, "a", "The warranty covers material and manufacturing defects for 18 months.", "en", "Manual"),
			item(2, "b", flatSheet, "en", "Data sheet"))
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, "Shaft 2Cr13 stainless steel") || strings.Contains(ans.Answer, "warranty") {
			t.Errorf("%s: answer = %q, want the shaft's row", q, ans.Answer)
		}
	}
}

// A field named in the plural by the passage's heading is stated there.
func TestPluralHeadingStatesTheField(t *testing.T) {
	ev := evidence("What material is the shaft?", item(1, "a", "Materials: shaft 2Cr13, impeller CF8.", "en", "Data sheet"))
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "2Cr13") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// In a flattened table a value belongs to the row just before it: the
// working pressure does not answer for the casing's test pressure because
// "casing" stands in another row of the same line.
func TestWindowValueNeedsItsOwnRow(t *testing.T) {
	ev := evidence("What pressure is used for the hydrostatic test of the casing?", item(1, "a", flatSheet, "en", "Data sheet"))
	linkParameter(ev, "pressure")
	if ans := answer(t, ev); !ans.Abstained || strings.Contains(ans.Answer, "1.6 MPa") {
		t.Fatalf("answer = %q, want an abstention", ans.Answer)
	}
	ev = evidence("What is the maximum working pressure?", item(1, "a", flatSheet, "en", "Data sheet"))
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "pressure 1.6 MPa") {
		t.Fatalf("answer = %q, want the working pressure", ans.Answer)
	}
}

// Rows of one table all carry the asked attribute in their heading; that
// makes it common to the evidence, not context: the row for the asked
// joint is the answer.
func TestAttributeSharedByEveryRowStillCounts(t *testing.T) {
	var rows []retrieval.Item
	for i, r := range []string{"关节: J1; 范围: -168 ~ +168", "关节: J2; 范围: -140 ~ +140", "关节: J3; 范围: -150 ~ +150", "关节: J4; 范围: -150 ~ +150", "关节: J5; 范围: -155 ~ +160"} {
		it := item(i+1, string(rune('a'+i)), r, "zh", "机器人参数说明")
		it.Chunk.Kind = "table_row"
		it.Chunk.Section = []string{"机器人参数说明", "3.结构尺寸参数", "3.2 关节运动范围"}
		rows = append(rows, it)
	}
	// Pages about the product name its model; the rows leave it out.
	for i, text := range []string{"myCobot 280 M5 myCobot 320 M5 myPalletizer 260 M5", "本文件适用于myCobot 280系列机械臂，用于修改关节电机配置参数。", "myCobot 280 的关节零位校准方法见第5章。"} {
		rows = append(rows, item(len(rows)+1, string(rune('p'+i)), text, "zh", "myCobot 280"))
	}
	ev := evidence("myCobot 280 的 J1 关节运动范围是多少？", rows...)
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "-168 ~ +168") || strings.Contains(ans.Answer, "J2") {
		t.Fatalf("answer = %q, want J1's range alone", ans.Answer)
	}
}

func TestSentenceWindowsOverlapAndMarkCuts(t *testing.T) {
	ws := sentenceWindows(flatSheet)
	if len(ws) < 3 || !strings.HasSuffix(ws[0], "…") || !strings.HasPrefix(ws[1], "…") || strings.HasSuffix(ws[len(ws)-1], "…") {
		t.Fatalf("windows = %q", ws)
	}
	for _, w := range ws {
		if len(w) > windowBytes+2*len("…") {
			t.Errorf("window of %d bytes: %q", len(w), w)
		}
	}
	// Every stretch of the sentence lies whole in one window.
	for _, row := range []string{"Shaft 2Cr13 stainless steel", "Rated voltage 380 V ±10%", "Maximum working pressure 1.6 MPa"} {
		found := false
		for _, w := range ws {
			found = found || strings.Contains(w, row)
		}
		if !found {
			t.Errorf("no window holds %q", row)
		}
	}
}

// Windows of one run-on line overlap: one of them is quoted, and the
// places left go to other passages.
func TestOneWindowPerRunOnLine(t *testing.T) {
	ev := evidence("What is the maximum?", item(1, "a", flatSheet, "en", "Data sheet"))
	if got := bestSentences(ev, 3, asked{}); len(got) != 1 {
		t.Fatalf("quoted %d windows of one line: %q", len(got), got)
	}
}

// A sentence that points back ("These are …") is also quoted joined to
// the sentence before, whose words say what it is about; one that does
// not is not.
func TestPointedBackJoinsTheSentenceBefore(t *testing.T) {
	got := pointedBack([]string{
		"Plug the LED cable into the GPIO connector.",
		"These are pins number 4 and 6.",
		"Thereafter tidy the cable.",
		"It is the red wire.",
	})
	want := []string{
		"Plug the LED cable into the GPIO connector. These are pins number 4 and 6.",
		"Thereafter tidy the cable. It is the red wire.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("pointedBack = %q, want %q", got, want)
	}
}

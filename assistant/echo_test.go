package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

func TestQuotesInTheOtherLanguageThatOnlyEchoAreDropped(t *testing.T) {
	own := func(s scored) bool { return s.lang == "en" }
	for _, c := range []struct {
		name   string
		quotes []scored
		want   int
	}{
		{"same figures", []scored{{text: "Rated head: 32 m (±3%).", lang: "en"}, {text: "额定扬程：32 m（±3%）。", lang: "zh"}}, 1},
		{"a figure the asker's quote lacks", []scored{{text: "Rated head: 32 m.", lang: "en"}, {text: "关闭扬程：38 m，额定扬程 32 m。", lang: "zh"}}, 2},
		{"no figure at all", []scored{{text: "Prime the pump before starting.", lang: "en"}, {text: "启动前必须灌泵。", lang: "zh"}}, 2},
		{"only other-language quotes", []scored{{text: "噪声（距离 1 m）≤ 72 dB(A)。", lang: "zh"}}, 1},
		{"a code is no figure", []scored{{text: "The seal kit is CP200-07.", lang: "en"}, {text: "密封件 CP200-07 需要 2 h 更换。", lang: "zh"}}, 2},
		{"numbers spelled out", []scored{{text: "Grout the four M16 anchor bolts and tighten them to 120 N·m after 48 h.", lang: "en"}, {text: "浇注 4 个 M16 地脚螺栓，48 小时后以 120 N·m 拧紧。", lang: "zh"}}, 1},
		{"figures glued to units", []scored{{text: "Tighten to 45 N·m.", lang: "en"}, {text: "拧紧至45N·m。", lang: "zh"}}, 1},
	} {
		if got := len(withoutEchoes(c.quotes, own)); got != c.want {
			t.Errorf("%s: %d quotes kept, want %d", c.name, got, c.want)
		}
	}
}

func TestStepsNamedBySentencesAreNotNamedAgainInAFactLine(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Grout the four M16 anchor bolts and tighten them to 120 N·m…", true},
		{"浇注 4 个 M16 地脚螺栓，待灌浆养护至少 48 小时后，以 120 N·m 的扭矩拧紧…", true},
		{"HF-CP200", false},
		{"impeller nut CP200-IMP-02", false},
		{"机械密封", false},
	} {
		if got := isSentenceName(c.name); got != c.want {
			t.Errorf("isSentenceName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestAChineseQuestionNamesTheRowByItsChineseCell(t *testing.T) {
	cells := []cell{{header: "Operation", value: "20"}, {header: "Work step", value: "Bearing assembly"}, {header: "工序", value: "轴承装配"}, {header: "Standard time (min)", value: "25"}}
	if got := rowSubject(cells, 3, "更换轴承的标准工时是多少？"); got != "轴承装配" {
		t.Errorf("Chinese question: subject %q, want 轴承装配", got)
	}
	if got := rowSubject(cells, 3, "how long does bearing fitting take?"); got != "Bearing assembly" {
		t.Errorf("English question: subject %q, want Bearing assembly", got)
	}
}

func TestWhatAStepNamesIsNotRepeatedAfterIt(t *testing.T) {
	step := "Apply Loctite 243 and tighten the impeller nut CP200-IMP-02 to 45 N·m using a torque wrench while holding the shaft in the clamp T-CP200-07."
	for _, c := range []struct {
		child retrieval.Line
		said  bool
	}{
		{retrieval.Line{Name: "叶轮螺母 (CP200-IMP-02)", Type: kg.Part}, true},
		{retrieval.Line{Name: "扭力扳手 (torque wrench)", Type: kg.Tool}, true},
		{retrieval.Line{Name: "CP200-07", Type: kg.Tool}, true},
		{retrieval.Line{Name: "torque", Type: kg.Parameter, Props: kg.Props{"value": "45", "unit": "N·m"}}, true},
		{retrieval.Line{Name: "thread locker (Loctite 270)", Type: kg.Material}, false},
		{retrieval.Line{Name: "torque", Type: kg.Parameter, Props: kg.Props{"value": "60", "unit": "N·m"}}, false},
	} {
		if got := saidInStep(step, c.child); got != c.said {
			t.Errorf("saidInStep(%q) = %v, want %v", c.child.Name, got, c.said)
		}
	}
}

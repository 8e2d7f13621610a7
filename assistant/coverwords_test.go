package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// The characters of "分别" and "对不对" are how the question is asked, not
// what: a passage naming the inlet and outlet covers most of the question.
func TestChineseFillersDoNotCountAgainstCoverage(t *testing.T) {
	for _, c := range []struct {
		question, passage string
		filler, content   string
	}{
		{"泵的吸入口和出口分别是多大口径？", "吸入口 DN65，出口 DN50。", "分别", "口径"},
		{"怎么判断转向对不对？", "从风扇端看，转向应为顺时针。", "对不", "转向"},
		{"泵离1米的噪音多大", "参数: 噪声（距离 1 m）; 数值: ≤ 72; 单位: dB(A)", "米大", "噪音"},
		{"涂装漆膜厚度要求多少", "涂装漆膜厚度 80 到 120 µm", "求", "漆膜厚度"},
		{"轴承到了80度还正常吗", "轴承温度不得超过 80 °C", "度", "轴承"},
		{"控制箱通电了但是屏幕不亮，咋回事", "控制箱通电后屏幕不亮：控制保险丝熔断", "但咋回事", "屏幕"},
		{"装在海拔比较高的地方，电机怎么算降额", "海拔超过 1000 m 时电机降额 1 %", "比较地方算", "海拔"},
		{"出口压力相当高是怎么回事", "出口压力高：出口阀未打开", "相当回事", "压力"},
		{"虽然电压正常可是电机非常热", "电压正常时电机过热：检查风扇", "虽然可非", "电机"},
		{"底板要自己钻孔吗，孔径多大", "底板钻孔：孔径 8 mm", "自己", "钻孔"},
		{"泵振动很大怎么办", "振动超过 4.5 mm/s：重新对中", "大", "振动"},
	} {
		f := fillerChars(c.question)
		for _, r := range c.filler {
			if !f[r] {
				t.Errorf("%q: %q is not a filler character", c.question, r)
			}
		}
		for _, r := range c.content {
			if f[r] {
				t.Errorf("%q: %q is taken for a filler", c.question, r)
			}
		}
		q := retrieval.Analyze(c.question)
		if got := share(q, retrieval.TokenSet(c.passage)); got < 0.5 {
			t.Errorf("%q: share %.2f of %q, want at least half", c.question, got, c.passage)
		}
	}
	if f := fillerChars("What is the rated head?"); len(f) != 0 {
		t.Errorf("an English question has fillers %v", f)
	}
}

// A size is given by a dimension in a length unit, not by any length.
func TestStatesSize(t *testing.T) {
	for _, c := range []struct {
		attr, text string
		want       bool
	}{
		{"插座的尺寸", "使用DC电源插座，外径6.5mm，内径2.0mm", true},
		{"外形尺寸", "Overall length × width × height 1050 × 420 × 520 mm", true},
		{"外形尺寸", "solids with a particle size of at most 0.2 mm", false},
		{"外形尺寸", "外径 174", false}, // no unit
		{"重量", "外径6.5mm", false},
		{"size", "Suction / discharge connection: DN65 / DN50 (PN16 flanges).", true},
		{"接口尺寸", "进口 / 出口: DN65 / DN50", true},
		{"size", "solids with a particle size of at most 0.2 mm", false},
		{"重量", "DN65", false}, // a nominal size states no weight
		{"尺寸", "3x Viton O-ring, 30x2mm (NB: get some spares!)", true},
		{"size", "a standard-sized bed (180mmx180mm should be fine)", true},
		{"尺寸", "3-14x M3x8mm cap head screw", false}, // a screw's designation, not two lengths
		{"尺寸", "6x M3 stainless steel washers", false},
		{"重量", "30x2mm", false},
	} {
		if got := statesSize(c.attr, c.text); got != c.want {
			t.Errorf("statesSize(%q, %q) = %v, want %v", c.attr, c.text, got, c.want)
		}
	}
}

// A filler inside a phrase the glossary knows is content: "夹多大" asks
// a gripper's range, not how big.
func TestGlossaryPhraseKeepsFillerChars(t *testing.T) {
	q := retrieval.Analyze("自适应夹爪能夹多大尺寸的东西")
	if f := withoutGlossaryChars(fillerChars(q.Text), q); f['大'] {
		t.Errorf("大 of 夹多大 is taken for a filler (terms %v, alts %v)", q.Terms, q.Alts)
	}
	q = retrieval.Analyze("泵离1米的噪音多大")
	if f := withoutGlossaryChars(fillerChars(q.Text), q); !f['大'] {
		t.Errorf("大 of 噪音多大 is content (terms %v)", q.Terms)
	}
}

// 之 and 做 phrase a Chinese question ("开泵之前要做哪些准备"): a passage
// on what to do before the first start covers it.
func TestChinesePhrasingCharactersDoNotCountAgainstCoverage(t *testing.T) {
	q := retrieval.Analyze("第一次开泵之前要做哪些准备？")
	passage := "本泵不能自吸。首次起动前，打开吸入阀，通过泵体顶部的排气螺塞向泵体和吸入管内灌满液体。"
	if got := share(q, retrieval.TokenSet(passage)); got < 0.5 {
		t.Errorf("share %.2f, want at least half", got)
	}
}

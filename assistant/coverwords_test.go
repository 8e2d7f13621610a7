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

// A character a question leaves alone is held by a passage's pair that
// contains it; a pair is never taken apart the other way.
func TestLoneHanInPairs(t *testing.T) {
	for _, c := range []struct {
		term, text string
		want       bool
	}{
		{"按", "按下急停后，释放急停", true},
		{"按", "释放急停", false},
		{"还振", "噼啪噪声和振动", true}, // 还 asks, 振 is the content
		{"声还", "振动", false},
		{"锁住", "锁不住了", false}, // a pair is matched whole
		{"m", "3 m", false},
	} {
		if got := loneHanIn(c.term, retrieval.TokenSet(c.text)); got != c.want {
			t.Errorf("loneHanIn(%q, %q) = %v, want %v", c.term, c.text, got, c.want)
		}
	}
}

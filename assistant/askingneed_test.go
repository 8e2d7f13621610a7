package assistant

import (
	"strings"
	"testing"
)

// "What voltage does it need" and "多少分贝" ask for a figure: the passage
// states it ("380 V", "72 dB(A)") without the verb of needing or the
// spelled-out unit, so neither counts against its coverage.
func TestAskingForAFigureIsNotContent(t *testing.T) {
	for _, c := range []struct {
		q, text, want string
	}{
		{"What voltage does the motor need?", "Motor rated voltage: 380 V ±10%, three-phase.", "380 V"},
		{"Which supply frequency does the drive need?", "Supply frequency: 50 Hz.", "50 Hz"},
		{"泵的噪声有多少分贝？", "泵噪声（距离 1 m）: ≤ 72 dB(A).", "72 dB"},
		{"电机额定电压是几伏？", "额定电压: 380 V ±10%，三相。", "380 V"},
	} {
		ev := evidence(c.q, item(1, "a", c.text, lang(c.q), "Manual"))
		ev.Trace.Coverage = 0.3
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, c.want) {
			t.Errorf("%s: answer = %q (%s), want %q", c.q, ans.Answer, ans.Trace.Abstention, c.want)
		}
	}
}

// The unit's characters stand out of coverage only where the question
// asks a figure in it, not where the unit is what it is about.
func TestUnitNamedNotAskedStaysContent(t *testing.T) {
	if f := fillerChars("分贝计怎么校准？"); f['贝'] {
		t.Errorf("分贝计: the instrument's name is taken for the asking")
	}
}

// A figure asked in a spelled-out unit is answered by a figure in it, or
// not at all: "噪音较低" is no number of decibels.
func TestUnitAskedNeedsAFigureInIt(t *testing.T) {
	for _, c := range []struct {
		q, text string
		abstain bool
	}{
		{"机械臂的噪音有多少分贝", "一体式吸泵结构简单、体积小巧、使用方便、噪音较低。", true},
		{"这个风扇声音多少分贝？", "The fan is quiet and low-noise in normal use.", true},
		{"泵的噪声有多少分贝？", "泵噪声（距离 1 m）: ≤ 72 dB(A).", false},
		{"电机额定电压是几伏？", "额定电压: 380 V ±10%，三相。", false},
		{"电机额定电压是几伏？", "电机额定电压与当地电网一致。", true},
	} {
		ev := evidence(c.q, item(1, "a", c.text, lang(c.q), "Manual"))
		ev.Trace.Coverage = 0.6
		if ans := answer(t, ev); ans.Abstained != c.abstain {
			t.Errorf("%s: abstained = %v (%s), want %v: %q", c.q, ans.Abstained, ans.Trace.Abstention, c.abstain, ans.Answer)
		}
	}
}

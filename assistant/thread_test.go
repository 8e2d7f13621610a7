package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A thread is given by its designation in a part's name, and only the
// part the question names has it asked.
func TestThreadOfTheNamedPart(t *testing.T) {
	for _, c := range []struct {
		question, sentence string
		want               bool
	}{
		{"what thread is the drain plug on the casing?", "Description: Drain plug G1/4; Qty: 1", true},
		{"what thread is the drain plug on the casing?", "Description: Vent plug G1/4; Qty: 1", false},
		{"what thread is the drain plug on the casing?", "Potential Cause: Casing bolts M10x30 under-torqued", false},
		{"what thread are the anchor bolts?", "Anchor bolts M16 into the foundation", true},
		{"what thread is the drain plug?", "Drain the casing through the plug", false},
	} {
		if got := threadOfItem(retrieval.Analyze(c.question), c.sentence); got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.question, c.sentence, got, c.want)
		}
	}
	if !asksThread("thread") || !asksThread("螺纹") || asksThread("threshold") || asksThread("螺纹胶") || asksThread("thread locker") {
		t.Error("asksThread reads the wrong words")
	}
}

// A part asking in everyday words what another part's answer states by
// the documents' name is answered by it.
func TestEverydayPartAnsweredByNamedValue(t *testing.T) {
	if !namedAnswered("这泵吵不吵", []string{"噪声（距离 1 m）: ≤ 72 dB(A). [1]"}) {
		t.Error("吵不吵 left open beside the noise level")
	}
	if namedAnswered("这泵吵不吵", []string{"Rated flow: 40 m³/h. [1]"}) {
		t.Error("吵不吵 taken as answered by the flow")
	}
	if namedAnswered("控制箱吵不吵", []string{"噪声（距离 1 m）: ≤ 72 dB(A). [1]"}) {
		t.Error("the control box's noise taken as answered by the pump's")
	}
}

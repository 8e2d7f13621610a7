package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A percentage in the question is held only by the same figure as a
// percentage: a row keyed by a flow of 30 does not answer "with 30 %
// glycol", while "Efficiency (%): 68" and "30 % 乙二醇" hold theirs.
func TestPercentHeldOnlyAsPercent(t *testing.T) {
	for _, c := range []struct {
		question, figure, text string
		want                   bool
	}{
		{"What head does the pump deliver with 30 % glycol at 40 m³/h?", "30", "Flow (m³/h): 30; Head (m): 34.4; Efficiency (%): 68", false},
		{"含 30% 乙二醇时扬程是多少", "30", "Flow (m³/h) 30 — Head (m) 34.4", false},
		{"derate for 30 percent glycol?", "30", "With 30 % glycol the head drops by 5 %.", true},
		{"含 30% 乙二醇时扬程是多少", "30", "输送含 30％ 乙二醇的介质时，扬程降低约 5%。", true},
		{"which flow gives 68 % efficiency?", "68", "Flow (m³/h): 30; Head (m): 34.4; Efficiency (%): 68", true},
		{"which flow gives 68% efficiency?", "68", "Efficiency (%): 168", false},
	} {
		code := quantityCode(c.question, c.figure)
		if !isQuantity(code) {
			t.Errorf("%q: %s read without its percent sign", c.question, c.figure)
			continue
		}
		if got := holdsQuantity(code, c.text, retrieval.TokenSet(c.text)); got != c.want {
			t.Errorf("%q: %q holds %s = %v, want %v", c.question, c.text, code, got, c.want)
		}
	}
}

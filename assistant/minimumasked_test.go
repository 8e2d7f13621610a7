package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A least value asked is not answered by the value as built: the answer
// must name a minimum, a floor or a range.
func TestMinimumAskedNeedsALowerBound(t *testing.T) {
	for _, c := range []struct {
		question, answer string
		want             bool
	}{
		{"叶轮最小能车到多大直径", "Performance at 2900 r/min with impeller diameter 174 mm. [1]", true},
		{"what is the minimum impeller trim diameter?", "Impeller, closed, 6 vanes, Ø174 mm. [1]", true},
		{"lowest allowed supply voltage for the controller?", "Rated voltage: 24 V. [1]", true},
		{"叶轮最小能车到多大直径", "叶轮直径可在 150–174 mm 之间车削。[1]", false},
		{"what is the minimum impeller trim diameter?", "The impeller may be trimmed to a minimum diameter of 150 mm. [1]", false},
		{"lowest allowed supply voltage for the controller?", "Supply voltage: at least 20 V. [1]", false},
		{"电机最低电压是多少", "电压不低于 342 V。[1]", false},
		{"what is the impeller diameter at 2900 r/min?", "Performance at 2900 r/min with impeller diameter 174 mm. [1]", false}, // r/min names no minimum
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(c.question)}
		if got := minimumUnstated(ev, c.answer); got != c.want {
			t.Errorf("minimumUnstated(%q, %q) = %v, want %v", c.question, c.answer, got, c.want)
		}
	}
}

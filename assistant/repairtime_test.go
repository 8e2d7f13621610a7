package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A repair's time is asked by its name as well as by "how long": "多少工时",
// "labour hours". Such a question is not answered by an assembly routing
// operation's time, nor by a count of pieces; one about the operation is.
func TestRepairTimeAskedByItsName(t *testing.T) {
	op := kg.Chunk{Kind: "table_row", Text: "Operation: 30; Work step: Mechanical seal installation; 工序: 机械密封安装; Standard time (min): 20"}
	for _, c := range []struct {
		q             string
		duration, off bool
	}{
		{"换个机封得花多少工时？", true, true},
		{"How many labor hours to swap the mechanical seal?", true, true},
		{"what's the standard time for a seal replacement job?", false, true},
		{"机械密封维修要几小时", true, true},
		{"what is the standard time of the seal installation step?", false, false},
		{"机械密封安装工序多少工时？", true, false},
		{"how do I replace the mechanical seal?", false, false},
	} {
		lower := strings.ToLower(c.q)
		if got := asksDuration(c.q); got != c.duration {
			t.Errorf("%q: asks a duration = %v, want %v", c.q, got, c.duration)
		}
		if got := otherWorkTimed(op, lower); got != c.off {
			t.Errorf("%q: the routing's time is other work = %v, want %v", c.q, got, c.off)
		}
	}
}

package assistant

import (
	"strings"
	"testing"
)

// "How many washers in all for the actuator" is answered by the parts
// list's line, counted for the whole job, not by a step's two washers.
func TestTotalIsThePartsListLine(t *testing.T) {
	step := item(1, "a", "Then, thread two washers onto the screw where it sticks out of the gear.", "en", "Actuator assembly")
	step.Chunk.Section = []string{"Assembly Instructions", "Step 2"}
	step.Score = 1
	list := item(2, "b", "3x M3 brass nut\n6x M3 stainless steel washers", "en", "Actuator assembly")
	list.Chunk.Section = []string{"Requirements", "Parts"}
	list.Score = 0.9
	got := strings.Join(bestSentences(evidence("执行器装配一共要几个垫圈", step, list), 1, asked{}), "\n")
	if !strings.Contains(got, "6x M3 stainless steel washers") {
		t.Errorf("%q, want the parts list's 6x", got)
	}
}

package assistant

import (
	"strings"
	"testing"
)

// "What tools do I need to fit the motors" is answered by the guide's
// list of tools, every line of it, not by a step naming the motors.
func TestToolsAreAnsweredByTheToolsList(t *testing.T) {
	step := item(1, "a", "Fit each of the three motors onto the microscope body using two M4 screws.", "en", "Motor assembly")
	step.Chunk.DocumentID, step.Chunk.Section = "motors", []string{"Assembly Instructions", "Step 4"}
	tools := item(2, "b", "1 2.5mm hex key\n3cm insulating tape", "en", "Motor assembly")
	tools.Chunk.DocumentID, tools.Chunk.Section = "motors", []string{"Requirements", "Tools"}
	for _, q := range []string{"what tools do I need to fit the motors to the microscope?", "给显微镜装电机要准备哪些工具？"} {
		got := answer(t, evidence(q, step, tools)).Answer
		if !strings.Contains(got, "2.5mm hex key") || !strings.Contains(got, "insulating tape") || strings.Contains(got, "M4 screws") {
			t.Errorf("%s: %q, want the tools list whole", q, got)
		}
	}
	if _, ok := toolsListAnswer(evidence("which tool removes the lens?", step, tools)); ok {
		t.Error("one tool asked of read as the list")
	}
}

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

// "Which hex key" or "多大的内六角扳手" is answered by the tools lists'
// lines naming the hex key, each size once, not by a sentence about
// driving cap heads with one.
func TestToolSizeIsAnsweredByTheToolsLines(t *testing.T) {
	capHead := item(1, "a", "Cap head screws (i.e. driven with a hex key) will make some steps easier.", "en", "M3x8mm screws")
	capHead.Chunk.DocumentID = "screws"
	motors := item(2, "b", "1 2.5mm hex key\n3cm insulating tape", "en", "Motor assembly")
	motors.Chunk.DocumentID, motors.Chunk.Section = "motors", []string{"Requirements", "Tools"}
	bom := item(3, "c", "2.5mm hex key\n1.5mm hex key (to secure the camera using M2 screws)\ntape", "en", "Obtaining the non-printed parts")
	bom.Chunk.DocumentID, bom.Chunk.Section = "bom", []string{"Tools:"}
	for _, q := range []string{"which hex keys do I need for the build?", "装显微镜需要多大的内六角扳手"} {
		got := answer(t, evidence(q, capHead, motors, bom)).Answer
		if !strings.Contains(got, "2.5mm hex key") || !strings.Contains(got, "1.5mm hex key") || strings.Contains(got, "insulating tape") || strings.Contains(got, "Cap head") || strings.Count(got, "2.5mm") != 1 {
			t.Errorf("%s: %q, want the hex key lines, each size once", q, got)
		}
	}
	if askedTool("what tools do I need?") != nil || askedTool("how do I use the hex key?") != nil {
		t.Error("a tool read as asked by size where none is")
	}
}

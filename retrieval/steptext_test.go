package retrieval

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A procedure read from the graph gives each step whole: the step's name
// is cut short, and what is cut may be the figure a fitter needs.
func TestRoutingGivesEachStepWhole(t *testing.T) {
	long := "Apply Loctite 243 to the thread and tighten the impeller nut CP200-IMP-02 to 45 N·m using a torque wrench."
	g := kg.Subgraph{
		Entities: []kg.Entity{
			{ID: "Process:op40", Type: kg.Process, Name: "Operation 40 — Impeller mounting"},
			{ID: "Process:s1", Type: kg.Process, Name: "Apply Loctite 243 to the thread and tighten the impeller nut…", Props: kg.Props{"text": long}},
			{ID: "Process:s2", Type: kg.Process, Name: "Check the run-out", Props: kg.Props{"text": "Check the run-out."}},
		},
		Relations: []kg.Relation{
			{ID: "r1", Type: kg.HasStep, From: "Process:op40", To: "Process:s1", Props: kg.Props{"order": "1"}},
			{ID: "r2", Type: kg.HasStep, From: "Process:op40", To: "Process:s2", Props: kg.Props{"order": "2"}},
		},
	}
	c := routing(newGraphView(g), "Process:op40")
	if len(c.Lines) != 2 || c.Lines[0].Name != long || c.Lines[1].Name != "Check the run-out" {
		var names []string
		for _, l := range c.Lines {
			names = append(names, l.Name)
		}
		t.Errorf("steps = %q, want the first whole and the second by its name", strings.Join(names, " | "))
	}
}

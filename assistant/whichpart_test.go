package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// "What stepper motor does it use" asks which one: the parts list line
// naming the motor by its code answers it, not the overview sentence that
// shares more of the question's words and names only the kind.
func TestWhichPartIsAnsweredByItsCode(t *testing.T) {
	motor := kg.Entity{ID: "Part:motor", Type: "Part", Name: "motor", Aliases: []string{"电机"}}
	for _, c := range []struct{ q, surface string }{
		{"显微镜用的是什么步进电机？", "电机"},
		{"what stepper motor does the microscope use?", "motor"},
	} {
		overview := item(1, "a", "The microscope uses low cost geared stepper motors to drive the stage.", "en", "About")
		overview.Score = 0.6
		parts := item(2, "b", "3 28BYJ-48 micro geared stepper motors", "en", "Motor assembly")
		parts.Score = 0.5
		parts.Chunk.Section = []string{"Microscope motor assembly", "Parts"}
		ev := evidence(c.q, overview, parts)
		ev.Linked = []retrieval.Linked{{Entity: motor, Surface: c.surface}}
		got := strings.Join(bestSentences(ev, 1, asked{}), "\n")
		if !strings.Contains(got, "28BYJ-48") {
			t.Errorf("%s: %q, want the motor named by its code", c.q, got)
		}
	}
}

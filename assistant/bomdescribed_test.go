package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A line asked which one the list calls for says its description beside
// its short name: "wheel" alone does not say which wheels to buy.
func TestBOMLineSaysItsDescription(t *testing.T) {
	c := retrieval.Computed{Kind: "bom", Subject: "parts list", SubjectID: "p", Cites: []int{1},
		Lines: []retrieval.Line{{Name: "wheel", Qty: 6, Path: []string{"parts list", "drive wheel"}, Cites: []int{1},
			Props: kg.Props{"description": "Traxxas 5374X Talon Tires"}}}}
	ev := evidence("which wheels does the rover parts list call for?", item(1, "a", "short name: wheel; long name: Traxxas 5374X Talon Tires", "en", "parts list"))
	ev.Computed = []retrieval.Computed{c}
	if ans := answer(t, ev); !strings.Contains(ans.Answer, "wheel (Traxxas 5374X Talon Tires) × 6") {
		t.Errorf("answer = %q, want the wheel with its description", ans.Answer)
	}
}

package assistant

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Hedges and general verbs that no passage holds are dropped; a word no
// passage holds that names something stays, since the documents are
// silent on it.
func TestDocumentedTermsDropOnlyPhrasing(t *testing.T) {
	ev := evidence("What size fuse should the electrician actually put in the MTBF box?",
		retrieval.Item{N: 1, Chunk: kg.Chunk{ID: "a", Text: "Recommended supply fuse: 25 A, type gG, in the control box.", Lang: "en"}})
	got := documentedTerms(ev, ev.Question).Terms
	for _, gone := range []string{"actual", "put"} {
		if slices.Contains(got, gone) {
			t.Errorf("terms %q keep the phrasing %q", got, gone)
		}
	}
	for _, kept := range []string{"fuse", "electrician", "mtbf", "box"} {
		if !slices.Contains(got, kept) {
			t.Errorf("terms %q lack %q", got, kept)
		}
	}
}

func TestAsksMeasure(t *testing.T) {
	for q, want := range map[string]bool{
		"How much torque in N·m can joint 2 of the myCobot deliver?": true,
		"机械臂的重量是多少？":                                                 true,
		"What parts make up the drive wheel?":                        false,
		"Is the arm currently supported?":                            false,
	} {
		if got := asksMeasure(q); got != want {
			t.Errorf("asksMeasure(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestTimeTakenNeedsADuration(t *testing.T) {
	for q, want := range map[string]bool{
		"how long does a seal swap take a mechanic, roughly?": true,
		"更换机械密封要多长时间？":                                        true,
		"how long is the suction line allowed to be?":         false,
	} {
		if got := asksTimeTaken(q); got != want {
			t.Errorf("asksTimeTaken(%q) = %v, want %v", q, got, want)
		}
	}
	for s, want := range map[string]bool{
		"A trained mechanic can replace it in about 2 hours.": true,
		"Run the pump for 30 min before the check.":           true,
		"标准工时 45 分钟。":                                         true,
		"Swap two supply phases; the shaft turns clockwise.":  false,
		"Tighten to 45 N·m.":                                  false,
	} {
		if got := statesDuration(s); got != want {
			t.Errorf("statesDuration(%q) = %v, want %v", s, got, want)
		}
	}
}

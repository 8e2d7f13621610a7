package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A parts list exploded whole answers "which motors", whose motors it
// lists, and not "which battery pack", which it does not hold.
func TestWhichNounMustBeListed(t *testing.T) {
	c := retrieval.Computed{Kind: "bom", Subject: "parts_list", Lines: []retrieval.Line{
		{ID: "a", Name: "32mm 6mm spacer 2 pack"},
		{ID: "b", Name: "drive motor"},
		{ID: "c", Name: "120mm open goRail"},
	}}
	for q, want := range map[string]bool{
		"Which battery pack does the open source rover parts list call for?": true,
		"which motors does the rover use?":                                   false,
		"what does the rover parts list hold?":                               false,
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(q)}
		if got := whichNounMissing(ev, c); got != want {
			t.Errorf("%q: listing lacks the kind asked = %v, want %v", q, got, want)
		}
	}
}

package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// An evidence set changed after a memo was made for it is not answered
// from that memo: the codes are those of the question it now holds.
func TestMemoFollowsAChangedEvidenceSet(t *testing.T) {
	var items []retrieval.Item
	for i, text := range []string{"E07 and E09 are control box faults.", "Check the cable.", "Reset the box.", "Call service."} {
		items = append(items, retrieval.Item{N: i + 1, Chunk: kg.Chunk{ID: string(rune('a' + i)), Text: text, Lang: "en"}})
	}
	ev := evidence("What does fault code E07 mean?", items...)
	if got := codeTerms(ev); len(got) != 1 || got[0] != "e07" {
		t.Fatalf("codes = %q, want [e07]", got)
	}
	ev.Question = retrieval.Analyze("What does fault code E09 mean?")
	if got := codeTerms(ev); len(got) != 1 || got[0] != "e09" {
		t.Errorf("codes after the question changed = %q, want [e09]", got)
	}
}

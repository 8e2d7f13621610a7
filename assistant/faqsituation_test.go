package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A part named only in the asker's situation ("want to power it off a
// hub") is not what the FAQ entry must name: the question is about the
// Atom's USB input.
func TestFAQIgnoresPartOfAskersSituation(t *testing.T) {
	entry := "What are the input parameters of Atom's USB interface? 5V @ 500mA"
	hub := retrieval.Linked{Entity: kg.Entity{ID: "Part:hub", Type: kg.Part, Name: "hub"}, Surface: "hub"}
	asked := retrieval.Analyze("what's the input rating on the Atom's USB port? want to power it off a hub")
	ev := &retrieval.Evidence{Question: asked, Linked: []retrieval.Linked{hub}}
	if !namesLinkedParts(ev, entry) {
		t.Errorf("question %q: the hub of the situation ruled the entry out", asked.Text)
	}
	ev.Question = retrieval.Analyze("what's the input rating of the hub's USB port?")
	if namesLinkedParts(ev, entry) {
		t.Error("a hub asked about: the Atom's entry must not answer")
	}
}

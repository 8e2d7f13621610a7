package retrieval

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// Part-of relations read from prose carry no quantity; a bill of
// materials gives one, on the relation or on one of its sources.
func TestProseOnly(t *testing.T) {
	prose := []kg.Relation{{Type: kg.HasPart, From: "Part:pump", To: "Part:shaft"}}
	if !proseOnly(prose) || !(Computed{Kind: "bom", SubjectID: "Part:pump", rels: prose}).FromProse() {
		t.Error("relations without a quantity are prose")
	}
	bom := append(prose, kg.Relation{Type: kg.HasPart, From: "Part:pump", To: "Part:nut", Sources: []kg.Source{{Props: kg.Props{"qty": "2"}}}})
	if proseOnly(bom) {
		t.Error("a relation with a quantity is a bill of materials")
	}
}

package kg_test

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// TestAllowlistsCannotBeChanged changes the lists it is given: the
// allowlists that keep text out of Cypher labels stay as they were.
func TestAllowlistsCannotBeChanged(t *testing.T) {
	types := kg.EntityTypes()
	types[0] = "Part) DETACH DELETE (n"
	if kg.ValidEntityType(types[0]) || kg.EntityTypes()[0] != kg.Product {
		t.Fatalf("entity types changed through a returned list: %v", kg.EntityTypes())
	}
	rels := kg.RelationTypes()
	rels[0] = "X]->() DETACH DELETE (n"
	if kg.ValidRelationType(rels[0]) || kg.RelationTypes()[0] != kg.HasPart {
		t.Fatalf("relation types changed through a returned list: %v", kg.RelationTypes())
	}
}

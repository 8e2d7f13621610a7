package retrieval

import (
	"reflect"
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// TestReachOutSplitsAJointWalk: each item's reach in a walk from several
// items is what its own walk finds, within the hops, visible entities only.
func TestReachOutSplitsAJointWalk(t *testing.T) {
	a, b, c, d, x := ent(kg.Assembly, "A"), ent(kg.Assembly, "B"), ent(kg.Part, "C"), ent(kg.Part, "D"), ent(kg.Part, "X")
	rels := []kg.Relation{part(a, b, "1"), part(b, c, "2"), part(c, d, "1"), part(x, c, "1")}
	v := newGraphView(kg.Subgraph{Entities: []kg.Entity{a, b, c, x}, Relations: rels}) // d not visible
	got := map[string][]string{}
	for _, from := range []kg.Entity{a, x} {
		for id := range v.reachOut(from.ID, 2) {
			got[from.Name] = append(got[from.Name], v.ents[id].Name)
		}
	}
	for k := range got {
		slices.Sort(got[k])
	}
	want := map[string][]string{"A": {"A", "B", "C"}, "X": {"C", "X"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("reach = %v, want %v", got, want)
	}
}

package retrieval

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A step named by the part it works on is the shortest step name that
// holds the part's name: the operation, before a sentence of its
// instructions that mentions the part too.
func TestNamingShortestFirst(t *testing.T) {
	steps := []kg.Entity{
		{ID: "p1", Name: "Press the stationary seat of the mechanical seal into the gland"},
		{ID: "p2", Name: "Operation 30 — Mechanical seal installation (机械密封安装)"},
		{ID: "p3", Name: "Operation 40 — Impeller mounting (叶轮安装)"},
		{ID: "p4", Name: "Fit the key and slide the impeller onto the shaft"},
	}
	for _, c := range []struct {
		said string
		want []string
	}{
		{"mechanical seal", []string{"p2", "p1"}},
		{"impeller", []string{"p3", "p4"}},
		{"机械密封", []string{"p2"}},
		{"coupling", nil},
	} {
		if got := namingShortestFirst(steps, c.said); !slices.Equal(got, c.want) {
			t.Errorf("namingShortestFirst(%q) = %v, want %v", c.said, got, c.want)
		}
	}
}

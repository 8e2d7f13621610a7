package retrieval

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// "the engine air filter" is the air filter: the engine before it and the
// filter inside its name are no items of the question's own.
func TestWithoutModifiers(t *testing.T) {
	link := func(id, surface string) Linked { return Linked{Entity: kg.Entity{ID: id, Name: id}, Surface: surface} }
	linked := []Linked{link("air filter", "air filter"), link("engine", "engine"), link("filters", "filter")}
	var got []string
	for _, l := range withoutModifiers("what does the FMEA recommend for the engine air filter once it reaches the end of its usable life?", linked) {
		got = append(got, l.Entity.ID)
	}
	if !slices.Equal(got, []string{"air filter"}) {
		t.Errorf("kept %v, want the air filter alone", got)
	}
	// Two items named apart are both asked of.
	both := []Linked{link("engine", "engine"), link("air filter", "air filter")}
	if n := len(withoutModifiers("compare the engine and the air filter", both)); n != 2 {
		t.Errorf("kept %d items of two named apart", n)
	}
}

package retrieval

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A cost question naming a part inside the assembly it names prices the
// part, not the assembly's roll-up.
func TestNamesPartOf(t *testing.T) {
	whole := Computed{Lines: []Line{
		{ID: "Part:servo"},
		{ID: "Assembly:corner", Props: kg.Props{"assembly": "true"}},
		{ID: "Part:bracket"},
	}}
	link := func(typ, id string) Linked { return Linked{Entity: kg.Entity{ID: id, Type: typ}} }
	for _, c := range []struct {
		name   string
		linked []Linked
		want   bool
	}{
		{"a part it holds", []Linked{link(kg.Assembly, "Assembly:rocker bogie"), link(kg.Part, "Part:servo")}, true},
		{"the assembly alone", []Linked{link(kg.Assembly, "Assembly:rocker bogie")}, false},
		{"a sub-assembly it holds", []Linked{link(kg.Assembly, "Assembly:corner")}, false},
		{"a part it does not hold", []Linked{link(kg.Part, "Part:wheel")}, false},
	} {
		if got := namesPartOf(whole, c.linked); got != c.want {
			t.Errorf("%s: namesPartOf = %v, want %v", c.name, got, c.want)
		}
	}
}

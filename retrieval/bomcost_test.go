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

// The average price of an assembly's parts is the mean of their rows,
// not the assembly's rolled-up cost; what the assembly costs still is.
func TestAveragePriceIsNoWholeCost(t *testing.T) {
	for q, whole := range map[string]bool{
		"what does the body cost":                        true,
		"how much does the rocker bogie cost in total":   true,
		"avg unit price of the parts listed under body?": false,
		"what do the body parts cost on average":         false,
		"mean unit price of the drive wheel parts":       false,
		"body 下面零件的平均单价是多少":                              false,
		"摇臂转向架的成本是多少":                                    true,
	} {
		if got := asksWholeCost(Analyze(q)); got != whole {
			t.Errorf("%q: asks a whole's cost %v, want %v", q, got, whole)
		}
	}
}

// Which part of an assembly is the dearest is one row's price, not what
// the assembly costs in parts.
func TestDearestPartIsNoWholeCost(t *testing.T) {
	for q, whole := range map[string]bool{
		"rocker bogie 里单价最贵的是哪个零件，多少钱？":                         false,
		"which part of the rocker bogie is the most expensive?": false,
		"what is the cheapest part in the drive wheel?":         false,
		"rocker bogie 的零件一共多少钱？":                                true,
	} {
		if got := asksWholeCost(Analyze(q)); got != whole {
			t.Errorf("%q: asks a whole's cost %v, want %v", q, got, whole)
		}
	}
}

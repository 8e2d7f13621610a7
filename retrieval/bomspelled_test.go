package retrieval_test

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A parts list whose rails differ only by length: a question that sizes
// the rail counts that rail, never a sibling sharing the rest of its
// name; a part held by two assemblies is counted through both, with no
// single "via"; a price asked of a part is not a count, nor is a count
// of an item the BOM does not hold answered with one it does.
func TestBOMCountsTheItemTheQuestionSpells(t *testing.T) {
	priced := func(name string) kg.Entity {
		return kg.Entity{ID: kg.EntityID(kg.Part, name), Type: kg.Part, Name: name, Props: kg.Props{"unit_cost": "3.39", "currency": "USD"}}
	}
	rover := entity(kg.Product, "rover")
	body, bogie := entity(kg.Assembly, "body"), entity(kg.Assembly, "rocker bogie")
	short, long, plate := priced("120mm open goRail"), priced("96mm open goRail"), priced("3x5 grid plate")
	st, emb := openPassages(t, passageDoc{id: "bom", title: "rover parts list",
		text:     "body: 2 120mm open goRail, 4 3x5 grid plate. rocker bogie x2: 3 96mm open goRail, 2 3x5 grid plate.",
		entities: []kg.Entity{rover, body, bogie, short, long, plate},
		relations: []kg.Relation{hasPart(rover, body, "1"), hasPart(rover, bogie, "2"),
			hasPart(body, short, "2"), hasPart(body, plate, "4"), hasPart(bogie, long, "3"), hasPart(bogie, plate, "2")}})
	r := retrieval.New(st, emb, retrieval.Options{})
	for _, c := range []struct {
		q      string
		target kg.Entity
		total  float64
		path   int
	}{
		{"整台 rover 要多少根 96mm 的 open goRail", long, 6, 2},
		{"total count of 96mm open goRails for the rover?", long, 6, 2},
		{"how many 120mm open goRails does one rover need?", short, 2, 2},
		{"how many 3x5 grid plates does one whole rover need?", plate, 8, 1},
	} {
		ev := retrieve(t, r, kg.Restricted, c.q)
		if len(ev.Computed) != 1 || ev.Computed[0].TargetID != c.target.ID || ev.Computed[0].Total != c.total || len(ev.Computed[0].Lines[0].Path) != c.path {
			t.Errorf("%s: computed = %+v, want %v × %s through a path of %d", c.q, ev.Computed, c.total, c.target.Name, c.path)
		}
	}
	for _, q := range []string{"how much is the 96mm open goRail?", "what is the price of the 96mm open goRail on the rover parts list?",
		"does the 96mm open goRail go on before the 3x5 grid plate, and how many washers hold each?"} {
		for _, c := range retrieve(t, r, kg.Restricted, q).Computed {
			if c.Kind == "bom" && c.Metric == "" {
				t.Errorf("%s: computed a count %+v of what was not asked", q, c)
			}
		}
	}
}

// A part the question qualifies with a word its names, description and
// assemblies never say is another part: the rover's gear motors in its
// drive wheels are its "drive motors", not anyone's "stepper motors".
func TestBOMCountRefusesAPartQualifiedOtherwise(t *testing.T) {
	rover, wheel := entity(kg.Product, "parts list"), entity(kg.Assembly, "drive wheel")
	motor := kg.Entity{ID: kg.EntityID(kg.Part, "motor"), Type: kg.Part, Name: "motor", Props: kg.Props{"description": "5202 Series planetary gear motor"}}
	st, emb := openPassages(t, passageDoc{id: "bom", title: "parts list",
		text:      "drive wheel x6: motor, 5202 Series planetary gear motor.",
		entities:  []kg.Entity{rover, wheel, motor},
		relations: []kg.Relation{hasPart(rover, wheel, "6"), hasPart(wheel, motor, "1")}})
	r := retrieval.New(st, emb, retrieval.Options{})
	for q, want := range map[string]float64{
		"How many drive motors does one rover need?":   6,
		"How many gear motors in total?":               6,
		"How many stepper motors does one rover need?": 0,
		"How many 5202 series motors in total?":        6,
	} {
		got := 0.0
		for _, c := range retrieve(t, r, kg.Restricted, q).Computed {
			if c.Kind == "bom" && c.TargetID == motor.ID {
				got = c.Total
			}
		}
		if got != want {
			t.Errorf("%s: counted %v motors, want %v", q, got, want)
		}
	}
}

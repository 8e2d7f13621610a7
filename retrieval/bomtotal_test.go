package retrieval_test

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A count that adds up several lines of one assembly, "everything under
// it" or a kind wider than one part, totals their pieces; a count of one
// part stays that part's roll-up.
func TestPiecesTotalOverTheLinesAsked(t *testing.T) {
	product := entity(kg.Product, "HX-50")
	coupling := entity(kg.Assembly, "coupling assembly")
	screw, bolt := entity(kg.Part, "set screw M8x10"), entity(kg.Part, "hex bolt M6x16")
	hub, grease := entity(kg.Part, "coupling hub"), entity(kg.Part, "grease")
	greaseRel := hasPart(coupling, grease, "0.5")
	greaseRel.Props["unit"] = "L"
	st, emb := openPassages(t,
		passageDoc{id: "bom", title: "HX-50 BOM", text: "HX-50: coupling assembly with 4 set screws M8x10, 4 hex bolts M6x16, 2 coupling hubs and 0.5 L grease.",
			entities:  []kg.Entity{product, coupling, screw, bolt, hub, grease},
			relations: []kg.Relation{hasPart(product, coupling, "1"), hasPart(coupling, screw, "4"), hasPart(coupling, bolt, "4"), hasPart(coupling, hub, "2"), greaseRel}},
	)
	r := retrieval.New(st, emb, retrieval.Options{})
	for _, c := range []struct {
		q      string
		metric string
		want   float64
	}{
		{"total qty of everything listed under the coupling assembly?", "pieces", 10},
		{"how many screws and bolts are in the coupling assembly in total?", "pieces", 8},
		{"counting every sub-assembly, how many screws and bolts go into the coupling assembly?", "pieces", 8},
		{"how many set screw M8x10 are in the coupling assembly in total?", "", 4},
	} {
		ev := retrieve(t, r, kg.Restricted, c.q)
		if len(ev.Computed) != 1 || ev.Computed[0].Metric != c.metric || ev.Computed[0].Total != c.want {
			t.Errorf("%s: computed = %+v, want %s total %v", c.q, ev.Computed, c.metric, c.want)
		}
	}
}

// A total asked over a kind of part that several parts are ("open goRail
// of every length") adds up every one of their uses, not only the first
// two listed.
func TestUsesTotalOverEveryPartOfAKind(t *testing.T) {
	rover := entity(kg.Product, "rover")
	bogie, body := entity(kg.Assembly, "rocker bogie"), entity(kg.Assembly, "body")
	short, long, mid := entity(kg.Part, "96mm open goRail"), entity(kg.Part, "288mm open goRail"), entity(kg.Part, "120mm open goRail")
	st, emb := openPassages(t,
		passageDoc{id: "parts", title: "rover parts list", text: "rover: rocker bogie with 96mm open goRail and 288mm open goRail; body with 120mm open goRail.",
			entities:  []kg.Entity{rover, bogie, body, short, long, mid},
			relations: []kg.Relation{hasPart(rover, bogie, "2"), hasPart(rover, body, "1"), hasPart(bogie, short, "3"), hasPart(bogie, long, "1"), hasPart(body, mid, "2")}},
	)
	r := retrieval.New(st, emb, retrieval.Options{})
	ev := retrieve(t, r, kg.Restricted, "整台火星车一共要多少根 open goRail（各种长度加起来）？")
	if len(ev.Computed) == 0 || ev.Computed[0].Metric != "pieces" || ev.Computed[0].Total != 10 {
		t.Fatalf("computed = %+v, want a total of 10 pieces first", ev.Computed)
	}
	if len(ev.Computed) > 3 {
		t.Errorf("%d answers: the total and the first two parts' uses are enough", len(ev.Computed))
	}
}

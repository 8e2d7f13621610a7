package retrieval_test

import (
	"context"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

func hasPart(from, to kg.Entity, qty string) kg.Relation {
	return kg.Relation{ID: kg.RelationID(kg.HasPart, from.ID, to.ID), Type: kg.HasPart, From: from.ID, To: to.ID, Props: kg.Props{"qty": qty, "unit": "pcs"}}
}

// "How many M8 bolts go into one pump" names the whole by a common word:
// the manual's prose has a "pump" with a BOM of its own that holds no
// such bolt, so the count is the bolt's roll-up into the one product its
// BOM ends in, summed over every path, and not the prose pump's parts.
func TestCountOfAPartRollsUpIntoItsProduct(t *testing.T) {
	product := kg.Entity{ID: kg.EntityID(kg.Product, "HX-50"), Type: kg.Product, Name: "HX-50"}
	seal := kg.Entity{ID: kg.EntityID(kg.Assembly, "seal assembly"), Type: kg.Assembly, Name: "seal assembly"}
	bearing := kg.Entity{ID: kg.EntityID(kg.Assembly, "bearing cover assembly"), Type: kg.Assembly, Name: "bearing cover assembly"}
	bolt := kg.Entity{ID: kg.EntityID(kg.Part, "M8 hex bolt"), Type: kg.Part, Name: "M8 hex bolt"}
	pump := kg.Entity{ID: kg.EntityID(kg.Part, "pump"), Type: kg.Part, Name: "pump"}
	impeller := kg.Entity{ID: kg.EntityID(kg.Part, "impeller"), Type: kg.Part, Name: "impeller"}
	st, emb := openPassages(t,
		passageDoc{id: "bom", title: "HX-50 BOM", text: "HX-50: seal assembly with 2 M8 hex bolts, two bearing cover assemblies with 4 M8 hex bolts each.",
			entities:  []kg.Entity{product, seal, bearing, bolt},
			relations: []kg.Relation{hasPart(product, seal, "1"), hasPart(product, bearing, "2"), hasPart(seal, bolt, "2"), hasPart(bearing, bolt, "4")}},
		passageDoc{id: "manual", title: "Manual", text: "The pump has a closed impeller.",
			entities:  []kg.Entity{pump, impeller},
			relations: []kg.Relation{hasPart(pump, impeller, "1")}},
	)
	r := retrieval.New(st, emb, retrieval.Options{})
	for q, want := range map[string]float64{
		"How many M8 hex bolts go into one pump altogether?": 10,
		"一台泵总共要用多少个 M8 hex bolt？":                            10,
	} {
		ev, err := r.Retrieve(context.Background(), kg.Restricted, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(ev.Computed) != 1 || ev.Computed[0].TargetID != bolt.ID || ev.Computed[0].SubjectID != product.ID || ev.Computed[0].Total != want {
			t.Errorf("%s: computed = %+v, want %v bolts in one HX-50", q, ev.Computed, want)
		}
	}
	// Asking for the parts of the pump still lists them.
	ev, err := r.Retrieve(context.Background(), kg.Restricted, "Which parts make up the pump?")
	if err != nil {
		t.Fatal(err)
	}
	if len(ev.Computed) != 1 || ev.Computed[0].SubjectID != pump.ID || ev.Computed[0].TargetID != "" {
		t.Errorf("computed = %+v, want the pump's parts", ev.Computed)
	}
}

// "What's inside" asks for the parts of what it names.
func TestWhatsInsideAsksForParts(t *testing.T) {
	for _, q := range []string{"What's inside the coupling assembly?", "联轴器组件里面有什么？", "What goes into the gearbox?"} {
		if got := retrieval.Analyze(q).Intent; got != retrieval.BOM {
			t.Errorf("Analyze(%q).Intent = %s, want bom", q, got)
		}
	}
}

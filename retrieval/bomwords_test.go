package retrieval_test

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// "How much grease does one pump take" names the grease by a word of its
// description and the product by a common word: the one BOM item the
// word finds rolls up into the product. A word finding several items
// ("bolt") is a kind, no one item's roll-up.
func TestRollUpOfItemsNamedByEverydayWords(t *testing.T) {
	product := entity(kg.Product, "HX-50")
	bearing := entity(kg.Assembly, "bearing assembly")
	grease := entity(kg.Part, "LUB-2")
	grease.Aliases = []string{"Lithium complex grease NLGI 2"}
	m8, m10 := entity(kg.Part, "BLT-08"), entity(kg.Part, "BLT-10")
	m8.Aliases, m10.Aliases = []string{"Hex bolt M8"}, []string{"Hex bolt M10"}
	pump, impeller := entity(kg.Part, "pump"), entity(kg.Part, "impeller")
	greaseRel := hasPart(bearing, grease, "0.5")
	greaseRel.Props["unit"] = "L"
	st, emb := openPassages(t,
		passageDoc{id: "bom", title: "HX-50 BOM", text: "HX-50: bearing assembly with 0.5 L LUB-2, 4 BLT-08 and 2 BLT-10.",
			entities:  []kg.Entity{product, bearing, grease, m8, m10},
			relations: []kg.Relation{hasPart(product, bearing, "1"), greaseRel, hasPart(bearing, m8, "4"), hasPart(bearing, m10, "2")}},
		passageDoc{id: "manual", title: "Manual", text: "The pump has a closed impeller.",
			entities:  []kg.Entity{pump, impeller},
			relations: []kg.Relation{hasPart(pump, impeller, "1")}},
	)
	r := retrieval.New(st, emb, retrieval.Options{})
	ev := retrieve(t, r, kg.Restricted, "how much grease does one pump take?")
	if len(ev.Computed) != 1 || ev.Computed[0].TargetID != grease.ID || ev.Computed[0].SubjectID != product.ID || ev.Computed[0].Total != 0.5 {
		t.Errorf("grease: computed = %+v, want 0.5 of LUB-2 in one HX-50", ev.Computed)
	}
	ev = retrieve(t, r, kg.Restricted, "how much bolt does one pump take?")
	for _, c := range ev.Computed {
		if c.TargetID == m8.ID || c.TargetID == m10.ID {
			t.Errorf("bolt: computed = %+v, want no one bolt's roll-up", c)
		}
	}
}

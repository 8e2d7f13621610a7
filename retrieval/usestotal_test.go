package retrieval_test

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Two parts asked for together ("加起来", "altogether") are one figure:
// what the one top item needs of each, rolled up through the levels and
// added, put first. Asked where they are used, they stay apart.
func TestTwoPartsAskedTogetherAreAddedUp(t *testing.T) {
	product := entity(kg.Product, "HX-50")
	feet, casing, seal := entity(kg.Assembly, "feet assembly"), entity(kg.Assembly, "casing assembly"), entity(kg.Assembly, "seal assembly")
	big, small := entity(kg.Part, "hex bolt M10x30"), entity(kg.Part, "hex bolt M8x25")
	st, emb := openPassages(t,
		passageDoc{id: "bom", title: "HX-50 BOM", text: "HX-50: feet assembly with 2 hex bolts M10x30; casing assembly with 8 hex bolts M10x30; seal assembly with 2 hex bolts M8x25, two seal assemblies.",
			entities: []kg.Entity{product, feet, casing, seal, big, small},
			relations: []kg.Relation{hasPart(product, feet, "1"), hasPart(product, casing, "1"), hasPart(product, seal, "2"),
				hasPart(feet, big, "2"), hasPart(casing, big, "8"), hasPart(seal, small, "2")}},
	)
	r := retrieval.New(st, emb, retrieval.Options{})
	for _, q := range []string{
		"M10x30 和 M8x25 两种螺栓加起来有多少个",
		"how many hex bolts M10x30 and M8x25 are there altogether?",
		"M10x30 跟 M8x25 螺栓一共要几个",
		"how many M10x30 and M8x25 bolts does one HX-50 need in total?",
	} {
		ev := retrieve(t, r, kg.Restricted, q)
		if len(ev.Computed) == 0 || ev.Computed[0].Metric != "pieces" || ev.Computed[0].Total != 14 || len(ev.Computed[0].Lines) != 2 {
			t.Errorf("%s: computed = %+v, want a total of 14 pieces over the two bolts first", q, ev.Computed)
		}
	}
	ev := retrieve(t, r, kg.Restricted, "where are the M10x30 and M8x25 bolts used?")
	for _, c := range ev.Computed {
		if c.Metric == "pieces" {
			t.Errorf("where-used without a sum: computed a total %+v", c)
		}
	}
}

package retrieval_test

import (
	"math"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// entity is the entity of type typ named name, identified as the
// extractors identify it.
func entity(typ, name string) kg.Entity {
	return kg.Entity{ID: kg.EntityID(typ, name), Type: typ, Name: name}
}

func hasPart(from, to kg.Entity, qty string) kg.Relation {
	return kg.Relation{ID: kg.RelationID(kg.HasPart, from.ID, to.ID), Type: kg.HasPart, From: from.ID, To: to.ID, Props: kg.Props{"qty": qty, "unit": "pcs"}}
}

// "How many M8 bolts go into one pump" names the whole by a common word:
// the manual's prose has a "pump" with a BOM of its own that holds no
// such bolt, so the count is the bolt's roll-up into the one product its
// BOM ends in, summed over every path, and not the prose pump's parts.
func TestCountOfAPartRollsUpIntoItsProduct(t *testing.T) {
	product := entity(kg.Product, "HX-50")
	seal, bearing := entity(kg.Assembly, "seal assembly"), entity(kg.Assembly, "bearing cover assembly")
	bolt := entity(kg.Part, "M8 hex bolt")
	pump, impeller := entity(kg.Part, "pump"), entity(kg.Part, "impeller")
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
		ev := retrieve(t, r, kg.Restricted, q)
		if len(ev.Computed) != 1 || ev.Computed[0].TargetID != bolt.ID || ev.Computed[0].SubjectID != product.ID || ev.Computed[0].Total != want {
			t.Errorf("%s: computed = %+v, want %v bolts in one HX-50", q, ev.Computed, want)
		}
	}
	// Asking for the parts of the pump still lists them.
	ev := retrieve(t, r, kg.Restricted, "Which parts make up the pump?")
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

// "What do the parts of the rover cost" is each priced part's unit cost
// times the quantity one rover needs, through the assembly multipliers;
// the assemblies themselves carry no price and half a two-pack counts
// half.
func TestCostOfAWholeRollsUpThroughMultipliers(t *testing.T) {
	priced := func(name, cost string) kg.Entity {
		return kg.Entity{ID: kg.EntityID(kg.Part, name), Type: kg.Part, Name: name, Props: kg.Props{"unit_cost": cost, "currency": "USD"}}
	}
	rover := entity(kg.Product, "rover")
	wheel := entity(kg.Assembly, "drive wheel")
	bogie := entity(kg.Assembly, "rocker bogie")
	motor, tyre, bracket := priced("gear motor", "42.99"), priced("tyre", "25.27"), priced("bracket 2pack", "3.49")
	st, emb := openPassages(t, passageDoc{id: "bom", title: "rover parts list",
		text:     "drive wheel x6: gear motor 42.99, tyre 25.27. rocker bogie x2: half a bracket 2pack 3.49.",
		entities: []kg.Entity{rover, wheel, bogie, motor, tyre, bracket},
		relations: []kg.Relation{hasPart(rover, wheel, "6"), hasPart(rover, bogie, "2"),
			hasPart(wheel, motor, "1"), hasPart(wheel, tyre, "1"), hasPart(bogie, bracket, "0.5")}})
	r := retrieval.New(st, emb, retrieval.Options{})
	for q, want := range map[string]float64{
		"How much do all the parts of the rover cost?":  6*(42.99+25.27) + 2*0.5*3.49,
		"按物料清单，一台 rover 的零件一共多少钱？":                      6*(42.99+25.27) + 2*0.5*3.49,
		"How much does one drive wheel cost?":           42.99 + 25.27,
		"How much does one rocker bogie cost in parts?": 1.745,
	} {
		ev := retrieve(t, r, kg.Restricted, q)
		if len(ev.Computed) != 1 || ev.Computed[0].Metric != "cost" || math.Abs(ev.Computed[0].Total-want) > 1e-9 || ev.Computed[0].Unit != "USD" {
			t.Errorf("%s: computed = %+v, want a cost of %v USD", q, ev.Computed, want)
		}
	}
	// An assembly the rover holds six of gives the six's share too.
	ev := retrieve(t, r, kg.Restricted, "What do the parts of a drive wheel cost?")
	if len(ev.Computed) != 1 || len(ev.Computed[0].Tops) != 1 || ev.Computed[0].Tops[0].ID != rover.ID || ev.Computed[0].Tops[0].Qty != 6 ||
		math.Abs(ev.Computed[0].Value-6*(42.99+25.27)) > 1e-9 {
		t.Errorf("computed = %+v, want one drive wheel's cost and the rover's six", ev.Computed)
	}
	// A count is still a count.
	ev = retrieve(t, r, kg.Restricted, "How many gear motors does one rover need?")
	if len(ev.Computed) != 1 || ev.Computed[0].Metric != "" || ev.Computed[0].Total != 6 {
		t.Errorf("computed = %+v, want 6 gear motors", ev.Computed)
	}
}

// "How many pieces from supplier X go into one pump" counts every part X
// supplies at the quantity one pump needs, through every level; grease
// measured in litres is not a piece.
func TestPiecesFromOneSupplierRollUp(t *testing.T) {
	product := entity(kg.Product, "HX-50")
	cover := entity(kg.Assembly, "bearing cover assembly")
	bolt := entity(kg.Part, "M8 hex bolt")
	nut := entity(kg.Part, "M8 nut")
	grease := entity(kg.Material, "grease")
	baoli := entity(kg.Supplier, "Baoli Fasteners Co")
	supplied := func(part kg.Entity) kg.Relation {
		return kg.Relation{ID: kg.RelationID(kg.SuppliedBy, part.ID, baoli.ID), Type: kg.SuppliedBy, From: part.ID, To: baoli.ID}
	}
	litres := hasPart(product, grease, "0.5")
	litres.Props["unit"] = "L"
	st, emb := openPassages(t, passageDoc{id: "bom", title: "HX-50 BOM",
		text:     "HX-50: two bearing cover assemblies with 4 M8 hex bolts each, 3 M8 nuts, 0.5 L grease; all from Baoli Fasteners Co.",
		entities: []kg.Entity{product, cover, bolt, nut, grease, baoli},
		relations: []kg.Relation{hasPart(product, cover, "2"), hasPart(cover, bolt, "4"), hasPart(product, nut, "3"), litres,
			supplied(bolt), supplied(nut), supplied(grease)}})
	r := retrieval.New(st, emb, retrieval.Options{})
	ev := retrieve(t, r, kg.Restricted, "How many pieces from Baoli Fasteners go into one pump?")
	if len(ev.Computed) != 1 || ev.Computed[0].Metric != "supplier" || ev.Computed[0].SubjectID != product.ID || ev.Computed[0].Total != 11 || ev.Computed[0].Count != 2 {
		t.Errorf("computed = %+v, want 11 pieces of 2 parts from Baoli in one HX-50", ev.Computed)
	}
}

// A supplier is asked about by its place and brand alone: "Shanghai
// Baoli" for "Shanghai Baoli Fasteners Co".
func TestPiecesFromASupplierNamedByPlaceAndBrand(t *testing.T) {
	product := entity(kg.Product, "HX-50")
	bolt := entity(kg.Part, "M8 hex bolt")
	baoli := entity(kg.Supplier, "Shanghai Baoli Fasteners Co")
	supplied := kg.Relation{ID: kg.RelationID(kg.SuppliedBy, bolt.ID, baoli.ID), Type: kg.SuppliedBy, From: bolt.ID, To: baoli.ID}
	st, emb := openPassages(t, passageDoc{id: "bom", title: "HX-50 BOM",
		text:      "HX-50: 6 M8 hex bolts from Shanghai Baoli Fasteners Co.",
		entities:  []kg.Entity{product, bolt, baoli},
		relations: []kg.Relation{hasPart(product, bolt, "6"), supplied}})
	r := retrieval.New(st, emb, retrieval.Options{})
	ev := retrieve(t, r, kg.Restricted, "How many pieces from Shanghai Baoli go into one pump?")
	if len(ev.Computed) != 1 || ev.Computed[0].Metric != "supplier" || ev.Computed[0].Total != 6 {
		t.Errorf("computed = %+v, want 6 pieces from Shanghai Baoli in one HX-50", ev.Computed)
	}
}

// An FMEA names "Coupling CX-CPL-00" and a manual's sentence gives "the
// coupling" a guard; the BOM's assembly CX-CPL-00 is what "what's inside
// the coupling assembly" asks about.
func TestBOMAssemblyNamedByItsCodeIsExploded(t *testing.T) {
	product := entity(kg.Product, "HX-50")
	asm := kg.Entity{ID: kg.EntityID(kg.Assembly, "CX-CPL-00"), Type: kg.Assembly, Name: "联轴器组件", Aliases: []string{"CX-CPL-00"}}
	hub := entity(kg.Part, "CX-CPL-01")
	screw := entity(kg.Part, "M8x10 set screw")
	fmea := entity(kg.Part, "Coupling CX-CPL-00")
	prose := entity(kg.Part, "coupling")
	guard := entity(kg.Part, "guard")
	st, emb := openPassages(t,
		passageDoc{id: "bom", title: "HX-50 BOM", text: "CX-CPL-00 联轴器组件: CX-CPL-01 hub, 4 M8x10 set screws.",
			entities:  []kg.Entity{product, asm, hub, screw},
			relations: []kg.Relation{hasPart(product, asm, "1"), hasPart(asm, hub, "1"), hasPart(asm, screw, "4")}},
		passageDoc{id: "fmea", title: "FMEA", text: "Coupling CX-CPL-00: spider wear.", entities: []kg.Entity{fmea}},
		passageDoc{id: "manual", title: "Manual", text: "The coupling has a guard.",
			entities: []kg.Entity{prose, guard}, relations: []kg.Relation{hasPart(prose, guard, "1")}},
	)
	r := retrieval.New(st, emb, retrieval.Options{})
	ev := retrieve(t, r, kg.Restricted, "What's inside the coupling CX-CPL-00 assembly?")
	if len(ev.Computed) != 1 || ev.Computed[0].SubjectID != asm.ID || len(ev.Computed[0].Lines) != 2 {
		t.Errorf("computed = %+v, want the parts of %s", ev.Computed, asm.ID)
	}
}

// "Which assemblies have HT250 parts" asks for the wholes the parts made
// of the material go into, not for the parts.
func TestAssembliesHoldingPartsOfAMaterial(t *testing.T) {
	casing := entity(kg.Assembly, "casing assembly")
	cover := entity(kg.Part, "casing cover")
	body := entity(kg.Part, "pump casing")
	iron := entity(kg.Material, "HT250")
	madeOf := func(part kg.Entity) kg.Relation {
		return kg.Relation{ID: kg.RelationID(kg.MadeOf, part.ID, iron.ID), Type: kg.MadeOf, From: part.ID, To: iron.ID}
	}
	st, emb := openPassages(t, passageDoc{id: "bom", title: "HX-50 BOM",
		text:      "The casing assembly holds the pump casing and the casing cover, both cast in HT250.",
		entities:  []kg.Entity{casing, cover, body, iron},
		relations: []kg.Relation{hasPart(casing, cover, "1"), hasPart(casing, body, "1"), madeOf(cover), madeOf(body)}})
	r := retrieval.New(st, emb, retrieval.Options{})
	ev := retrieve(t, r, kg.Restricted, "which assemblies have HT250 cast parts in them?")
	if len(ev.Computed) != 1 || ev.Computed[0].Op != "parents" || len(ev.Computed[0].Lines) != 1 || ev.Computed[0].Lines[0].ID != casing.ID {
		t.Errorf("computed = %+v, want the casing assembly alone", ev.Computed)
	}
}

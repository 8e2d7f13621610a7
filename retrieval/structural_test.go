package retrieval

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

func ent(typ, name string) kg.Entity {
	return kg.Entity{ID: kg.EntityID(typ, name), Type: typ, Name: name}
}

func part(from, to kg.Entity, qty string) kg.Relation {
	return kg.Relation{ID: kg.RelationID(kg.HasPart, from.ID, to.ID), Type: kg.HasPart, From: from.ID, To: to.ID, Props: kg.Props{"qty": qty}}
}

// A rover with 6 drive-wheel assemblies of one motor each, plus a spare
// motor directly on the chassis, and a shared bolt: the roll-up must sum
// over every path and multiply along each.
func roverBOM() kg.Subgraph {
	rover, wheel, chassis := ent(kg.Product, "rover"), ent(kg.Assembly, "drive wheel"), ent(kg.Assembly, "chassis")
	motor, bolt, grease := ent(kg.Part, "motor"), ent(kg.Part, "M3 bolt"), ent(kg.Material, "grease")
	return kg.Subgraph{
		Entities: []kg.Entity{rover, wheel, chassis, motor, bolt, grease},
		Relations: []kg.Relation{
			part(rover, wheel, "6"), part(rover, chassis, "1"),
			part(wheel, motor, "1"), part(wheel, bolt, "4"), part(chassis, bolt, "10"),
			part(chassis, motor, "1"), part(wheel, grease, "0.5"),
		},
	}
}

func TestRollUpSumsPathsAndMultipliers(t *testing.T) {
	v := newGraphView(roverBOM())
	cases := map[string]float64{"motor": 7, "M3 bolt": 34, "grease": 3}
	for name, want := range cases {
		id := kg.EntityID(kg.Part, name)
		if name == "grease" {
			id = kg.EntityID(kg.Material, name)
		}
		c, ok := rollUp(v, kg.EntityID(kg.Product, "rover"), id)
		if !ok || c.Total != want {
			t.Errorf("rollUp(rover, %s) = %v, %v; want %v", name, c.Total, ok, want)
		}
	}
}

func TestWhereUsedListsParentsAndTops(t *testing.T) {
	v := newGraphView(roverBOM())
	c := whereUsed(v, kg.EntityID(kg.Part, "M3 bolt"))
	if len(c.Lines) != 2 {
		t.Fatalf("parents = %+v, want drive wheel and chassis", c.Lines)
	}
	if len(c.Tops) != 1 || c.Tops[0].Name != "rover" || c.Tops[0].Qty != 34 {
		t.Fatalf("tops = %+v, want rover × 34", c.Tops)
	}
}

func TestExplodeCutsCycles(t *testing.T) {
	a, b := ent(kg.Assembly, "a"), ent(kg.Assembly, "b")
	v := newGraphView(kg.Subgraph{Entities: []kg.Entity{a, b}, Relations: []kg.Relation{part(a, b, "2"), part(b, a, "3")}})
	c := explodeBOM(v, a.ID)
	if len(c.Lines) != 1 || c.Lines[0].Qty != 2 {
		t.Fatalf("lines = %+v", c.Lines)
	}
}

func fmeaGraph() kg.Subgraph {
	seal, bearing := ent(kg.Part, "seal"), ent(kg.Part, "bearing")
	leak := kg.Entity{ID: kg.EntityID(kg.FailureMode, "seal leaking"), Type: kg.FailureMode, Name: "seal leaking", Props: kg.Props{"item": "seal", "mode": "leaking"}}
	wear := kg.Entity{ID: kg.EntityID(kg.FailureMode, "bearing wear"), Type: kg.FailureMode, Name: "bearing wear", Props: kg.Props{"item": "bearing", "mode": "wear"}}
	dry, grit, lube := ent(kg.Cause, "dry running"), ent(kg.Cause, "abrasive particles"), ent(kg.Cause, "no lubrication")
	rel := func(typ string, a, b kg.Entity, p kg.Props) kg.Relation {
		return kg.Relation{ID: kg.RelationID(typ, a.ID, b.ID), Type: typ, From: a.ID, To: b.ID, Props: p}
	}
	return kg.Subgraph{
		Entities: []kg.Entity{seal, bearing, leak, wear, dry, grit, lube},
		Relations: []kg.Relation{
			rel(kg.HasFailureMode, seal, leak, nil), rel(kg.HasFailureMode, bearing, wear, nil),
			rel(kg.CausedBy, leak, dry, kg.Props{"severity": "8", "occurrence": "4", "detection": "5", "rpn": "160"}),
			rel(kg.CausedBy, leak, grit, kg.Props{"severity": "8", "occurrence": "2", "detection": "3", "rpn": "48"}),
			rel(kg.CausedBy, wear, lube, kg.Props{"severity": "6", "occurrence": "3", "detection": "4", "rpn": "72"}),
		},
	}
}

func TestFMEAAggregates(t *testing.T) {
	v := newGraphView(fmeaGraph())
	rows := fmeaRows(v, nil)
	cases := []struct {
		q          string
		value      float64
		count      int
		firstCause string
	}{
		{"Which failure mode has the highest RPN?", 160, 1, "dry running"},
		{"How many failure modes have an RPN above 50?", 0, 2, "dry running"},
		{"What is the average severity?", 22.0 / 3, 3, "dry running"},
		{"RPN最低的失效模式是哪个？", 48, 1, "abrasive particles"},
		{"严重度不低于8的失效模式有几个？", 0, 2, "dry running"},
		// an inclusive bound in any of the words the table questions read
		{"Which failure modes have severity 8 or more?", 0, 2, "dry running"},
		{"List failure modes rated severity 8 or higher", 0, 2, "dry running"},
		{"严重度8及以上的失效模式有哪些？", 0, 2, "dry running"},
		{"Which failure modes have an RPN of no more than 72?", 0, 2, "no lubrication"},
		{"RPN 不超过 72 的失效模式有哪些？", 0, 2, "no lubrication"},
	}
	for _, c := range cases {
		got, ok := computeFMEA(rows, parseFMEAQuery(c.q), "")
		if !ok {
			t.Errorf("%s: no answer", c.q)
			continue
		}
		if got.Value != c.value || got.Count != c.count || got.Lines[0].Props["cause"] != c.firstCause {
			t.Errorf("%s: value %v count %d first %q; want %v %d %q", c.q, got.Value, got.Count, got.Lines[0].Props["cause"], c.value, c.count, c.firstCause)
		}
	}
	// A condition the counter cannot read is no count of every row.
	if got, ok := computeFMEA(rows, parseFMEAQuery("How many FMEA lines just say None for the recommended action?"), ""); ok {
		t.Errorf("an unread condition counted every row: %+v", got)
	}
	scoped := fmeaRows(v, map[string]bool{kg.EntityID(kg.Part, "bearing"): true})
	if len(scoped) != 1 || scoped[0].cause != "no lubrication" {
		t.Fatalf("scoped rows = %+v", scoped)
	}
}

func TestFaultTree(t *testing.T) {
	sym, cause, act := ent(kg.Symptom, "pump does not start"), ent(kg.Cause, "blown fuse"), ent(kg.Action, "replace the fuse")
	g := kg.Subgraph{Entities: []kg.Entity{sym, cause, act}, Relations: []kg.Relation{
		{ID: "r1", Type: kg.CausedBy, From: sym.ID, To: cause.ID},
		{ID: "r2", Type: kg.RemediedBy, From: cause.ID, To: act.ID},
	}}
	c := faultTree(newGraphView(g), sym.ID)
	if len(c.Lines) != 1 || c.Lines[0].Name != "blown fuse" || len(c.Lines[0].Children) != 1 || c.Lines[0].Children[0].Name != "replace the fuse" {
		t.Fatalf("fault tree = %+v", c.Lines)
	}
}

// A computed answer carries the relations it used, so the evidence graph
// can draw FMEA rows and fault trees that the expansion never reached.
func TestComputedCarriesItsRelations(t *testing.T) {
	v := newGraphView(fmeaGraph())
	c, ok := computeFMEA(fmeaRows(v, nil), parseFMEAQuery("Which failure mode has the highest RPN?"), "")
	if !ok {
		t.Fatal("no answer")
	}
	c = withRelations(c, v)
	if len(c.rels) == 0 || len(c.rels) != len(dedupe(c.facts)) {
		t.Fatalf("rels = %+v for facts %v", c.rels, c.facts)
	}
	for _, r := range c.rels {
		if r.From == "" || r.To == "" || r.Type == "" {
			t.Errorf("relation without endpoints: %+v", r)
		}
	}
}

// Each sheet row keeps its own current control and recommended action:
// two rows of one failure mode that the sheet gives different controls
// are not given the last one read.
func TestFMEARowsKeepTheirOwnControlsAndActions(t *testing.T) {
	bushing := ent(kg.Part, "suspension bushing")
	wear := kg.Entity{ID: kg.EntityID(kg.FailureMode, "suspension bushing wearing"), Type: kg.FailureMode, Name: "suspension bushing wearing", Props: kg.Props{"item": "suspension bushing", "mode": "wearing"}}
	age, grit := ent(kg.Cause, "wearing over time"), ent(kg.Cause, "grit")
	inspect, grease := ent(kg.Control, "inspect at 125 hour service"), ent(kg.Control, "daily greasing")
	replace := ent(kg.Action, "replace at 500 hour service")
	src := func(chunk string, p kg.Props) []kg.Source { return []kg.Source{{ChunkID: chunk, Props: p}} }
	rel := func(typ string, a, b kg.Entity, s []kg.Source) kg.Relation {
		return kg.Relation{ID: kg.RelationID(typ, a.ID, b.ID), Type: typ, From: a.ID, To: b.ID, Sources: s}
	}
	v := newGraphView(kg.Subgraph{
		Entities: []kg.Entity{bushing, wear, age, grit, inspect, grease, replace},
		Relations: []kg.Relation{
			rel(kg.HasFailureMode, bushing, wear, nil),
			rel(kg.CausedBy, wear, age, src("row1", kg.Props{"severity": "2", "occurrence": "3", "detection": "2", "rpn": "12"})),
			rel(kg.CausedBy, wear, grit, src("row2", kg.Props{"severity": "2", "occurrence": "2", "detection": "2", "rpn": "8"})),
			rel(kg.DetectedBy, wear, inspect, src("row1", nil)),
			rel(kg.DetectedBy, wear, grease, src("row2", nil)),
			rel(kg.RemediedBy, wear, replace, src("row2", nil)),
		},
	})
	want := map[string][2]string{"wearing over time": {"inspect at 125 hour service", ""}, "grit": {"daily greasing", "replace at 500 hour service"}}
	rows := fmeaRows(v, nil)
	if len(rows) != 2 {
		t.Fatalf("rows = %+v", rows)
	}
	for _, r := range rows {
		if w := want[r.cause]; r.control != w[0] || r.action != w[1] {
			t.Errorf("row %q: control %q action %q, want %q %q", r.cause, r.control, r.action, w[0], w[1])
		}
		if l := rowLine(r); l.Props["control"] != r.control {
			t.Errorf("line %+v lost the control %q", l, r.control)
		}
	}
}

// Two sheet rows that state the same mode and cause come out in one order
// whatever order the store gave their sources in, so both stores list
// and rank them alike.
func TestFMEARowsOfOneCauseInOneOrder(t *testing.T) {
	sensor := ent(kg.Part, "sensors")
	rust := kg.Entity{ID: kg.EntityID(kg.FailureMode, "sensors corrosion"), Type: kg.FailureMode, Name: "sensors corrosion", Props: kg.Props{"item": "sensors", "mode": "corrosion"}}
	wet := ent(kg.Cause, "exposure to contaminates")
	upon, look := ent(kg.Control, "investigated upon failure"), ent(kg.Control, "visual inspection at 500 hrs")
	figures := kg.Props{"severity": "3", "occurrence": "3", "detection": "3", "rpn": "27"}
	rel := func(typ string, a, b kg.Entity, s ...kg.Source) kg.Relation {
		return kg.Relation{ID: kg.RelationID(typ, a.ID, b.ID), Type: typ, From: a.ID, To: b.ID, Sources: s}
	}
	controls := func(first, second string) []string {
		v := newGraphView(kg.Subgraph{
			Entities: []kg.Entity{sensor, rust, wet, upon, look},
			Relations: []kg.Relation{
				rel(kg.HasFailureMode, sensor, rust),
				rel(kg.CausedBy, rust, wet, kg.Source{ChunkID: first, Props: figures}, kg.Source{ChunkID: second, Props: figures}),
				rel(kg.DetectedBy, rust, upon, kg.Source{ChunkID: "row1"}),
				rel(kg.DetectedBy, rust, look, kg.Source{ChunkID: "row2"}),
			},
		})
		var out []string
		for _, r := range fmeaRows(v, nil) {
			out = append(out, r.control)
		}
		return out
	}
	a, b := controls("row1", "row2"), controls("row2", "row1")
	if len(a) != 2 || !slices.Equal(a, b) {
		t.Errorf("rows read in one order list controls %q, in the other %q", a, b)
	}
}

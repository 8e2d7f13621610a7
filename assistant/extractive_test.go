package assistant

import (
	"context"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

func item(n int, id, text, lang, title string) retrieval.Item {
	return retrieval.Item{N: n, Score: 0.03, Chunk: kg.Chunk{ID: id, DocumentID: "d" + id, Text: text, Lang: lang, DocTitle: title, DocURI: title + ".md", Section: []string{"Specifications"}}}
}

func evidence(question string, items ...retrieval.Item) *retrieval.Evidence {
	q := retrieval.Analyze(question)
	ev := &retrieval.Evidence{Question: q, Items: items, Entities: map[string]kg.Entity{}}
	ev.Trace.Coverage = 1
	return ev
}

func answer(t *testing.T, ev *retrieval.Evidence) *Answer {
	t.Helper()
	d, err := NewExtractive().Answer(context.Background(), ev)
	if err != nil {
		t.Fatal(err)
	}
	return Finish(ev, d, "extractive")
}

func TestExtractiveQuotesBestSentenceWithCitation(t *testing.T) {
	ev := evidence("What is the rated voltage?",
		item(1, "a", "The pump is painted blue. The rated voltage is 380 V ±10%.", "en", "Manual"),
		item(2, "b", "Grease the bearings every 2000 hours.", "en", "Manual"))
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "380 V ±10%. [1]") {
		t.Fatalf("answer = %q", ans.Answer)
	}
	if strings.Contains(ans.Answer, "blue") || strings.Contains(ans.Answer, "Grease") {
		t.Fatalf("answer quotes unrelated sentences: %q", ans.Answer)
	}
	if len(ans.Citations) != 1 || ans.Citations[0].N != 1 || ans.Citations[0].Document.URI != "Manual.md" || ans.Citations[0].Section != "Specifications" {
		t.Fatalf("citations = %+v", ans.Citations)
	}
}

func TestExtractiveAbstainsOnLowCoverage(t *testing.T) {
	ev := evidence("What is the warranty in Brazil?", item(1, "a", "The warranty is 24 months in China.", "en", "Manual"))
	ev.Trace.Coverage = 0.5 - 1e-9
	ans := answer(t, ev)
	if !ans.Abstained || !strings.HasPrefix(ans.Answer, "I don't know") || len(ans.Citations) != 0 {
		t.Fatalf("answer = %+v", ans)
	}
	if len(ans.Related) == 0 || !strings.Contains(ans.Answer, "Manual") {
		t.Fatalf("abstention should point at related topics: %q", ans.Answer)
	}
	zh := evidence("巴西的保修期是多久？")
	zh.Trace.Coverage = 0
	if a := answer(t, zh); !strings.HasPrefix(a.Answer, "我不知道") {
		t.Fatalf("Chinese abstention = %q", a.Answer)
	}
}

func TestExtractiveMarksOtherLanguageSources(t *testing.T) {
	ev := evidence("叶轮的材料是什么？", item(1, "a", "叶轮材料 impeller material: 304 stainless steel.", "en", "Manual EN"))
	ans := answer(t, ev)
	if !strings.Contains(ans.Answer, "摘自英文文档《Manual EN》") || !strings.Contains(ans.Answer, "[1]") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

func TestConflictsShownSideBySide(t *testing.T) {
	ev := twoFlowSources("50 m³/h", "48 m³/h")
	ans := answer(t, ev)
	if !strings.Contains(ans.Answer, "The sources disagree") || !strings.Contains(ans.Answer, "50 m³/h [1] (Spec sheet)") || !strings.Contains(ans.Answer, "48 m³/h [2] (Manual)") {
		t.Fatalf("answer = %q", ans.Answer)
	}
	if len(ans.Evidence.Relations) != 1 || len(ans.Evidence.Entities) != 2 {
		t.Fatalf("evidence graph = %+v", ans.Evidence)
	}
}

func TestFinishDropsCitationsToNothing(t *testing.T) {
	ev := evidence("q", item(1, "a", "text", "en", "Manual"))
	ans := Finish(ev, Draft{Text: "Claim [1]. Invented [7]."}, "test")
	if strings.Contains(ans.Answer, "[7]") || len(ans.Citations) != 1 || len(ans.Trace.Removed) != 1 {
		t.Fatalf("answer %q citations %+v removed %v", ans.Answer, ans.Citations, ans.Trace.Removed)
	}
}

func TestComputedBOMAnswerInBothLanguages(t *testing.T) {
	for _, c := range []totalCase{
		{"How many bolts are in one rover?", 34, "One rover contains 34 M3 bolts in total"},
		{"一台rover里有多少个螺栓？", 34, "每台rover共含34个M3 bolt"},
	} {
		ev := evidence(c.q, item(1, "a", "drive wheel: M3 bolt qty 4", "en", "BOM"))
		ev.Computed = bomTotal("", "rover", "M3 bolt", c.total)
		ans := answer(t, ev)
		if !strings.Contains(ans.Answer, c.want) || !strings.Contains(ans.Answer, "[1]") {
			t.Errorf("%s: answer = %q, want %q", c.q, ans.Answer, c.want)
		}
	}
}

// A count reads as the asker would say it, "4 servos", with the item's
// own name; a name that ends in a code has no plural and keeps "×", and
// one that starts with a figure is counted in pieces.
func TestBOMCountNamesTheItemInThePlural(t *testing.T) {
	for _, c := range []totalCase{
		{"servo", 4, "One rover contains 4 servos in total"},
		{"drive motor", 1, "One rover contains 1 drive motor in total"},
		{"plastic hinges", 2, "One rover contains 2 plastic hinges in total"},
		{"grid plate 3x5 box", 8, "One rover contains 8 grid plate 3x5 boxes in total"},
		{"V-ring seal VA35", 2, "One rover contains 2 × V-ring seal VA35 in total"},
		// A name that starts with a figure would run into the count.
		{"41 hole beam", 6, "One rover contains 6 pcs of 41 hole beam in total"},
		{"3x5 grid plate", 8, "One rover contains 8 pcs of 3x5 grid plate in total"},
	} {
		ev := evidence("How many of them in one rover?", item(1, "a", "rocker bogie: "+c.q, "en", "BOM"))
		ev.Computed = bomTotal("", "rover", c.q, c.total)
		if ans := answer(t, ev); !strings.Contains(ans.Answer, c.want) {
			t.Errorf("%s: answer = %q, want %q", c.q, ans.Answer, c.want)
		}
	}
}

// A BOM that counts in pieces says so where the name has no plural: "4
// pcs of", not "4 ×"; a name with a plural still reads "4 servos".
func TestBOMCountSaysTheBOMsPieceUnit(t *testing.T) {
	for _, c := range []struct{ name, unit, want string }{
		{"GB/T 80 M8x10", "pcs", "One rover contains 4 pcs of GB/T 80 M8x10 in total"},
		{"V-ring seal VA35", "ea", "One rover contains 4 ea of V-ring seal VA35 in total"},
		{"V-ring seal VA35", "", "One rover contains 4 × V-ring seal VA35 in total"},
		{"servo", "pcs", "One rover contains 4 servos in total"},
		{"grease", "L", "One rover contains 4 L of grease in total"},
	} {
		ev := evidence("How many of them in one rover?", item(1, "a", "rocker bogie: "+c.name, "en", "BOM"))
		ev.Computed = bomTotal("", "rover", c.name, 4)
		ev.Computed[0].Unit = c.unit
		if ans := answer(t, ev); !strings.Contains(ans.Answer, c.want) {
			t.Errorf("%s %s: answer = %q, want %q", c.name, c.unit, ans.Answer, c.want)
		}
	}
}

// A total over several lines of an assembly says the sum first, then
// each line it adds up.
func TestBOMPiecesTotalInBothLanguages(t *testing.T) {
	c := retrieval.Computed{Kind: "bom", Metric: "pieces", Subject: "coupling", SubjectID: "x", Total: 8, Count: 2, Unit: "pcs", Cites: []int{1},
		Lines: []retrieval.Line{{Name: "set screw", Qty: 4, Path: []string{"coupling"}, Cites: []int{1}}, {Name: "hex bolt", Qty: 4, Path: []string{"coupling"}, Cites: []int{1}}}}
	for _, tc := range []struct{ q, want string }{
		{"how many screws and bolts in the coupling in total?", "One coupling contains 8 pieces in total over the 2 lines asked about"},
		{"联轴器里一共有多少个螺钉螺栓", "每台coupling共含8个（所问2项合计"},
	} {
		ev := evidence(tc.q, item(1, "a", "coupling: set screw 4, hex bolt 4", "en", "BOM"))
		ev.Computed = []retrieval.Computed{c}
		ans := answer(t, ev)
		if !strings.Contains(ans.Answer, tc.want) || !strings.Contains(ans.Answer, "- hex bolt × 4 [1]") {
			t.Errorf("%s: answer = %q, want %q and the lines", tc.q, ans.Answer, tc.want)
		}
	}
}

// Two sources that give the same value in different spellings agree.
func TestNoConflictAfterUnitNormalisation(t *testing.T) {
	ev := twoFlowSources("48 m3/h", "48 m³/h")
	flow := kg.EntityID(kg.Parameter, "max flow")
	ev.Linked = []retrieval.Linked{{Entity: ev.Entities[flow], Surface: "max flow"}}
	ans := answer(t, ev)
	if strings.Contains(ans.Answer, "disagree") || !strings.Contains(ans.Answer, "48 m3/h [1][2]") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// A cost roll-up states the sum in the first sentence, exact to the
// half cent half a two-pack leaves, in the asker's language.
func TestComputedBOMCostAnswer(t *testing.T) {
	for _, c := range []totalCase{
		{"What do the parts of one rocker bogie cost?", 206.075, "The parts of one rocker bogie cost 206.075 USD in total"},
		{"What do the parts of one rocker bogie cost?", 45.9, "cost 45.90 USD in total"},
		{"一套 rocker bogie 的零件多少钱？", 1253.31, "每套rocker bogie的零件合计1253.31 USD"},
	} {
		ev := evidence(c.q, item(1, "a", "rocker bogie: servo 31.99", "en", "BOM"))
		ev.Computed = bomTotal("cost", "rocker bogie", "servo", c.total)
		if ans := answer(t, ev); !strings.Contains(ans.Answer, c.want) || !strings.Contains(ans.Answer, "[1]") {
			t.Errorf("%s: answer = %q, want %q", c.q, ans.Answer, c.want)
		}
	}
	// The share of a parent that holds several, and a one-row price in
	// the same evidence does not stand in for the sum.
	row := item(1, "a", "assembly: corner; short name: 144mm goRail; cost pp: $5.49", "en", "parts list")
	row.Chunk.Kind = "table_row"
	ev := evidence("How much does the corner assembly cost?", row)
	ev.Computed = []retrieval.Computed{{Kind: "bom", Metric: "cost", Subject: "corner", Total: 11.48, Unit: "USD", Count: 2, Value: 45.92, Cites: []int{1},
		Lines: []retrieval.Line{{Name: "144mm goRail", Qty: 1, Cites: []int{1}}},
		Tops:  []retrieval.Line{{Name: "rover", Qty: 4, Cites: []int{1}}}}}
	want := "The parts of one corner cost 11.48 USD in total"
	if ans := answer(t, ev); !strings.HasPrefix(ans.Answer, want) || !strings.Contains(ans.Answer, "One rover holds 4 of corner, so their parts cost 45.92 USD") {
		t.Errorf("answer = %q, want %q and the rover's four", ans.Answer, want)
	}
}

// A supplier's pieces in one product are counted in one sentence.
func TestComputedSupplierCountAnswer(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"How many pieces from Baoli go into one pump?", "One HX-50 contains 54 pieces from Baoli Fasteners Co in total (11 kinds of part"},
		{"一台泵共有多少件 Baoli 的零件？", "每台HX-50共含54件Baoli Fasteners Co供应的零件（11种"},
	} {
		ev := evidence(c.q, item(1, "a", "Part No. CP200-CAS-06; Qty 1; Supplier Baoli Fasteners Co", "en", "BOM"))
		ev.Computed = []retrieval.Computed{{Kind: "bom", Metric: "supplier", Subject: "HX-50", Target: "Baoli Fasteners Co", TargetID: "s", Total: 54, Count: 11, Cites: []int{1},
			Lines: []retrieval.Line{{Name: "vent plug", Qty: 1, Cites: []int{1}}}}}
		if ans := answer(t, ev); !strings.HasPrefix(ans.Answer, c.want) {
			t.Errorf("%s: answer = %q, want %q", c.q, ans.Answer, c.want)
		}
	}
}

// totalCase is a question (or an item's name), the total its evidence
// computes and the words the answer must hold.
type totalCase struct {
	q     string
	total float64
	want  string
}

// bomTotal is a computed BOM total of target in subject, or with metric
// "cost" the USD cost of one subject's parts, cited by passage 1.
func bomTotal(metric, subject, target string, total float64) []retrieval.Computed {
	c := retrieval.Computed{Kind: "bom", Metric: metric, Subject: subject, Target: target, TargetID: "x", Total: total, Cites: []int{1},
		Lines: []retrieval.Line{{Name: target, Qty: total, Path: []string{subject}, Cites: []int{1}}}}
	if metric == "cost" {
		c.Target, c.TargetID, c.Unit, c.Count = "", "", "USD", 2
		c.Lines[0].Qty = 2
	}
	return []retrieval.Computed{c}
}

// twoFlowSources is the HF-CP200's max flow given by a spec sheet and a
// manual, each value written "number unit", as one fact marked in conflict.
func twoFlowSources(sheet, manual string) *retrieval.Evidence {
	ev := evidence("What is the max flow of the HF-CP200?",
		item(1, "a", "Max. flow: "+sheet, "en", "Spec sheet"),
		item(2, "b", "Maximum flow "+manual, "en", "Manual"))
	pump, flow := kg.EntityID(kg.Product, "HF-CP200"), kg.EntityID(kg.Parameter, "max flow")
	ev.Entities[pump] = kg.Entity{ID: pump, Name: "HF-CP200", Type: kg.Product}
	ev.Entities[flow] = kg.Entity{ID: flow, Name: "max flow", Type: kg.Parameter}
	source := func(chunk, value string) kg.Source {
		v, u, _ := strings.Cut(value, " ")
		return kg.Source{ChunkID: chunk, Props: kg.Props{"value": v, "unit": u}}
	}
	ev.Facts = []retrieval.Fact{{
		Relation: kg.Relation{ID: "r", Type: kg.HasParameter, From: pump, To: flow, Conflict: true,
			Sources: []kg.Source{source("a", sheet), source("b", manual)}},
		FromName: "HF-CP200", ToName: "max flow", Score: 6, Answers: true, Cites: []int{1, 2},
	}}
	return ev
}

// A parameter named by its item's own name (read off a table headed by
// the item) is no answer to which of the item's values is asked: the
// passages that name the asked attribute answer instead.
func TestParameterNamedAsItsItemIsNotStated(t *testing.T) {
	ev := evidence("What is the weight of the parallel gripper?",
		item(1, "a", "Name: Weight; parallel gripper: 84g", "en", "Parallel gripper"),
		item(2, "b", "Name: Repeatability; parallel gripper: 1mm", "en", "Parallel gripper"))
	gripper, param := kg.EntityID(kg.Product, "Parallel gripper"), kg.EntityID(kg.Parameter, "Parallel gripper")
	ev.Entities[gripper] = kg.Entity{ID: gripper, Name: "Parallel gripper", Type: kg.Product}
	ev.Entities[param] = kg.Entity{ID: param, Name: "Parallel gripper", Type: kg.Parameter}
	ev.Facts = []retrieval.Fact{{
		Relation: kg.Relation{ID: "r", Type: kg.HasParameter, From: gripper, To: param,
			Sources: []kg.Source{{ChunkID: "b", Props: kg.Props{"value": "1", "unit": "mm"}}}, Props: kg.Props{"value": "1", "unit": "mm"}},
		FromName: "Parallel gripper", ToName: "Parallel gripper", Score: 6, Answers: true, Cites: []int{1, 2},
	}}
	ans := answer(t, ev)
	if strings.Contains(ans.Answer, "1mm") || strings.Contains(ans.Answer, "1 mm") || !strings.Contains(ans.Answer, "84g") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// A parameter fact cited from a passage whose other line states the
// asked attribute does not answer for it: asked the lens's diameter, the
// passage's "Outer diameter" line does, not the fact's focal length.
func TestFactOfAnotherAttributeInItsPassageIsNotStated(t *testing.T) {
	ev := evidence("what diameter is the tube lens?",
		item(1, "a", "Focal length: 50mm\nOuter diameter: 12.7mm\nMaterial: glass", "en", "Tube lens"))
	lens, param := kg.EntityID(kg.Product, "Tube lens"), kg.EntityID(kg.Parameter, "Focal length")
	ev.Entities[lens] = kg.Entity{ID: lens, Name: "Tube lens", Type: kg.Product}
	ev.Entities[param] = kg.Entity{ID: param, Name: "Focal length", Type: kg.Parameter}
	ev.Facts = []retrieval.Fact{{
		Relation: kg.Relation{ID: "r", Type: kg.HasParameter, From: lens, To: param,
			Sources: []kg.Source{{ChunkID: "a", Props: kg.Props{"value": "50", "unit": "mm", "raw": "50mm"}}}, Props: kg.Props{"value": "50", "unit": "mm", "raw": "50mm"}},
		FromName: "Tube lens", ToName: "Focal length", Score: 6, Answers: true, Cites: []int{1},
	}}
	ans := answer(t, ev)
	if strings.Contains(ans.Answer, "50") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

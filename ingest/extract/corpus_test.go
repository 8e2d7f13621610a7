package extract

import (
	"context"
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

// extractCSV loads a CSV file as one table with one chunk per row, as the
// CSV loader does.
func extractCSV(t testing.TB, path, title string) (*load.Parsed, []chunk.Piece) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(b), "\ufeff")))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	table := &load.Table{Name: title, Header: recs[0], Rows: recs[1:]}
	pieces := make([]chunk.Piece, len(table.Rows))
	for i, row := range table.Rows {
		pieces[i] = chunk.Piece{Chunk: kg.Chunk{ID: kg.ChunkID("d", i), DocumentID: "d", Ordinal: i, Text: strings.Join(row, " | "), Kind: "table_row"}, Table: table, Row: i}
	}
	return &load.Parsed{Title: title, Format: "csv", Blocks: []load.Block{{Kind: load.TableBlock, Table: table}}}, pieces
}

func extractRun(t testing.TB, doc *load.Parsed, pieces []chunk.Piece) Facts {
	t.Helper()
	x, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	f, err := x.Extract(context.Background(), doc, pieces)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// extractRollUp multiplies HAS_PART quantities from root down to every
// entity, the way a BOM explosion answers "how many in the whole product".
func extractRollUp(f Facts, root string) map[string]float64 {
	children := map[string][]kg.Relation{}
	for _, r := range f.Relations {
		if r.Type == kg.HasPart {
			children[r.From] = append(children[r.From], r)
		}
	}
	total := map[string]float64{}
	var walk func(id string, mult float64)
	walk = func(id string, mult float64) {
		for _, r := range children[id] {
			q, ok := r.Props.Float("qty")
			if !ok {
				q = 1
			}
			total[r.To] += mult * q
			walk(r.To, mult*q)
		}
	}
	walk(root, 1)
	return total
}

func TestExtractOSRBOM(t *testing.T) {
	doc, pieces := extractCSV(t, extractCorpus(t, "osr-bom", "parts_list.csv"), "rover")
	f := extractRun(t, doc, pieces)
	total := extractRollUp(f, kg.EntityID(kg.Product, "rover"))
	if got := total[kg.EntityID(kg.Part, "5202-2402-0027")]; got != 6 {
		t.Errorf("drive motors in the rover = %v, want 6", got)
	}
	half := false
	for _, r := range f.Relations {
		if r.Type == kg.HasPart && r.To == kg.EntityID(kg.Part, "1137-0001-0001") {
			half = r.Props["qty"] == "0.5"
		}
	}
	if !half {
		t.Error("the 0.5 quantity of the 90deg steel bracket 2pack is not kept exactly")
	}
	// 1120-0002-0072 is in two assemblies: one part, two parents.
	parents := 0
	for _, r := range f.Relations {
		if r.Type == kg.HasPart && r.To == kg.EntityID(kg.Part, "1120-0002-0072") {
			parents++
		}
	}
	if parents != 2 {
		t.Errorf("1120-0002-0072 has %d parents, want 2 (drive wheel and body)", parents)
	}
	spacer := extractEntityByID(f, kg.EntityID(kg.Part, "1500-0010-0006"))
	if spacer == nil || spacer.Props["unit_cost"] != "2.79" || spacer.Props["currency"] != "USD" {
		t.Errorf("plastic spacer (comma-split row, cost without $) = %+v", spacer)
	}
}

func extractEntityByID(f Facts, id string) *kg.Entity {
	for i := range f.Entities {
		if f.Entities[i].ID == id {
			return &f.Entities[i]
		}
	}
	return nil
}

func TestExtractFMEACorpus(t *testing.T) {
	doc, pieces := extractCSV(t, extractCorpus(t, "fmea-hybrid-rag", "data", "dataset", "fmea_dataset_combined.csv"), "haul truck FMEA")
	f := extractRun(t, doc, pieces)
	fm := extractEntityByID(f, kg.EntityID(kg.FailureMode, "Condenser Leaking"))
	if fm == nil {
		t.Fatal("no failure mode Condenser Leaking")
	}
	var rpn string
	for _, r := range f.Relations {
		if r.Type == kg.HasFailureMode && r.To == fm.ID {
			rpn = r.Props["rpn"]
			if r.From != kg.EntityID(kg.Part, "Condenser") {
				t.Errorf("Condenser Leaking belongs to %s", r.From)
			}
		}
	}
	if rpn != "18" {
		t.Errorf("Condenser Leaking rpn = %q, want 18", rpn)
	}
	// The Condenser row leaves Subsystem and Component blank: filled down
	// from the rows above, Air-conditioning has the Condenser.
	if !extractHasRelation(f, kg.HasPart, kg.EntityID(kg.Assembly, "Air-conditioning"), kg.EntityID(kg.Part, "Condenser")) {
		t.Error("Air-conditioning -HAS_PART-> Condenser missing")
	}
	// A component that starts a new block must not inherit the sub-component above.
	if extractHasRelation(f, kg.HasPart, kg.EntityID(kg.Assembly, "Vehicle Driving Lights"), kg.EntityID(kg.Part, "Horn")) {
		t.Error("Vehicle Driving Lights inherited Horn from the row above")
	}
}

func extractHasRelation(f Facts, typ, from, to string) bool {
	for _, r := range f.Relations {
		if r.Type == typ && r.From == from && r.To == to {
			return true
		}
	}
	return false
}

func TestExtractWorkOrdersCorpus(t *testing.T) {
	doc, pieces := extractCSV(t, extractCorpus(t, "mwo-workorders", "work_orders.csv"), "work orders")
	f := extractRun(t, doc, pieces)
	orders := map[string]bool{}
	for _, e := range f.Entities {
		if e.Type == kg.WorkOrder {
			orders[e.Name] = true
		}
	}
	ids := map[string]bool{}
	for _, row := range doc.Blocks[0].Table.Rows {
		ids[row[1]] = true
	}
	if len(orders) != len(ids) {
		t.Errorf("%d work orders, want one per distinct PONumber (%d)", len(orders), len(ids))
	}
	wo := extractEntityByID(f, kg.EntityID(kg.WorkOrder, "2043"))
	if wo == nil || wo.Props["date"] != "18/02/2006" || !strings.Contains(wo.Props["description"], "compressor oil") {
		t.Fatalf("work order 2043 = %+v", wo)
	}
	if !extractHasRelation(f, kg.RelatedTo, wo.ID, kg.EntityID(kg.Equipment, "AID5")) ||
		!extractHasRelation(f, kg.RelatedTo, wo.ID, kg.EntityID(kg.Equipment, "compressor unit")) {
		t.Error("work order 2043 is not linked to asset AID5 and its functional location")
	}
	t.Logf("%d work orders, %d entities, %d relations", len(orders), len(f.Entities), len(f.Relations))
}

// TestExtractOSRBOMLoaded reads the rover BOM through the CSV loader, which
// pads every row to the widest one, and checks the row whose long name
// holds an unquoted comma still gives its quantity: the grid plate is 2 per
// rocker bogie (2 of them) and 4 in the body, 8 in the rover.
func TestExtractOSRBOMLoaded(t *testing.T) {
	path := extractCorpus(t, "osr-bom", "parts_list.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := load.Load(context.Background(), "parts_list.csv", data, load.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	doc.Title = "rover"
	table := doc.Blocks[0].Table
	pieces := make([]chunk.Piece, len(table.Rows))
	for i := range table.Rows {
		pieces[i] = chunk.Piece{Chunk: kg.Chunk{ID: kg.ChunkID("d", i), DocumentID: "d", Ordinal: i, Kind: "table_row"}, Table: table, Row: i}
	}
	f := extractRun(t, doc, pieces)
	plate := kg.EntityID(kg.Part, "1116-0024-0040")
	if got := extractRollUp(f, kg.EntityID(kg.Product, "rover"))[plate]; got != 8 {
		t.Errorf("grid plates in the rover = %v, want 8", got)
	}
	for _, r := range f.Relations {
		if _, ok := r.Props.Float("qty"); r.Type == kg.HasPart && r.Props["qty"] != "" && !ok {
			t.Errorf("%s -> %s: quantity %q is not a number", r.From, r.To, r.Props["qty"])
		}
	}
}

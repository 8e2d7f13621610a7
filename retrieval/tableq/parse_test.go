package tableq

import (
	"strconv"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// Words that each find rows but no row together are a misreading, not a
// zero: the question is left to the rest of retrieval.
func TestNoFigureFromWordsNoRowHasTogether(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/bom.csv")
	for _, q := range []string{
		"How many motor bolts are supplied by Ningbo Jinhai Seal Co.?",
		"How many casing gaskets does Changzhou Ruitai Motor Co. supply?",
	} {
		if p, ok := Parse(tb, q); ok {
			t.Errorf("%q: read as [%s]", q, p.Plan)
		}
	}
	if _, ok := Parse(tb, "How many parts does Ningbo Jinhai Seal Co. supply?"); !ok {
		t.Error("a supplier's parts are no longer counted")
	}
}

func chunkTable(t *testing.T, name string, rows ...string) *Table {
	t.Helper()
	var chunks []kg.Chunk
	for i, r := range rows {
		chunks = append(chunks, kg.Chunk{ID: name + strconv.Itoa(i), Text: r})
	}
	tb, err := NewTable(kg.Table{DocumentID: name, DocTitle: name, Rows: len(rows)}, chunks)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// "Which operation takes the longest" asks for the time column, though
// it names the operation number.
func TestHowLongReadsTheTimeColumn(t *testing.T) {
	tb := chunkTable(t, "routing",
		"Operation: 10; Work step: Incoming inspection; Standard time (min): 15",
		"Operation: 20; Work step: Bearing assembly; Standard time (min): 35",
		"Operation: 30; Work step: Painting and packing; Standard time (min): 45",
		"Operation: 40; Work step: Test run; Standard time (min): 25")
	for _, q := range []string{"Which operation takes the longest?", "哪道工序耗时最长？"} {
		p, ok := Parse(tb, q)
		if !ok {
			t.Fatalf("%q: no plan", q)
		}
		res, err := Execute(tb, p.Plan)
		if err != nil || res.Value != 45 || p.Plan.Column != "Standard time (min)" {
			t.Errorf("%q: [%s] = %v, %v; want the longest standard time, 45", q, p.Plan, res.Value, err)
		}
	}
}

// A figure in a cell ("±5%") is no name a question says: "5 hours" does
// not name it.
func TestFiguresAreNotValues(t *testing.T) {
	tb := chunkTable(t, "spec",
		"Parameter: Rated flow; Value: 40; Tolerance: ±5%",
		"Parameter: Rated head; Value: 32; Tolerance: ±5%",
		"Parameter: Speed; Value: 2900; Tolerance: ±1%")
	if p, ok := Parse(tb, "How many jobs took 5 hours or longer?"); ok {
		t.Errorf("read as [%s]", p.Plan)
	}
}

// "$20" points at the table whose prices are written in dollars.
func TestCurrencyPointsAtItsTable(t *testing.T) {
	dollars := chunkTable(t, "parts",
		"Part No.: A-1; Name: Wheel; Cost: $25.27", "Part No.: A-2; Name: Hub; Cost: $12.00", "Part No.: A-3; Name: Bolt; Cost: $0.40")
	plain := chunkTable(t, "orders",
		"Work Order: 1; Description: Service; Cost: 200", "Work Order: 2; Description: Lights; Cost: 300", "Work Order: 3; Description: Pump; Cost: 15")
	q := "How many line items cost more than $20?"
	pd, okd := Parse(dollars, q)
	pp, okp := Parse(plain, q)
	if !okd || (okp && pp.Score >= pd.Score) {
		t.Fatalf("dollars %v %d, plain %v %d: the dollar table must win", okd, pd.Score, okp, pp.Score)
	}
}

// "The second highest" lists the first two, so the second is shown with
// the first it follows.
func TestOrdinalListsTheFirstN(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/fmea.xlsx")
	for q, n := range map[string]int{"What is the second highest RPN?": 2, "Which failure mode has the third lowest RPN?": 3} {
		p, ok := Parse(tb, q)
		if !ok || p.Plan.Limit != n || p.Plan.Aggregate != "list" {
			t.Fatalf("%q: [%s] %v, want a list of %d", q, p.Plan, ok, n)
		}
		res, err := Execute(tb, p.Plan)
		if err != nil || len(res.Rows) != n {
			t.Fatalf("%q: %d rows, %v", q, len(res.Rows), err)
		}
	}
	p, _ := Parse(tb, "What is the second highest RPN?")
	res, _ := Execute(tb, p.Plan)
	if got := res.Rows[1].Cell(tb.Column("RPN")); got != "160" {
		t.Errorf("second highest RPN %s, want 160", got)
	}
}

// "The recommended action for the failure mode with the highest RPN":
// the row with the highest RPN, and its action named with it.
func TestAskedColumnIsShownWithTheRow(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/fmea.xlsx")
	p, ok := Parse(tb, "What is the recommended action for the failure mode with the highest RPN?")
	if !ok || p.Plan.Aggregate != "max" || strings.Join(p.Plan.Show, "|") != "Recommended Action" {
		t.Fatalf("[%s] %v", p.Plan, ok)
	}
	res, err := Execute(tb, p.Plan)
	if err != nil || len(res.Rows) == 0 {
		t.Fatal(res, err)
	}
	action := res.Rows[0].Cell(tb.Column("Recommended Action"))
	if label := res.Label(res.Rows[0]); action == "" || !strings.Contains(label, "Recommended Action: "+action) {
		t.Errorf("label %q does not give the action %q", label, action)
	}
}

// A figure in another unit of time than the column's is converted: two
// weeks against "Lead time (days)" is 14.
func TestThresholdUnitsConvert(t *testing.T) {
	tb := chunkTable(t, "spares",
		"Part No.: CP-1; Name: Seal; Recommended stock: 2; Lead time (days): 21",
		"Part No.: CP-2; Name: Impeller; Recommended stock: 1; Lead time (days): 45",
		"Part No.: CP-3; Name: Gasket; Recommended stock: 2; Lead time (days): 10",
		"Part No.: CP-4; Name: Wear ring; Recommended stock: 1; Lead time (days): 14")
	for q, want := range map[string]float64{
		"How many spare parts take longer than two weeks to arrive?": 2,
		"How many parts have a lead time of at least 2 weeks?":       3,
		"Lead time 不少于两周的备件有几个？":                                     3,
	} {
		p, ok := Parse(tb, q)
		if !ok {
			t.Errorf("%q: no plan", q)
			continue
		}
		if res, err := Execute(tb, p.Plan); err != nil || res.Value != want {
			t.Errorf("%q: [%s] = %v, want %v", q, p.Plan, res.Value, want)
		}
	}
}

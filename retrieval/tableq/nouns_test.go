package tableq

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A count is said in the asker's words for what it counts.
func TestRowNoun(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "nouns.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		q, want, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		if got := RowNoun(q); got != want {
			t.Errorf("RowNoun(%q) = %q, want %q", q, got, want)
		}
	}
}

// A figure carries the unit its header or its cells give.
func TestColumnUnit(t *testing.T) {
	log := loadTable(t, "examples/demo/internal/maintenance_log.csv")
	parts := loadTable(t, "../shared/corpus/osr-bom/parts_list.csv")
	for _, c := range []struct {
		t            *Table
		column, want string
	}{{log, "Downtime (h)", "h"}, {log, "Symptom", ""}, {parts, "cost pp", "$"}} {
		if got := c.t.ColumnUnit(c.column); got != c.want {
			t.Errorf("ColumnUnit(%q) = %q, want %q", c.column, got, c.want)
		}
	}
}

// A count over a log whose question names no noun counts work orders:
// "how many times did we swap the seal" is answered "4 work orders", not
// "4 rows", and so are the rows a total adds up ("71 h over 20 work
// orders"); a question's own noun or a count of values keeps its words.
func TestLogRowsCountedAsWorkOrders(t *testing.T) {
	log := loadTable(t, "examples/demo/internal/maintenance_log.csv")
	spares := loadTable(t, "examples/demo/public/spare_parts.csv")
	for _, c := range []struct {
		tb       *Table
		q, agg   string
		wantNoun string
	}{
		{log, "how many times did we change CP200-CAS-03 per the maintenance log", "count", "work orders"},
		{log, "how many times was the pump down for more than 10 h", "count", "work orders"},
		{log, "how many times did downtime go over 10 h", "count", "work orders"},
		{log, "停机超过10小时的有几次", "count", "次"},
		{log, "how many log entries had downtime above 10 h", "count", "entries"},
		{log, "total downtime in hours", "sum", "work orders"},
		{spares, "total recommended stock", "sum", ""},
		{spares, "how many spare parts have no notes", "count", "spare parts"},
	} {
		res, err := AnswerOver(context.Background(), []*Table{c.tb}, c.q, Options{})
		if err != nil || res == nil {
			t.Errorf("%q: no answer (%v)", c.q, err)
			continue
		}
		if res.Plan.Aggregate != c.agg || res.Noun != c.wantNoun {
			t.Errorf("%q: %s, noun %q; want %s, noun %q", c.q, res.Plan, res.Noun, c.agg, c.wantNoun)
		}
	}
}

// A cost or price column is money, whether its cells carry a currency
// symbol or only its header says cost; hours and counts are not.
func TestIsMoney(t *testing.T) {
	log := loadTable(t, "examples/demo/internal/maintenance_log.csv")
	parts := loadTable(t, "../shared/corpus/osr-bom/parts_list.csv")
	orders := loadTable(t, "../shared/corpus/mwo-workorders/work_orders.csv")
	for _, c := range []struct {
		t      *Table
		column string
		want   bool
	}{{log, "Downtime (h)", false}, {parts, "cost pp", true}, {orders, "Work_Order_Total_Actual_Cost", true}, {orders, "PONumber", false}, {log, "Symptom", false}} {
		if got := c.t.IsMoney(c.column); got != c.want {
			t.Errorf("IsMoney(%q) = %v, want %v", c.column, got, c.want)
		}
	}
}

// A figure of rows that share a unit in the sheet's unit column carries
// it: the most recommended stock is "5 pcs". Rows in litres and pieces
// together, and costs, carry none.
func TestFigureCarriesRowsUnit(t *testing.T) {
	spares := loadTable(t, "examples/demo/public/spare_parts.csv")
	for _, c := range []struct {
		q, agg, want string
	}{
		{"which spare part has the highest recommended stock", "max", "pcs"},
		{"哪个备件的Recommended stock最高", "max", "pcs"},
		{"what is the lowest recommended stock of any spare", "min", ""},
		{"total recommended stock over the whole spare parts list", "sum", ""},
	} {
		res, err := AnswerOver(context.Background(), []*Table{spares}, c.q, Options{})
		if err != nil || res == nil {
			t.Errorf("%q: no answer (%v)", c.q, err)
			continue
		}
		if res.Plan.Aggregate != c.agg || res.Unit != c.want {
			t.Errorf("%q: %s in %q; want %s in %q", c.q, res.Plan, res.Unit, c.agg, c.want)
		}
	}
}

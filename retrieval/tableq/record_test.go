package tableq

import (
	"strings"
	"testing"
)

// A listing that finds one row gives the whole record: what was asked
// of it may be any of its fields.
func TestOneRowListedWhole(t *testing.T) {
	tb := loadTable(t, "examples/demo/public/spare_parts.csv")
	p, ok := Parse(tb, "spares list says when to swap the casing gasket?")
	if !ok {
		t.Fatal("no plan")
	}
	res, err := Execute(tb, p.Plan)
	if err != nil || len(res.Rows) != 1 {
		t.Fatalf("[%s]: %d rows, %v", p.Plan, len(res.Rows), err)
	}
	if got := res.Record(res.Rows[0]); !strings.Contains(got, "Notes: Replace whenever the casing is opened") || !strings.Contains(got, "Recommended stock: 2") {
		t.Errorf("record = %q", got)
	}
}

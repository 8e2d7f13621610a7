package tableq

import "testing"

// A count is said in the asker's words for what it counts.
func TestRowNoun(t *testing.T) {
	for q, want := range map[string]string{
		"how many work orders were logged in 2026 so far?":          "work orders",
		"How many FMEA lines have an RPN of 120 or more?":           "lines",
		"how many different supplier names show up in the BOM?":     "names",
		"how many outside suppliers (not in-house) are on the BOM?": "suppliers",
		"how many hours of downtime in total?":                      "",
		"how many times did we change a mechanical seal?":           "",
		"E07 一共报修过几次":                                               "次",
		"泰州恒信铸造给我们供几种零件":                                            "种",
		"What is the average RPN?":                                  "",
	} {
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

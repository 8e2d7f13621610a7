package tableq

import "testing"

// A word after a column's name is read as its value only when it is
// written as every value of the column is.
func TestValueShapedAsTheColumns(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/bom.csv")
	col := -1
	for i, c := range tb.Columns {
		if c.Name == "Revision" {
			col = i
		}
	}
	if col < 0 {
		t.Fatal("no Revision column")
	}
	for v, want := range map[string]bool{"D": true, "e": true, "C": false, "DD": false, "4": false, "the": false} {
		if got := tb.shapedAsValues(col, v); got != want {
			t.Errorf("%q shaped as the revisions: %v, want %v", v, got, want)
		}
	}
	if valueShape("WC4") != valueShape("wc1") || valueShape("CP200-SEL-01") != "aa999-aaa-99" {
		t.Errorf("shapes: %q %q %q", valueShape("WC4"), valueShape("wc1"), valueShape("CP200-SEL-01"))
	}
}

// A year said before the log's rows dates them; one before other words
// does not.
func TestYearSaidBeforeTheRows(t *testing.T) {
	for text, want := range map[string]bool{"how many 2026 work orders are there": true, "2006 jobs in wc2": true, "how many 2026 bolts": false} {
		q := newQuestion(text)
		m := reYearAsked.FindStringSubmatchIndex(q.text)
		if got := m != nil && yearSaid(q.text, span{m[2], m[3]}); got != want {
			t.Errorf("%q: year said %v, want %v", text, got, want)
		}
	}
}

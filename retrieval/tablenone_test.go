package retrieval

import (
	"fmt"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// A filter that keeps no row ("severity 5" where the severities stop at
// 4) is still an answer: it cites the sheet searched, so "none" is said
// instead of the nearest rows being listed from passages.
func TestTableAnswerOfNoRowCitesTheSheet(t *testing.T) {
	var rows []kg.Chunk
	for i := 1; i <= 4; i++ {
		rows = append(rows, kg.Chunk{ID: fmt.Sprintf("r%d", i), Kind: kg.TableKind, Section: []string{"FMEA"},
			Text: fmt.Sprintf("Failure Mode: mode %d; Severity: %d", i, i)})
	}
	tb, err := tableq.NewTable(kg.Table{DocumentID: "doc", DocTitle: "FMEA", Section: []string{"FMEA"}, Rows: len(rows)}, rows)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]int{"5": 1, "4": 1}
	for value, want := range cases {
		res, err := tableq.Execute(tb, tableq.Plan{Aggregate: "count", Filters: []tableq.Filter{{Column: "Severity", Op: "ge", Value: value}, {Column: "Severity", Op: "le", Value: value}}})
		if err != nil {
			t.Fatal(err)
		}
		if c := tableComputed(res); len(c.rows) != want || c.Count != res.Count {
			t.Errorf("severity %s: %d rows cited for a count of %d, want %d", value, len(c.rows), c.Count, want)
		}
	}
	res, err := tableq.Execute(tb, tableq.Plan{Aggregate: "count"})
	if err != nil {
		t.Fatal(err)
	}
	if c := tableComputed(res); len(c.rows) != 4 {
		t.Errorf("every row counted cites %d rows, want 4", len(c.rows))
	}
}

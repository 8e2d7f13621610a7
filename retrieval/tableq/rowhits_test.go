package tableq

import "testing"

// What a table remembers of its rows is what reading them says, and
// linking the parts lists' names to a log's codes (which finds more rows)
// is not hidden by an answer remembered before it.
func TestRememberedRowsAnswerAsReadingThem(t *testing.T) {
	log := loadTable(t, "examples/demo/internal/maintenance_log.csv")
	bom := loadTable(t, "examples/demo/internal/bom.csv")
	seal := Filter{Column: AnyColumn, Op: "mention", Value: "mechanical seal"}
	filters := []Filter{seal, {Column: AnyColumn, Op: "match", Value: "impeller"},
		{Column: AnyColumn, Op: "match", Value: "no-such-word"}, {Column: "Work Order", Op: "eq", Value: "WO-25-0012"}}
	for _, f := range filters {
		for range 2 { // read, then remembered
			if got, want := log.anyRow(f), len(log.filter([]Filter{f})) > 0; got != want {
				t.Errorf("anyRow(%v) = %v, reading the rows says %v", f, got, want)
			}
		}
	}
	linkCodes([]*Table{log, bom})
	if log.rowHits != nil {
		t.Error("answers from before the codes were linked are still remembered")
	}
	for _, w := range []string{"replace", "seal", "bearing"} {
		if got, want := log.holdsPhrase("mechanical", w), log.scanPhrase("mechanical", w); got != want {
			t.Errorf("holdsPhrase(mechanical, %s) = %v, reading says %v", w, got, want)
		}
	}
}

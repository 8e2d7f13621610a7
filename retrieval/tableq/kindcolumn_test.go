package tableq

import (
	"slices"
	"testing"
)

// A listing of "which failure modes" gives each row's failure mode, the
// column the rows' kind names; one of "which components" does not.
func TestListingShowsTheColumnTheRowsKindNames(t *testing.T) {
	tb := loadTable(t, "../shared/corpus/fmea-hybrid-rag/data/dataset/fmea_dataset_filled.csv")
	for _, c := range []struct {
		question string
		shows    bool
	}{
		{"Which failure modes are under the Load Frame subsystem?", true},
		{"Load Frame 下面都有哪些失效模式？", true},
		{"Which failure modes have an RPN above 100?", true},
		{"What failure modes are listed for the Hydraulic System?", true},
		{"Which components are under the Load Frame subsystem?", false},
	} {
		p, ok := ParseWith(tb, c.question, glossaryTranslate(t))
		if !ok {
			t.Fatalf("%q: no plan", c.question)
		}
		if got := slices.Contains(p.Plan.Show, "Potential Failure Mode"); got != c.shows {
			t.Errorf("%q: plan [%s] shows the failure mode %v, want %v", c.question, p.Plan, got, c.shows)
		}
	}
}

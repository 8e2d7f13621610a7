package tableq

import "testing"

// What a count is worth, or costs, is each row's price times its count:
// the recommended stock's worth is not the number of pieces stocked. A
// word that qualifies a column no row holds ("our internal prices") is
// no filter.
func TestCountsWorthIsPriceTimesCount(t *testing.T) {
	tb := loadSheet(t, "examples/demo/internal/bom.xlsx", "Spare parts")
	for q, want := range map[string]float64{
		"whats the recommended spare stock worth in total at our internal prices?": 3476,
		"what does the recommended stock cost in total?":                           3476,
		"what is the total recommended stock?":                                     24,
	} {
		wantValue(t, tb, q, want)
	}
}

// "How many days" asks a number of days: a sheet with no column in days
// has no plan for it, rather than a count of its rows.
func TestUnitsAskedOfASheetWithoutThem(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/fmea.xlsx")
	if p, ok := Parse(tb, "how many days lead time for the impeller?"); ok {
		t.Errorf("planned [%s]", p.Plan)
	}
	if _, ok := Parse(tb, "how many failure modes does the impeller have?"); !ok {
		t.Error("a count of rows lost its plan")
	}
}

package tableq

import (
	"slices"
	"testing"
)

// "Last year" in a log running into 2026 is 2025: its rows alone are
// summed, and the plan keeps the year, so the answer says which it was.
func TestLastYearIsTheYearBeforeTheLogsLatest(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/maintenance_log.csv")
	for _, q := range []string{"what was the total downtime last year", "how long was the pump down in total last year", "去年一共停机了多少小时"} {
		p, ok := Parse(tb, q)
		if !ok || !slices.ContainsFunc(p.Plan.Filters, func(f Filter) bool { return f.Op == "year" && f.Value == "2025" }) {
			t.Errorf("%q: [%s] (%v), want the rows of 2025", q, p.Plan, ok)
		}
	}
}

// "How long … last year" asks for the year's times added up, with or
// without "in total".
func TestHowLongOverAYearSums(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/maintenance_log.csv")
	for _, q := range []string{"泵去年停机了多久", "how long was the pump down last year", "去年停机多长时间"} {
		p, ok := Parse(tb, q)
		if !ok || p.Plan.Aggregate != "sum" {
			t.Errorf("%q: [%s] (%v), want the year's downtime summed", q, p.Plan, ok)
		}
	}
}

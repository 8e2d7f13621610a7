package tableq

import "testing"

// "The station number of" names one thing's number; it counts no rows.
// "The number of" still does.
func TestDesignatedNumberIsNoCount(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/maintenance_log.csv")
	if p, ok := Parse(tb, "what's the modbus station number of the control box?"); ok && p.Plan.Aggregate == "count" {
		t.Errorf("a station number read as a count: [%s]", p.Plan)
	}
	if p, ok := Parse(tb, "what is the number of work orders for the control box?"); !ok || p.Plan.Aggregate != "count" {
		t.Errorf("the number of work orders not read as a count: [%s] (%v)", p.Plan, ok)
	}
}

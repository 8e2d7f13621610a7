package tableq

import "testing"

// A risk number's worst rows are its highest: "the three worst failure
// modes by RPN" lists the top three by RPN.
func TestWorstIsHighest(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/fmea.xlsx")
	for _, q := range []string{
		"Give me the three worst failure modes by RPN",
		"Which failure mode is the riskiest by RPN?",
	} {
		p, ok := Parse(tb, q)
		if !ok || p.Plan.Column != "RPN" || p.Plan.Order != "desc" && p.Plan.Aggregate != "max" {
			t.Errorf("%q: read as [%s] (%v), want RPN descending", q, p.Plan, ok)
		}
	}
	p, _ := Parse(tb, "Give me the three worst failure modes by RPN")
	if p.Plan.Limit != 3 {
		t.Errorf("limit %d, want 3", p.Plan.Limit)
	}
}

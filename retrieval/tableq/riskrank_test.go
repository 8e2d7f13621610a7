package tableq

import "testing"

// A ranking by risk reads the risk priority number however it is said
// ("the 5 riskiest", "highest risk", "风险最高"), and a count after a
// Chinese superlative ("最高的三个") is how many rows, in order.
func TestRankedByRisk(t *testing.T) {
	fmea := chunkTable(t, "fmea",
		"Item: Seal; Potential Failure Mode: Leak; Severity: 7; RPN: 105",
		"Item: Bearing; Potential Failure Mode: Spalling; Severity: 7; RPN: 168",
		"Item: Bearing; Potential Failure Mode: Overheating; Severity: 8; RPN: 160",
		"Item: Impeller; Potential Failure Mode: Cavitation; Severity: 7; RPN: 140",
		"Item: Coupling; Potential Failure Mode: Spider wear; Severity: 4; RPN: 60")
	for _, c := range []struct {
		q      string
		column string
		agg    string
		limit  int
	}{
		{"list the 3 riskiest failure modes", "RPN", "list", 3},
		{"风险最高的三个失效模式", "RPN", "list", 3},
		{"RPN最高的2条记录是哪些", "RPN", "list", 2},
		{"严重度最高的两个失效模式", "Severity", "list", 2},
		{"which failure mode has the highest risk", "RPN", "max", 0},
	} {
		p, ok := ParseWith(fmea, c.q, glossaryTranslate(t))
		if !ok {
			t.Errorf("%q: no plan", c.q)
			continue
		}
		if p.Plan.Column != c.column || p.Plan.Aggregate != c.agg || p.Plan.Limit != c.limit {
			t.Errorf("%q: [%s], want %s(%s) limit %d", c.q, p.Plan, c.agg, c.column, c.limit)
			continue
		}
		if c.limit == 0 {
			continue
		}
		res, err := Execute(fmea, p.Plan)
		if err != nil || len(res.Rows) != c.limit || res.Rows[0].Cell(fmea.Column(c.column)) == "" {
			t.Errorf("%q: %d rows, %v", c.q, len(res.Rows), err)
		}
	}
}

package tableq

import "testing"

// "Only", "just", "仅为", "只有" before a number ask for rows equal to it:
// "a recommended stock of only 1" keeps the rows stocked at exactly one.
func TestOnlyBeforeANumberIsEquality(t *testing.T) {
	spares := chunkTable(t, "spares",
		"Part No.: A-1; Name: Seal; Recommended stock: 2",
		"Part No.: A-2; Name: O-ring; Recommended stock: 4",
		"Part No.: A-3; Name: Bearing; Recommended stock: 1",
		"Part No.: A-4; Name: Gasket; Recommended stock: 1",
		"Part No.: A-5; Name: Fuse; Recommended stock: 2")
	for _, c := range []struct {
		q    string
		want float64
	}{
		{"how many items have a recommended stock of only 1?", 2},
		{"how many spare parts have a recommended stock of just 2", 2},
		{"推荐库存只有1的备件有几种", 2},
		{"推荐库存仅为 2 的零件有几项", 2},
		{"推荐库存仅 4 的有几个", 1},
	} {
		p, ok := ParseWith(spares, c.q, glossaryTranslate(t))
		if !ok {
			t.Fatalf("%q: no plan", c.q)
		}
		res, err := Execute(spares, p.Plan)
		if err != nil || res.Value != c.want {
			t.Errorf("%q: [%s] = %v, %v; want %v", c.q, p.Plan, res.Value, err, c.want)
		}
	}
}

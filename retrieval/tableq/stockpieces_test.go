package tableq

import "testing"

// A stock column added up and counted in pieces is summed, not its rows
// counted; rows in more than one unit are summed in each unit apart.
func TestStockCountedInPieces(t *testing.T) {
	one := chunkTable(t, "spares",
		"Part No.: A-1; Name: Seal; Recommended stock: 2; Unit: pcs",
		"Part No.: A-2; Name: O-ring; Recommended stock: 4; Unit: pcs",
		"Part No.: A-3; Name: Fuse; Recommended stock: 5; Unit: pcs")
	mixed := chunkTable(t, "spares2",
		"Part No.: A-1; Name: Seal; Recommended stock: 2; Unit: pcs",
		"Part No.: A-2; Name: Grease; Recommended stock: 1; Unit: L",
		"Part No.: A-3; Name: Fuse; Recommended stock: 5; Unit: pcs")
	for _, c := range []struct {
		tb      *Table
		q, want string
	}{
		{one, "how many pieces is the recommended stock in total?", "sum(Recommended stock)"},
		{one, "推荐库存一共多少件？", "sum(Recommended stock)"},
		{mixed, "how many pieces is the recommended stock in total?", "sum(Recommended stock) by Unit desc"},
		{one, "how many spares are there in total?", "count"},
	} {
		p, ok := ParseWith(c.tb, c.q, glossaryTranslate(t))
		if !ok || p.Plan.String() != c.want {
			t.Errorf("%q: [%s] (%v), want [%s]", c.q, p.Plan, ok, c.want)
		}
	}
}

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

// "V形密封圈建议备几个" asks the row's recommended stock: a count of the one
// row its name picks would say 1 where the list says 2.
func TestStockOfOneRowIsNoCount(t *testing.T) {
	tb := loadTable(t, "examples/demo/public/spare_parts.csv")
	for _, q := range []string{"V形密封圈建议备几个", "机械密封建议备几个", "how many V-ring seals should we keep in stock"} {
		if p, ok := ParseWith(tb, q, glossaryTranslate(t)); ok && p.Plan.Aggregate == "count" {
			t.Errorf("%q: [%s], want the row's stock, not a count", q, p.Plan)
		}
	}
	if p, ok := ParseWith(tb, "备件清单里有几种密封件", glossaryTranslate(t)); !ok || p.Plan.Aggregate != "count" {
		t.Errorf("a count over several rows: [%s] (%v), want a count", p.Plan, ok)
	}
}

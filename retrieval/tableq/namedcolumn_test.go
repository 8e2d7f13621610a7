package tableq

import "testing"

// A word the question places "in the <column>" is looked for in that
// column, even when it also begins a value of another one: "lights in
// the short text" are not the rows at the "Lights & Signals" location.
func TestValueInTheNamedColumn(t *testing.T) {
	orders := chunkTable(t, "orders",
		"Order: 1; ShortText: replace lights on mast; Location Description: Lights & Signals; Site: North",
		"Order: 2; ShortText: inspect pump seal; Location Description: Lights & Signals; Site: North",
		"Order: 3; ShortText: lights flickering at gate; Location Description: Gate House; Site: South",
		"Order: 4; ShortText: repair fence; Location Description: Gate House; Site: South",
		"Order: 5; ShortText: clean drains; Location Description: Pump Station; Site: South")
	for _, c := range []struct {
		q    string
		want float64
	}{
		{"how many orders mention lights in the short text?", 2},
		{"how many orders have lights in their short text", 2},
		{"count the orders with lights in the short text", 2},
		// the value's own column named after it keeps it there
		{"how many orders have lights in the location description?", 2},
	} {
		p, ok := Parse(orders, c.q)
		if !ok {
			t.Fatalf("%q: no plan", c.q)
		}
		res, err := Execute(orders, p.Plan)
		if err != nil || res.Value != c.want {
			t.Errorf("%q: [%s] = %v, %v; want %v", c.q, p.Plan, res.Value, err, c.want)
		}
	}
	p, _ := Parse(orders, "how many orders mention lights in the short text?")
	if res, _ := Execute(orders, p.Plan); len(res.Rows) != 2 || res.Rows[0].Chunk.ID != "orders0" || res.Rows[1].Chunk.ID != "orders2" {
		t.Errorf("[%s] counted rows %v; want orders 1 and 3", p.Plan, res.Rows)
	}
}

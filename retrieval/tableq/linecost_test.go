package tableq

import "testing"

// The part that costs the most once its quantity is reckoned is the
// line whose unit price times how many is highest, over the whole
// product its assemblies' multipliers too; a unit price alone is asked
// without either.
func TestHighestLineCostReckonsQuantity(t *testing.T) {
	tb := chunkTable(t, "parts_list",
		"assembly: drive wheel; short name: motor; cost pp: $42.99; # req in assy: 1; assembly multiplier: 6",
		"assembly: arm; short name: servo; cost pp: $31.99; # req in assy: 2; assembly multiplier: 1",
		"assembly: body; short name: battery; cost pp: $60.00; # req in assy: 1; assembly multiplier: 1")
	for _, c := range []struct {
		q    string
		want float64
	}{
		{"整车算下来哪一项零件花钱最多（单价×数量）？多少钱", 257.94},
		{"整机算起来哪个零件花费最高", 257.94},
		{"哪个零件花钱最多（单价×数量）", 63.98},
		{"哪个零件总花费最高（单价乘数量）", 63.98},
		{"哪个零件单价最高", 60},
	} {
		p, ok := Parse(tb, c.q)
		if !ok {
			t.Fatalf("%q: no plan", c.q)
		}
		res, err := Execute(tb, p.Plan)
		if err != nil || res.Value < c.want-0.01 || res.Value > c.want+0.01 {
			t.Errorf("%q: [%s] = %v, %v; want %v", c.q, p.Plan, res.Value, err, c.want)
		}
	}
}

package tableq

import (
	"strings"
	"testing"
)

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

// Which assembly costs the most sums each of its lines' unit price times
// its quantities, as the total of one assembly does: a dear assembly
// built several times outweighs one with more lines built once.
func TestGroupCostReckonsQuantity(t *testing.T) {
	tb := chunkTable(t, "parts_list",
		"assembly: drive wheel; short name: motor; cost pp: $42.99; # req in assy: 1; assembly multiplier: 6",
		"assembly: drive wheel; short name: hub; cost pp: $7.99; # req in assy: 1; assembly multiplier: 6",
		"assembly: arm; short name: servo; cost pp: $31.99; # req in assy: 2; assembly multiplier: 1",
		"assembly: arm; short name: bracket; cost pp: $45.00; # req in assy: 1; assembly multiplier: 1")
	for _, c := range []struct {
		q     string
		group string
		want  float64
	}{
		{"整车算下来哪个装配花钱最多（按总价）？", "drive wheel", 305.88},
		{"which assembly costs the most in total?", "arm", 108.98},
	} {
		p, ok := Parse(tb, c.q)
		if !ok {
			t.Fatalf("%q: no plan", c.q)
		}
		res, err := Execute(tb, p.Plan)
		if err != nil || len(res.Groups) == 0 || res.Groups[0].Key != c.group || res.Value < c.want-0.01 || res.Value > c.want+0.01 {
			t.Errorf("%q: [%s] = %v, %v; want %s %v", c.q, p.Plan, res.Value, err, c.group, c.want)
		}
	}
}

// A multiplier the question names ("算上倍数") is what the cost is
// counted by, not the figure asked; named alone it is the figure.
func TestNamedMultiplierCountsTheCost(t *testing.T) {
	tb := chunkTable(t, "parts_list",
		"assembly: drive wheel; short name: motor; cost pp: $42.99; # req in assy: 1; assembly multiplier: 6",
		"assembly: drive wheel; short name: hub; cost pp: $7.99; # req in assy: 1; assembly multiplier: 6",
		"assembly: arm; short name: servo; cost pp: $31.99; # req in assy: 2; assembly multiplier: 1")
	for _, c := range []struct {
		q    string
		want float64
	}{
		{"驱动轮总成算上倍数一共要花多少钱？", 305.88},
		{"驱动轮总成一共要花多少钱？", 50.98},
		{"哪个总成的倍数最大？", 6},
	} {
		p, ok := ParseWith(tb, c.q, glossaryTranslate(t))
		if !ok {
			t.Fatalf("%q: no plan", c.q)
		}
		res, err := Execute(tb, p.Plan)
		if err != nil || res.Value < c.want-0.01 || res.Value > c.want+0.01 {
			t.Errorf("%q: [%s] = %v, %v; want %v", c.q, p.Plan, res.Value, err, c.want)
		}
	}
}

// A count of the assemblies said in Chinese figures ("6 个驱动轮组件") is
// the multiplier, not a threshold; "cost together" and "how much did …
// cost" sum what several rows cost.
func TestAssembliesCountedAndCostTogether(t *testing.T) {
	tb := chunkTable(t, "parts_list",
		"assembly: drive wheel; short name: motor; cost pp: $42.99; # req in assy: 1; assembly multiplier: 6",
		"assembly: drive wheel; short name: hub; cost pp: $7.99; # req in assy: 1; assembly multiplier: 6",
		"assembly: body; short name: battery; cost pp: $60.00; # req in assy: 1; assembly multiplier: 1")
	p, ok := ParseWith(tb, "一台车 6 个驱动轮组件加起来多少钱？", func(zh string) ([]string, string) {
		if strings.Contains(zh, "驱动轮") {
			return []string{"drive wheel"}, strings.Replace(zh, "驱动轮", "", 1)
		}
		return nil, zh
	})
	if !ok {
		t.Fatal("6 个驱动轮组件: no plan")
	}
	if res, err := Execute(tb, p.Plan); err != nil || res.Value < 305.87 || res.Value > 305.89 {
		t.Errorf("[%s] = %v, %v; want 305.88, six of each wheel's parts", p.Plan, res.Value, err)
	}
	for _, q := range []string{"how much did the drive wheel parts cost together?", "how much did all the drive wheel parts cost?"} {
		p, ok := Parse(tb, q)
		if !ok || p.Plan.Aggregate != "sum" {
			t.Errorf("%q: [%s] (%v), want a sum", q, p.Plan, ok)
		}
	}
}

package tableq

import (
	"math"
	"testing"
)

// "general 那一组" points at the group named; its 一 counts nothing.
func TestThatOneGroupNamesTheGroup(t *testing.T) {
	tb := chunkTable(t, "parts_list",
		"assembly: drive wheel; short name: wheel; part #: W-1; cost pp: $25.27; # req in assy: 1; assembly multiplier: 6",
		"assembly: general; short name: hurricane nuts; part #: N-1; cost pp: $3.10; # req in assy: 10; assembly multiplier: 1",
		"assembly: general; short name: wire grommets; part #: G-1; cost pp: $2.00; # req in assy: 4; assembly multiplier: 1",
		"assembly: body; short name: plate; part #: P-1; cost pp: $9.00; # req in assy: 2; assembly multiplier: 1")
	for _, q := range []string{"general 那一组有哪些零件", "general这一组有哪些零件"} {
		p, ok := Parse(tb, q)
		if !ok || len(p.Plan.Filters) != 1 || p.Plan.Filters[0].Value != "general" {
			t.Errorf("%q: [%s] (%v), want the rows of the general group", q, p.Plan, ok)
		}
	}
}

// "for the whole rover (all six wheels)" restates the multiplier the
// whole rover already applies: the six is no loose figure.
func TestCountRestatingTheMultiplierIsNoThreshold(t *testing.T) {
	tb := chunkTable(t, "parts_list",
		"assembly: drive wheel; short name: wheel; part #: W-1; cost pp: $25.27; # req in assy: 1; assembly multiplier: 6",
		"assembly: drive wheel; short name: hub; part #: H-1; cost pp: $5.99; # req in assy: 1; assembly multiplier: 6",
		"assembly: body; short name: plate; part #: P-1; cost pp: $9.00; # req in assy: 2; assembly multiplier: 1")
	for _, q := range []string{
		"what do the drive wheel assembly parts cost for the whole rover (all six wheels)?",
		"what do the drive wheel assembly parts cost for the whole rover?",
	} {
		res, err := Execute(tb, mustParse(t, tb, q))
		if err != nil || math.Abs(res.Value-6*(25.27+5.99)) > 0.01 {
			t.Errorf("%q: %v (%v), want %.2f", q, res.Value, err, 6*(25.27+5.99))
		}
	}
}

func mustParse(t *testing.T, tb *Table, q string) Plan {
	t.Helper()
	p, ok := Parse(tb, q)
	if !ok {
		t.Fatalf("%q: no plan", q)
	}
	return p.Plan
}

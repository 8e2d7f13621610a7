package tableq

import "testing"

// A threshold said in the unit every cell of one column writes ("45
// N·m") is on that column, however the unit is joined; a unit two
// columns write leaves the question unread.
func TestThresholdInTheCellsUnit(t *testing.T) {
	tr := glossaryTranslate(t) // "紧固件" names the Fastener column
	torques := chunkTable(t, "torques",
		"Fastener: Impeller nut M16; Torque: 45 N·m; Tool: Torque wrench",
		"Fastener: Casing bolts M10; Torque: 40 N·m; Tool: Torque wrench",
		"Fastener: Gland bolts M8; Torque: 18 N·m; Tool: Torque wrench",
		"Fastener: Guard bolts M6; Torque: 8 N·m; Tool: Torque wrench")
	for _, c := range []struct{ q, want string }{
		{"how many fasteners need 40 N·m or more?", `distinct(Fastener) where Torque ge "40"`},
		{"how many fasteners need 40 Nm or more?", `distinct(Fastener) where Torque ge "40"`},
		{"要求40 N·m及以上的紧固件有几项？", `count where Torque ge "40"`},
		{"扭矩要求不低于40牛米的紧固件有几个？", `count where Torque ge "40"`},
	} {
		p, ok := ParseWith(torques, c.q, tr)
		if !ok || p.Plan.String() != c.want {
			t.Errorf("%q: [%s] (%v), want [%s]", c.q, p.Plan, ok, c.want)
		}
	}
	two := chunkTable(t, "two",
		"Joint: A; Set torque: 45 N·m; Break torque: 60 N·m",
		"Joint: B; Set torque: 20 N·m; Break torque: 30 N·m")
	if p, ok := Parse(two, "how many joints need 40 N·m or more?"); ok {
		t.Errorf("two columns in N·m: got [%s], want no plan", p.Plan)
	}
}

func TestUnitKeyJoinsTheSameUnit(t *testing.T) {
	for _, u := range []string{"N·m", "N.m", "Nm", "n⋅m"} {
		if unit, _ := leadingUnit(u + " or more"); unitKey(unit) != "nm" {
			t.Errorf("%q: %q, want nm", u, unitKey(unit))
		}
	}
	for _, u := range []string{"牛米", "牛·米"} {
		if unit, n := leadingUnit(u + "以上"); unitKey(unit) != "nm" || n != len(u) {
			t.Errorf("%q: %q of %d bytes, want nm of %d", u, unit, n, len(u))
		}
	}
}

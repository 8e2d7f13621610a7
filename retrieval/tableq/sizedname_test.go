package tableq

import (
	"math"
	"testing"
)

// A Chinese question names a tool by its size and its Chinese name ("5–25
// N·m 那把小扭矩扳手"): the sheet writes it name first, in English
// ("Torque wrench 5–25 N·m"), and the rows that use it are counted.
func TestSizedNameSaidInChinese(t *testing.T) {
	tb := loadSheet(t, "examples/demo/internal/assembly_sop.docx", "5 Torque values (扭矩表)")
	for _, c := range []struct {
		question string
		want     float64
	}{
		{"扭矩表里有几个紧固件要用 5–25 N·m 那把小扭矩扳手？", 4},
		{"How many fasteners in the torque table use the 5–25 N·m torque wrench?", 4},
		{"哪些紧固件用 60–200 N·m 的扭矩扳手？", 1},
	} {
		p, ok := ParseWith(tb, c.question, glossaryTranslate(t))
		if !ok {
			t.Fatalf("%q: no plan", c.question)
		}
		res, err := Execute(tb, p.Plan)
		if err != nil || math.Abs(res.Value-c.want) > 0.01 || !filtersOn(p.Plan.Filters, "Tool") {
			t.Errorf("%q: plan [%s] = %v, %v; want %v rows by their Tool", c.question, p.Plan, res.Value, err, c.want)
		}
	}
}

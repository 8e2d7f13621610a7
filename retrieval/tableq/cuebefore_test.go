package tableq

import "testing"

// A comparison said before the column's name ("above RPN 100", "below an
// RPN of 100") bounds the column, not picks rows equal to the figure;
// rows that "sit" or "fall" at a value are rows that have it.
func TestComparisonBeforeTheColumn(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/fmea.xlsx")
	for q, want := range map[string]string{
		"how many fmea lines are above RPN 100?":                `count where RPN gt "100"`,
		"how many fmea lines sit below an RPN of 100?":          `count where RPN lt "100"`,
		"what share of the fmea lines sit at RPN 120 or above?": `percent where RPN ge "120"`,
		"how many fmea lines have severity 8?":                  `count where Severity ge "8" and Severity le "8"`,
	} {
		p, ok := Parse(tb, q)
		if !ok || p.Plan.String() != want {
			t.Errorf("%q: [%s] (%v), want [%s]", q, p.Plan, ok, want)
		}
	}
}

// A figure with a unit names the column in that unit, though the
// question names the rows by another numeric column ("ops" of Operation).
func TestFigureUnitNamesTheColumn(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/assembly_sop.docx")
	p, ok := Parse(tb, "how many of the assembly ops are 15-minute jobs?")
	if !ok {
		t.Fatal("no plan")
	}
	if res, err := Execute(tb, p.Plan); err != nil || res.Value != 4 {
		t.Errorf("[%s] = %v, %v; want the 4 operations of 15 min", p.Plan, res.Value, err)
	}
}

package tableq

import "testing"

// A part named with a word the cues read as a verb ("bearing covers")
// counts that part's pieces, not every line of the first word.
func TestPartNamedWithACueWord(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/bom.csv")
	for q, want := range map[string]float64{
		"how many bearing covers go in one pump?": 2,
		"how many casing covers go in one pump?":  1,
	} {
		p, ok := Parse(tb, q)
		if !ok {
			t.Fatalf("%q: no plan", q)
		}
		res, err := Execute(tb, p.Plan)
		if err != nil || res.Value != want {
			t.Errorf("%q: [%s] = %v, %v; want %v", q, p.Plan, res.Value, err, want)
		}
	}
}

// A closing "counting …" or "including …" says what the count takes in:
// it singles no rows out, while "not counting …" still leaves some out.
func TestClosingInclusionLeavesNothingOut(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/bom.csv")
	p, ok := Parse(tb, "how many different suppliers are in the BOM, counting our own in-house shop?")
	if !ok {
		t.Fatal("no plan")
	}
	if res, err := Execute(tb, p.Plan); err != nil || res.Value != 11 {
		t.Errorf("[%s] = %v, %v; want the 11 suppliers", p.Plan, res.Value, err)
	}
	if p, ok := Parse(tb, "how many different suppliers are in the BOM, not counting our own in-house shop?"); ok && p.Plan.String() == "distinct(Supplier)" {
		t.Errorf("not counting read as counting: [%s]", p.Plan)
	}
}

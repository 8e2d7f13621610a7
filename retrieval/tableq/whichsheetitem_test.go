package tableq

import "testing"

// "Which FMEA item …" groups by the item though the sheet's name stands
// between, and "RPN sum", "summed RPN", "total … when you add up" add a
// group's figures up rather than take its highest one.
func TestWhichSheetItemAddsUpItsRows(t *testing.T) {
	fmea := chunkTable(t, "fmea",
		"Item: Seal; Potential Failure Mode: Leak; RPN: 100",
		"Item: Seal; Potential Failure Mode: Crack; RPN: 90",
		"Item: Seal; Potential Failure Mode: Wear; RPN: 40",
		"Item: Bearing; Potential Failure Mode: Spalling; RPN: 160",
		"Item: Bearing; Potential Failure Mode: Grease loss; RPN: 20",
		"Item: Motor; Potential Failure Mode: Overheat; RPN: 60")
	for _, c := range []struct {
		q, group string
		want     float64
	}{
		{"Which FMEA item has the highest total RPN when you add up all its failure modes?", "Seal", 230},
		{"Which FMEA item has the highest total RPN?", "Seal", 230},
		{"which item has the largest RPN sum across its failure modes", "Seal", 230},
		{"which item has the highest summed RPN", "Seal", 230},
		{"Which FMEA item has the most failure modes?", "Seal", 3},
		{"which FMEA item has the lowest RPN sum", "Motor", 60},
		// a Chinese run holds its 哪个 and the column it asks by together
		{"FMEA 里哪个项目（Item）的条目最多？多少条", "Seal", 3},
		{"FMEA表中哪个项目的失效模式最多", "Seal", 3},
	} {
		p, ok := Parse(fmea, c.q)
		if !ok {
			t.Fatalf("%q: no plan", c.q)
		}
		res, err := Execute(fmea, p.Plan)
		if err != nil || len(res.Groups) == 0 || res.Groups[0].Key != c.group || res.Value != c.want {
			t.Errorf("%q: [%s] = %v %v, %v; want %s %v", c.q, p.Plan, res.Value, res.Groups, err, c.group, c.want)
		}
	}
}

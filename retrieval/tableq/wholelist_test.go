package tableq

import "testing"

// A sheet named by its kind and asked for whole ("备件清单里有哪些零件",
// "list all the spare parts") lists what its rows are, by the column that
// names them in the question's language; with nothing naming the sheet,
// "which ones" is no listing, nor is a question asking for a figure the
// sheet lacks ("the highest unit price" of a list with no prices).
func TestWholeSheetAskedForIsListed(t *testing.T) {
	spares := loadTable(t, "examples/demo/public/spare_parts.csv")
	tr := glossaryTranslate(t)
	for _, c := range []struct{ q, column string }{
		{"备件清单里有哪些零件", "名称"},
		{"列出所有备件", "名称"},
		{"备件表上都列了哪些零件？", "名称"},
		{"list all the spare parts", "Name"},
		{"which parts are on the spare parts list?", "Name"},
		{"what parts are on the recommended spares sheet", "Name"},
	} {
		if !Asks(c.q) {
			t.Errorf("%q: not read as asking over a table", c.q)
		}
		p, ok := ParseWith(spares, c.q, tr)
		if !ok {
			t.Fatalf("%q: no plan", c.q)
		}
		res, err := Execute(spares, p.Plan)
		if err != nil || p.Plan.Aggregate != "distinct" || p.Plan.Column != c.column || len(res.Distinct) != len(spares.Rows) {
			t.Errorf("%q: [%s] listed %d, %v; want every one of the %d spares by %s", c.q, p.Plan, len(res.Distinct), err, len(spares.Rows), c.column)
		}
	}
	for _, q := range []string{"which ones are there?", "哪些有", "which spare part has the highest unit price?", "备件清单里哪个零件最贵"} {
		if p, ok := ParseWith(spares, q, tr); ok {
			t.Errorf("%q: [%s]; want no plan, nothing names the sheet", q, p.Plan)
		}
	}
}

// "The top 3", "the three highest", "前三个" ask over a table though no
// other figure word does.
func TestTopNAsksOverATable(t *testing.T) {
	for _, q := range []string{"which failure modes have the top 3 RPNs?", "the 5 riskiest failure modes", "RPN 最高的前三个失效模式是哪些"} {
		if !Asks(q) {
			t.Errorf("%q: not read as asking over a table", q)
		}
	}
}

// "Which of the spare parts …" picks rows out of a set: every row that
// qualifies is asked for, not the few a passage search ranks first.
func TestWhichOfTheRowsAsksOverATable(t *testing.T) {
	spares := loadSheet(t, "examples/demo/internal/bom.xlsx", "Spare parts")
	q := "Which of the spare parts come from Ningbo Jinhai?"
	if !Asks(q) {
		t.Fatalf("%q: not read as asking over a table", q)
	}
	p, ok := ParseWith(spares, q, nil)
	if !ok {
		t.Fatalf("%q: no plan", q)
	}
	res, err := Execute(spares, p.Plan)
	if err != nil || res.Count != 4 {
		t.Errorf("%q: %s gave %+v, %v; want the 4 rows from Ningbo Jinhai", q, p.Plan, res, err)
	}
	if Asks("which way does the shaft turn?") {
		t.Error("a question naming no set of rows read as asking over a table")
	}
}

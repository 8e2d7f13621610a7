package tableq

import "testing"

// A column said to hold "none" (the word a sheet writes for nothing) asks
// for its empty cells, in English and Chinese, and a "none" that no
// column takes leaves no plan rather than a count of every row.
func TestNoneSaidOfAColumnIsEmpty(t *testing.T) {
	log := chunkTable(t, "log",
		"Work Order: WO-1; Equipment: P-101; Parts Replaced: none; Downtime (h): 2",
		"Work Order: WO-2; Equipment: P-102; Parts Replaced: CP-01; Downtime (h): 6",
		"Work Order: WO-3; Equipment: P-101; Parts Replaced: none; Downtime (h): 1",
		"Work Order: WO-4; Equipment: P-103; Parts Replaced: CP-02; Downtime (h): 3",
		"Work Order: WO-5; Equipment: P-101; Parts Replaced: none; Downtime (h): 4")
	tr := glossaryTranslate(t)
	for _, q := range []string{
		"how many entries have parts replaced none?",
		"how many work orders have parts replaced = n/a",
		"how many work orders show parts replaced as none",
		"有多少条维修记录的更换零件为 none？",
		"维修记录里有多少条没更换任何零件",
		"有几条工单没更换零件",
		"维修记录里有多少条没换任何零件（parts 为 none）？",
		"how many work orders just say none for the parts replaced?",
		"how many entries have n/a as their parts replaced",
	} {
		p, ok := ParseWith(log, q, tr)
		if !ok {
			t.Fatalf("%q: no plan", q)
		}
		res, err := Execute(log, p.Plan)
		if err != nil || res.Value != 3 {
			t.Errorf("%q: [%s] = %v, %v; want the 3 orders without parts", q, p.Plan, res.Value, err)
		}
	}
	for _, q := range []string{"how many work orders have parts none?", "有多少条记录 parts 为 none"} {
		if p, ok := ParseWith(log, q, tr); ok {
			t.Errorf("%q: [%s]; want no plan, the none unread", q, p.Plan)
		}
	}
}

// A two-word header said as what a row did ("replaced parts" of "Parts
// Replaced", "换了零件") asks for the rows with the cell filled, not every
// row.
func TestHeaderSaidAsAVerbAsksFilled(t *testing.T) {
	log := chunkTable(t, "log",
		"Work Order: WO-1; Equipment: P-101; Parts Replaced: none; Downtime (h): 2",
		"Work Order: WO-2; Equipment: P-102; Parts Replaced: CP-01; Downtime (h): 6",
		"Work Order: WO-3; Equipment: P-101; Parts Replaced: none; Downtime (h): 1",
		"Work Order: WO-4; Equipment: P-103; Parts Replaced: CP-02; Downtime (h): 3")
	for _, c := range []struct {
		q    string
		want int
	}{
		{"how many work orders replaced parts?", 2},
		{"which work orders replaced parts", 2},
		{"how many work orders replaced parts on P-102", 1},
		{"有多少条维修记录换了零件", 2},
		{"哪些工单换过零件", 2},
	} {
		p, ok := ParseWith(log, c.q, glossaryTranslate(t))
		if !ok {
			t.Fatalf("%q: no plan", c.q)
		}
		res, err := Execute(log, p.Plan)
		if err != nil || res.Count != c.want {
			t.Errorf("%q: [%s] counted %d, %v; want %d, the orders with parts", c.q, p.Plan, res.Count, err, c.want)
		}
	}
}

// "Nothing filled in for" a column, "blank for" it, asks for its empty
// cells as "no" does.
func TestNothingFilledInForAColumnIsEmpty(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/fmea.xlsx")
	for _, q := range []string{
		"how many FMEA rows have nothing filled in for recommended action?",
		"how many FMEA rows are left blank for the recommended action?",
	} {
		p, ok := Parse(tb, q)
		if !ok || p.Plan.String() != "count where Recommended Action missing" {
			t.Errorf("%q: [%s] (%v)", q, p.Plan, ok)
		}
	}
}

// A value the question says a cell "mentions" is looked for in the cell,
// not taken for its whole: a location that mentions hydraulics.
func TestMentionedValueIsMatched(t *testing.T) {
	log := chunkTable(t, "work_orders",
		"Work Order: 1; Functional_Location_Description: Hydraulics; Downtime (h): 2",
		"Work Order: 2; Functional_Location_Description: Hydraulics - pump; Downtime (h): 6",
		"Work Order: 3; Functional_Location_Description: Engine; Downtime (h): 1",
		"Work Order: 4; Functional_Location_Description: Hydraulic tank; Downtime (h): 3")
	for q, want := range map[string]float64{
		"how many work orders have a functional location that mentions hydraulics?": 3,
		"how many work orders have functional location hydraulics?":                 1,
	} {
		p, ok := Parse(log, q)
		if !ok {
			t.Fatalf("%q: no plan", q)
		}
		if res, err := Execute(log, p.Plan); err != nil || res.Value != want {
			t.Errorf("%q: [%s] = %v, %v; want %v", q, p.Plan, res.Value, err, want)
		}
	}
}

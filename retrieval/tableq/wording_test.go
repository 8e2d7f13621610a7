package tableq

import (
	"slices"
	"strings"
	"testing"
)

// Everyday wordings of an aggregate: a speed for a time ("quickest",
// "最快"), "added up", "spend" for cost, "哪个零件" grouping an FMEA's
// items, the longest of "多少小时", plurals in -ies naming a column, and
// "one pump" in the pump's own instruction counting the product, not
// filtering the rows that say pump.
func TestEverydayWordings(t *testing.T) {
	routing := chunkTable(t, "routing",
		"Operation: 10; Work step: Incoming inspection; Standard time (min): 15",
		"Operation: 20; Work step: Bearing assembly; Standard time (min): 35",
		"Operation: 30; Work step: Painting and packing; Standard time (min): 45")
	log := chunkTable(t, "log",
		"Work Order: WO-1; Equipment: P-101; Work centre: WC1; Cost: 100; Downtime (h): 2",
		"Work Order: WO-2; Equipment: P-102; Work centre: WC2; Cost: 300; Downtime (h): 6",
		"Work Order: WO-3; Equipment: P-101; Work centre: WC1; Cost: 50; Downtime (h): 1")
	fmea := loadTable(t, "examples/demo/internal/fmea.xlsx")
	orders := loadTable(t, "../shared/corpus/mwo-workorders/work_orders.csv")
	sop := loadSheet(t, "examples/demo/internal/assembly_sop.docx", "3 Process routing (工艺路线)")
	parts := loadTable(t, "../shared/corpus/osr-bom/parts_list.csv")
	for _, c := range []struct {
		tb        *Table
		q, column string
		agg       string
		group     string
	}{
		{routing, "which step is quickest", "Standard time (min)", "min", "Work step"},
		{routing, "哪道工序最快", "Standard time (min)", "min", ""},
		{routing, "which step is slowest", "Standard time (min)", "max", "Work step"},
		{routing, "all the standard times added up", "Standard time (min)", "sum", ""},
		{orders, "how much did we spend in total on WC1 jobs", "Work_Order_Total_Actual_Cost", "sum", ""},
		{log, "停机时间最长的一次是多少小时", "Downtime (h)", "max", ""},
		{log, "一共停机多少小时", "Downtime (h)", "sum", ""},
		{fmea, "哪个零件的RPN总和最高", "RPN", "sum", "Item"},
		{fmea, "which part has the highest total RPN", "RPN", "sum", "Item"},
		{sop, "how long does it take to build one pump, all steps added up", "Standard time (min)", "sum", ""},
		{parts, "how many different assemblies are in the parts list", "assembly", "distinct", ""},
	} {
		p, ok := Parse(c.tb, c.q)
		if !ok {
			t.Errorf("%q: no plan", c.q)
			continue
		}
		if p.Plan.Aggregate != c.agg || p.Plan.Column != c.column || p.Plan.GroupBy != c.group {
			t.Errorf("%q: [%s], want %s(%s) by %q", c.q, p.Plan, c.agg, c.column, c.group)
		}
	}
}

// A part number asked without its product prefix finds the cell's code;
// a word or a bare figure never matches a code's tail.
func TestCodeWithoutPrefix(t *testing.T) {
	for _, c := range []struct {
		cell, value string
		want        bool
	}{
		{"CP200-SEL-01; CP200-SEL-03 x2", "SEL-01", true},
		{"CP200-SEL-01; CP200-SEL-03 x2", "sel-03", true},
		{"CP200-SEL-01", "SEL-03", false},
		{"CP200-SEL-01", "EL-01", false},
		{"CP200-SEL-01", "01", false},
		{"pre-wash", "wash", false},
	} {
		if got := matches(c.cell, c.value); got != c.want {
			t.Errorf("matches(%q, %q) = %v, want %v", c.cell, c.value, got, c.want)
		}
	}
}

// A code written against Chinese stays one word: "用过CPL-03的" asks
// about CPL-03, not about "cpl" and "03的".
func TestCodeTouchingChinese(t *testing.T) {
	for q, want := range map[string]string{
		"用过CPL-03的工单有几张": "cpl-03",
		"M10x30螺栓有几个":    "m10x30",
		"RPN合计是多少":       "rpn",
	} {
		words := strings.Fields(newQuestion(q).text)
		if !slices.Contains(words, want) {
			t.Errorf("%q reads as %q, want the word %q", q, words, want)
		}
	}
}

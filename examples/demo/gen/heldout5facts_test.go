package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// heldout5DemoComputed recomputes, from the demo files, every value the
// aggregate and single-record questions of heldout5_demo.jsonl expect.
func heldout5DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	out := heldout5DemoRecords(t, f)
	for id, values := range heldout5DemoTables(t, f) {
		out[id] = values
	}
	return out
}

// heldout5DemoRecords holds the single fields: one BOM, spare, FMEA or log
// cell, one torque, one assembly's parents.
func heldout5DemoRecords(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	spares := h2Spares(t)
	longest := longestOperation()
	return map[string][]string{
		"h5d-008": {f.bomField("CP200-CPL-03", 8)},
		"h5d-009": {spares["CP200-IMP-01"][7]},
		"h5d-010": {h2Mode(t, f.fmea, "Elastomer swelling").action},
		"h5d-011": {h2ModeCause(t, "Cavitation erosion of the vanes")},
		"h5d-012": {h4ModeColumn(t, "Contactor welded", "Potential Effect")},
		"h5d-013": {h2LogField(t, f, "WO-25-0256", 5)},
		"h5d-014": {h2LogField(t, f, "WO-26-0074", 4)},
		"h5d-033": f.parents("CP200-BRG-04"),
		"h5d-034": f.parents("LUB-LiX-2"),
		"h5d-038": {strconv.Itoa(h2RoutingMinutes(20, 50))},
		"h5d-039": {h4Torque(t, "Casing bolts")},
		"h5d-040": {longest[1], longest[3]},
		"h5d-066": {h4Torque(t, "Impeller nut")},
		"h5d-070": {spares["CP200-SEL-01"][6]},
		"h5d-072": {f.bomField("CP200-CTL-04", 8)},
		"h5d-074": {routingTotal()},
	}
}

// heldout5DemoTables holds the whole-table values: FMEA and log counts,
// sums and means, spare list counts, supplier counts, routing counts and
// BOM roll-ups.
func heldout5DemoTables(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	fm := f.fmea
	all := func(fmeaFact) bool { return true }
	noAction := float64(h2Atoi(f.countModes(func(m fmeaFact) bool { return m.action == "None" }))) * 100 / float64(len(fm))
	topItem := f.itemWithMostModes()
	e07 := func(r []string) bool { return strings.Contains(r[3], "E07") }
	anyLine := func(r []string) bool { return true }
	public := h5PublicSpares(t)
	spares := h2Spares(t)
	return map[string][]string{
		"h5d-015": {f.countModes(func(m fmeaFact) bool { return m.s >= 8 })},
		"h5d-016": {num(h2Round2(h3Mean(fm, all, func(m fmeaFact) int { return m.o })))},
		"h5d-017": {num(h2Round2(noAction))},
		"h5d-018": {topItem, f.countModes(func(m fmeaFact) bool { return m.item == topItem })},
		"h5d-019": {num(f.totalLogHours(e07))},
		"h5d-020": {num(h2Round2(f.totalLogHours(anyLine) / float64(len(f.log))))},
		"h5d-021": {strconv.Itoa(len(public))},
		"h5d-022": {h2Count(public, func(r []string) bool { return h2Float(r[3]) >= 2 })},
		"h5d-023": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return h2Float(r[6]) > 100 })))},
		"h5d-024": h3Mean2(h2Map(h2SparesWhere(spares, func([]string) bool { return true }), func(p string) string { return spares[p][7] })),
		"h5d-025": {strconv.Itoa(len(f.suppliedBy("Taizhou Hengxin")))},
		"h5d-026": {strconv.Itoa(h3SumRPN(fm, "Control box"))},
		"h5d-027": {h2Count(routing[1:], func(r []string) bool { return h2Atoi(r[3]) >= 30 })},
		"h5d-028": {num(f.rollup(is("GB/T 80 M8x10")))},
		"h5d-029": {num(f.rollup(is("CP200-SEL-03")))},
		"h5d-030": {num(f.rollupBelow("CP200-CAS-00", func(string) bool { return true }))},
		"h5d-031": {num(f.rollup(is("LUB-LiX-2")))},
		"h5d-032": {num(f.rollupBelow("CP200-CPL-00", func(p string) bool { return strings.HasPrefix(p, "GB/T ") }))},
	}
}

// h5PublicSpares reads the public spare parts list without its header:
// Part No., Name, 名称, Recommended stock, Unit, Notes.
func h5PublicSpares(t *testing.T) [][]string {
	t.Helper()
	rows, err := readCSV(filepath.Join(demoDir, "public", "spare_parts.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][3] != "Recommended stock" {
		t.Fatalf("spare_parts.csv column 4 is %q", rows[0][3])
	}
	return rows[1:]
}

// heldout5CorpusComputed recomputes, from the real files, every value the
// aggregate and single-record questions of heldout5_corpus.jsonl expect.
func heldout5CorpusComputed(t *testing.T) map[string][]string {
	t.Helper()
	rover, fmea, wo := heldoutCorpusTables(t)
	out := heldout5CorpusRecords(t, rover, fmea, wo)
	for id, values := range heldout5CorpusAggregates(rover, fmea, wo) {
		out[id] = values
	}
	return out
}

// heldout5CorpusRecords holds the single cells of one rover, FMEA or
// work-order row.
func heldout5CorpusRecords(t *testing.T, rover, fmea, wo h2Table) map[string][]string {
	t.Helper()
	is := cellIs
	field := func(rows h2Table, keep func(map[string]string) bool, col string) []string {
		return []string{strings.TrimPrefix(rows.one(t, keep)[col], "$")}
	}
	mode := func(col, name, failure string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r[col] == name && r["Potential Failure Mode"] == failure }
	}
	po := func(number, col string) []string { return field(wo, is("PONumber", number), col) }
	return map[string][]string{
		"h5c-008": field(rover, is("short name", "Idler Bearing Hub"), "cost pp"),
		"h5c-009": field(rover, is("short name", "8mm Sonic Hub"), "part #"),
		"h5c-010": field(fmea, mode("Sub-Component", "Dump Cylinder", "Excessive clearances"), "Recommended Action"),
		"h5c-011": field(fmea, mode("Sub-Component", "Hoist Cylinder", "Leaking"), "RPN"),
		"h5c-012": po("2019", "Work_Order_Total_Actual_Cost"),
		"h5c-013": po("2366", "AssetID"),
		"h5c-054": po("2293", "ShortText"),
		"h5c-056": po("2448", "ShortText"),
		"h5c-058": field(fmea, is("Sub-Component", "Suspension Bushing"), "Recommended Action"),
		"h5c-060": field(fmea, mode("Component", "Fire Extinguisher", "Out of date / no test tag"), "Current Controls"),
	}
}

// heldout5CorpusAggregates holds the whole-table values: rover counts, costs
// and roll-ups, FMEA counts, means, shares and groups, work-order counts,
// totals and means.
func heldout5CorpusAggregates(rover, fmea, wo h2Table) map[string][]string {
	is := cellIs
	above := func(col string, limit float64) func(map[string]string) bool {
		return func(r map[string]string) bool { return h2Float(r[col]) > limit }
	}
	qty := func(part string) string { return num(roverTotalQty(rover.where(is("part #", part)))) }
	rocker := rover.where(is("assembly", "rocker bogie"))
	component, componentRows := fmea.largestGroup("Component")
	noAction := float64(len(fmea.where(is("Recommended Action", "")))) * 100 / float64(len(fmea))
	cost := "Work_Order_Total_Actual_Cost"
	in2007 := func(r map[string]string) bool { return strings.HasSuffix(r["Work_Order_Basic_Start_Date"], "/2007") }
	leak := func(r map[string]string) bool { return strings.Contains(strings.ToLower(r["ShortText"]), "leak") }
	openRail := func(r map[string]string) bool { return strings.Contains(r["long name"], "Open goRAIL") }
	return map[string][]string{
		"h5c-014": {h2N(rocker)},
		"h5c-015": {h2N(rover.where(above("cost pp", 10)))},
		"h5c-016": {num(roverCost(rocker))},
		"h5c-017": {h2N(fmea.where(is("Subsystem", "Power Train")))},
		"h5c-018": {h2N(fmea.where(is("Occurrence", "3")))},
		"h5c-019": h3Mean2(fmea.where(is("Subsystem", "Hydraulic System")).col("RPN")),
		"h5c-020": h2Distinct(fmea.where(is("Subsystem", "Fire Suppression System")).col("Component")),
		"h5c-021": {component, strconv.Itoa(componentRows)},
		"h5c-022": h2Percent(noAction),
		"h5c-023": {h2N(wo.where(is("AssetID", "AID3")))},
		"h5c-024": {num(h2Sum(wo.where(in2007).col(cost)))},
		"h5c-025": h3Mean2(wo.where(is("AssetID", "AID1")).col(cost)),
		"h5c-026": {h2N(wo.where(leak))},
		"h5c-027": {h2N(wo.where(above(cost, 45000)))},
		"h5c-028": {qty("1116-0024-0040")},
		"h5c-029": {qty("1118-0024-0096")},
		"h5c-030": {qty("1106-0041-0328")},
		"h5c-031": h2Distinct(rover.where(openRail).col("assembly")),
	}
}

package main

import (
	"strconv"
	"strings"
	"testing"
)

// heldout20DemoComputed recomputes from the demo files every value the
// twentieth held-out demo set expects as a count, mean, extreme, roll-up,
// where-used list or single table cell.
func heldout20DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	severity := func(m fmeaFact) int { return m.s }
	sealItem, sealSum := h11ItemWithHighestRPNSum(f)
	in2025 := func(r []string) bool { return strings.HasPrefix(r[1], "2025") }
	return map[string][]string{
		"h20d-051": {h15Cell(t, fm, "Bearing overheating", 10)},
		"h20d-052": {h15Cell(t, fm, "Hub slips on the shaft", 5)},
		"h20d-053": {h15Cell(t, fm, "Insulation failure", 3)},
		"h20d-054": {h15Cell(t, fm, "Excessive wear ring clearance", 5)},
		"h20d-055": {h2LogField(t, f, "WO-25-0256", 4)},
		"h20d-056": {h2LogField(t, f, "WO-26-0074", 5)},
		"h20d-057": {h2LogField(t, f, "WO-25-0063", 7)},
		"h20d-058": {f.bomField("CP200-CPL-01", 8)},
		"h20d-059": {f.bomField("CP200-BRG-04", 6)},
		"h20d-060": {spares["CP200-CAS-05"][6]},
		"h20d-061": {spares["CP200-IMP-01"][7]},
		"h20d-062": {h15Torque("Bearing cover bolts")},
		"h20d-063": {h15RoutingTime("70")},
		"h20d-064": {spares["LUB-LiX-2"][5]},
		"h20d-065": {f.countModes(func(m fmeaFact) bool { return m.o >= 4 })},
		"h20d-066": {f.countModes(func(m fmeaFact) bool { return m.d <= 3 })},
		"h20d-067": {num(h2Round2(f.avg("Control box", severity)))},
		"h20d-068": {sealItem, strconv.Itoa(sealSum)},
		"h20d-069": {f.countLog(func(r []string) bool { return strings.Contains(r[2], "S/N 2406055") })},
		"h20d-070": {num(f.downtime("2403016"))},
		"h20d-071": {f.countLog(func(r []string) bool { return strings.Contains(r[3], "E07") })},
		"h20d-072": {num(h2Round2(h11MeanDowntime(f, in2025)))},
		"h20d-073": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return atof(r[6]) < 50 })))},
		"h20d-074": {strconv.Itoa(h18OperationsAtLeast(30))},
		"h20d-075": h18TorquesBelow(20),
		"h20d-076": {strconv.Itoa(len(f.suppliedBy("Hangzhou Kexin")))},
		"h20d-077": {num(f.rollup(is("GB/T 5783 M8x25")))},
		"h20d-078": {num(f.rollupBelow("CP200-BSE-00", is("GB/T 93 10")))},
		"h20d-079": f.parents("GB/T 5783 M10x30"),
		"h20d-080": f.parentsWhere(suppliedBy("Luoyang Xinda")),
	}
}

// heldout20CorpusComputed recomputes from the real files every value the
// twentieth held-out corpus set expects as a count, mean, sum, distinct
// list, roll-up, where-used list or single table cell.
func heldout20CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	powerTrain := fm.meanWhere("RPN", colIs("Subsystem", "Power Train"))
	gridPlate := colIs("part #", "1116-0024-0040")
	return map[string][]string{
		"h20c-042": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return atof(r["Severity"]) == 4 }))},
		"h20c-043": {num(h2Round2(powerTrain)), num(h11Round1(powerTrain))},
		"h20c-044": fm.distinct("Component", colIs("Subsystem", "Hydraulic System")),
		"h20c-045": {strconv.Itoa(count(fm, "Current Controls", "No current controls"))},
		"h20c-046": {strconv.Itoa(count(wo, "AssetID", "AID7"))},
		"h20c-047": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return startYear(r) == "2001" }))},
		"h20c-048": {num(h11CostWhere(wo, colIs("AssetID", "AID8")))},
		"h20c-049": {strconv.Itoa(count(osr, "assembly", "drive wheel"))},
		"h20c-050": {num(h2Round2(osr.costWhere(colIs("assembly", "drive wheel"))))},
		"h20c-051": osr.distinct("assembly", gridPlate),
		"h20c-052": {num(osr.rollupWhere(gridPlate))},
		"h20c-053": {cell.fmea("Radiator", "Blockages", "Current Controls")},
		"h20c-054": {cell.fmea("Front and rear axles", "Loose bolts", "Recommended Action")},
		"h20c-055": {cell.fmea("Coolant tank", "Leaking", "Potential Cause(s) of Failure")},
		"h20c-056": {cell.wo("2251", "Functional_Location_Description")},
		"h20c-057": {cell.wo("2435", "Work_Order_Total_Actual_Cost")},
		"h20c-058": {cell.wo("2192", "Work_Order_Basic_Start_Date")},
		"h20c-059": {cell.part("clamping mount", "part #")},
		"h20c-060": {num(price(h13Row(t, osr, "short name", "wheel")))},
	}
}

package main

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// heldout17DemoComputed recomputes from the demo files every value the
// seventeenth held-out demo set expects as a count, mean, share, extreme,
// roll-up, where-used list or single table cell.
func heldout17DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	rpn := func(m fmeaFact) int { return m.rpn }
	detection := func(m fmeaFact) int { return m.d }
	occurrence := func(m fmeaFact) int { return m.o }
	casing := f.avg("Pump casing", rpn)
	severest := h17MostSevere(f)
	supplier, lines := h17SpareSupplierWithMostLines(spares)
	mean2026 := h14MeanDowntime(f, func(r []string) bool { return strings.HasPrefix(r[1], "2026") })
	return map[string][]string{
		"h17d-029": {spares["CP200-IMP-01"][6], spares["CP200-IMP-01"][7]},
		"h17d-031": {f.bomField("CP200-CTL-03", 2)},
		"h17d-041": {f.bomField("GB/T 1096 8x7x32", 2)},
		"h17d-044": {h15Cell(t, fm, "Seal spring clogged", 10)},
		"h17d-045": {h15Cell(t, fm, "Contactor welded", 10)},
		"h17d-046": {h15Cell(t, fm, "Shaft corrosion under the sleeve", 7)},
		"h17d-047": {h15Cell(t, fm, "Motor bearing failure", 5)},
		"h17d-048": {h15Cell(t, fm, "Casing crack", 10)},
		"h17d-049": {h15Cell(t, fm, "Rotor imbalance", 7)},
		"h17d-050": {h2LogField(t, f, "WO-25-0063", 5)},
		"h17d-051": {h2LogField(t, f, "WO-26-0074", 4)},
		"h17d-052": {h2LogField(t, f, "WO-26-0119", 6)},
		"h17d-053": {spares["CP200-SEL-03"][6]},
		"h17d-054": {spares["CP200-CAS-05"][7]},
		"h17d-055": {h15Torque("Motor bolts")},
		"h17d-056": {h15RoutingTime("80")},
		"h17d-057": {f.bomField("CP200-CPL-01", 6)},
		"h17d-058": {f.bomField("CP200-MOT-02", 8)},
		"h17d-059": {f.countModes(func(m fmeaFact) bool { return m.o >= 4 })},
		"h17d-060": {num(f.avg("", detection))},
		"h17d-061": {num(casing), num(h11Round1(casing))},
		"h17d-062": {num(h10Share(f, func(m fmeaFact) bool { return m.s >= 8 }))},
		"h17d-063": {severest.mode, strconv.Itoa(severest.s)},
		"h17d-064": {f.countRPN(func(r int) bool { return r < 70 })},
		"h17d-065": {num(f.avg("Mechanical seal", occurrence))},
		"h17d-066": {num(f.downtime("2409210"))},
		"h17d-067": {f.countLog(func(r []string) bool { return strings.HasPrefix(r[1], "2025") && r[6] == "none" })},
		"h17d-068": {num(h2Round2(mean2026))},
		"h17d-069": h2FaultCodes(f),
		"h17d-070": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return atof(r[7]) >= 14 })))},
		"h17d-071": {supplier, strconv.Itoa(lines)},
		"h17d-072": {strconv.Itoa(h17OperationsWithin(20))},
		"h17d-073": {strconv.Itoa(f.distinctSuppliers())},
		"h17d-074": {num(f.rollupRows(suppliedBy("Shanghai Baoli")))},
		"h17d-075": {num(f.rollup(is("GB/T 80 M8x10")))},
		"h17d-076": {num(f.rollupRows(func(r []string) bool { return r[6] == "Brass" }))},
		"h17d-077": {num(f.rollupRows(suppliedBy("Taizhou Hengxin")))},
		"h17d-078": f.parents("GB/T 5783 M6x16"),
		"h17d-079": f.parents("CP200-BRG-03"),
		"h17d-080": {num(f.rollupBelow("CP200-BSE-00", boltM.MatchString))},
	}
}

// h17MostSevere is the failure mode with the highest severity (the first of
// a tie).
func h17MostSevere(f *demoFacts) fmeaFact {
	top := f.fmea[0]
	for _, m := range f.fmea {
		if m.s > top.s {
			top = m
		}
	}
	return top
}

// h17SpareSupplierWithMostLines is the supplier of the most lines of the
// internal spare parts sheet, and that number of lines.
func h17SpareSupplierWithMostLines(spares map[string][]string) (string, int) {
	counts := map[string]int{}
	best := ""
	for _, r := range spares {
		counts[r[5]]++
	}
	for supplier, n := range counts {
		if best == "" || n > counts[best] || (n == counts[best] && supplier < best) {
			best = supplier
		}
	}
	return best, counts[best]
}

// h17OperationsWithin counts the routing operations whose standard time is
// at most limit minutes.
func h17OperationsWithin(limit int) int {
	n := 0
	for _, r := range routing[1:] {
		if h2Atoi(r[3]) <= limit {
			n++
		}
	}
	return n
}

// heldout17CorpusComputed recomputes from the real files every value the
// seventeenth held-out corpus set expects as a count, mean, sum, share,
// extreme, distinct list, where-used list or single table cell.
func heldout17CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	powerUnit := colIs("Subsystem", "Power Unit")
	fireSeverity := fm.meanWhere("Severity", colIs("Subsystem", "Fire Suppression System"))
	component, rows := h13MostCommonWithin(fm, powerUnit, "Component")
	detectOne := 100 * float64(fm.countWhere(func(r map[string]string) bool { return atof(r["Detection"]) == 1 })) / float64(len(fm))
	hydraulic := h14MaxWhere(fm, "RPN", colIs("Subsystem", "Hydraulic System"))
	aid2 := h11CostWhere(wo, colIs("AssetID", "AID2")) / float64(count(wo, "AssetID", "AID2"))
	location, orders := mostCommon(wo, "Functional_Location_Description")
	return map[string][]string{
		"h17c-026": {cell.fmea("Fuel Cooler", "Leaking", "Recommended Action")},
		"h17c-028": {cell.wo("2404", "AssetID"), cell.wo("2404", "Functional_Location_Description")},
		"h17c-030": {cell.fmea("Air filter", "Reaches end of usable life", "Current Controls")},
		"h17c-032": {cell.wo("2145", "AssetID")},
		"h17c-033": {cell.fmea("Battery Isolation Switch", "Physical Failure of switch,", "Current Controls")},
		"h17c-034": {cell.fmea("Turbocharger", "Mechanical Failure", "Potential Cause(s) of Failure")},
		"h17c-035": {cell.fmea("Water Pump", "Mechanical Failure", "RPN")},
		"h17c-036": {cell.fmea("Hand Rails", "Wearing", "Recommended Action")},
		"h17c-037": {cell.fmea("Windows", "Wearing", "Recommended Action")},
		"h17c-038": {cell.wo("2370", "AssetID"), cell.wo("2370", "Functional_Location_Description")},
		"h17c-039": {cell.wo("2166", "Work_Order_Total_Actual_Cost")},
		"h17c-040": {cell.wo("2435", "Functional_Location_Description")},
		"h17c-041": {cell.wo("2018", "Work_Order_Basic_Start_Date")},
		"h17c-042": {num(price(h13Row(t, osr, "short name", "servo")))},
		"h17c-043": {cell.part("angle bracket", "part #")},
		"h17c-044": {cell.part("12 hole beam", "req")},
		"h17c-045": {cell.part("control arm", "req")},
		"h17c-046": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return powerUnit(r) && atof(r["RPN"]) >= 24 }))},
		"h17c-047": {num(h2Round2(fireSeverity)), num(h11Round1(fireSeverity))},
		"h17c-048": {component, strconv.Itoa(rows)},
		"h17c-049": fm.distinct("Sub-Component", colIs("Subsystem", "Load Frame")),
		"h17c-050": {num(h2Round2(detectOne)), num(h11Round1(detectOne))},
		"h17c-051": {hydraulic["Component"], hydraulic["Potential Failure Mode"], num(atof(hydraulic["RPN"]))},
		"h17c-052": {num(h11CostWhere(wo, colIs("AssetID", "AID9")))},
		"h17c-053": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return startYear(r) == "2007" }))},
		"h17c-054": {strconv.Itoa(count(wo, "Functional_Location_Description", "mast"))},
		"h17c-055": {num(h2Round2(aid2)), num(math.Round(aid2))},
		"h17c-056": {location, strconv.Itoa(orders)},
		"h17c-057": {num(h2Round2(osr.costWhere(colIs("assembly", "corner"))))},
		"h17c-058": {num(osr.rollupWhere(colIs("part #", "1116-0024-0040")))},
		"h17c-059": {num(h2Round2(h9MeanPrice(osr, colIs("assembly", "body"))))},
		"h17c-060": osr.distinct("assembly", colIs("part #", "1120-0002-0072")),
	}
}

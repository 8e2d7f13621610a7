package main

import (
	"strconv"
	"strings"
	"testing"
)

// heldout28DemoComputed recomputes from the demo files every value the
// twenty-eighth held-out demo set expects as a count, mean, extreme,
// roll-up, where-used list, filtered list or single table cell.
func heldout28DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	rpn := func(m fmeaFact) int { return m.rpn }
	occurrence := func(m fmeaFact) int { return m.o }
	detection := func(m fmeaFact) int { return m.d }
	impellerRPN := f.avg("Impeller", rpn)
	controlDetection := f.avg("Control box", detection)
	casingMode, casingTop := h19HighestRPNOf(f, "Pump casing")
	oftenItem, oftenMean := h14ItemWithHighestMean(f, occurrence)
	chiller := func(r []string) bool { return strings.Contains(r[2], "S/N 2404102") }
	material := func(m string) func(r []string) bool {
		return func(r []string) bool { return r[6] == m }
	}
	return map[string][]string{
		"h28d-012": {h14Torque(t, "Coupling guard bolts")},
		"h28d-020": {f.bomField("6308 C3", 8), f.bomField("6306 C3", 8)},
		"h28d-022": {f.bomField("CP200-CPL-02", 2)},
		"h28d-024": {h18SheetFields(t, "45", h18IsNumber)[0]},
		"h28d-027": {h18SheetFields(t, "Base plate", h18IsNumber)[0]},
		"h28d-034": {f.countRPN(func(r int) bool { return r >= 100 })},
		"h28d-035": {f.countModes(func(m fmeaFact) bool { return m.d >= 6 })},
		"h28d-036": {num(impellerRPN)},
		"h28d-037": {num(controlDetection), strconv.FormatFloat(controlDetection, 'f', 1, 64)},
		"h28d-038": {casingMode, strconv.Itoa(casingTop)},
		"h28d-039": {oftenItem, num(h2Round2(oftenMean))},
		"h28d-040": f.modes(func(m fmeaFact) bool { return m.s >= 7 && m.action == "None" }),
		"h28d-041": f.modes(func(m fmeaFact) bool { return m.o == 5 }),
		"h28d-042": {f.countLog(chiller), num(f.totalDowntime(chiller))},
		"h28d-043": {f.countLog(func(r []string) bool { return strings.HasPrefix(r[1], "2026") && hours(r) >= 5 })},
		"h28d-044": {f.countLog(func(r []string) bool { return r[6] == "none" })},
		"h28d-045": f.longestDowntime(),
		"h28d-046": h28DearestSpare(spares),
		"h28d-047": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return atof(r[7]) <= 7 })))},
		"h28d-048": {strconv.Itoa(h2RoutingMinutes(60, 90))},
		"h28d-049": {h15RoutingTime("80")},
		"h28d-050": h11TorquesWithTool("Torque wrench 20–100 N·m"),
		"h28d-051": {num(f.rollup(func(p string) bool { return strings.HasPrefix(p, "GB/T 5783 ") }))},
		"h28d-052": {strconv.Itoa(len(f.suppliedBy("Taizhou Hengxin")))},
		"h28d-053": f.parentsWhere(material("Steel 8.8")),
		"h28d-054": f.parentsWhere(material("Brass")),
		"h28d-055": {f.bomField("CP200-CPL-01", 6)},
		"h28d-056": {f.bomField("CP200-BRG-04", 6)},
		"h28d-057": {spares["CP200-BRG-04"][6]},
		"h28d-058": {h2LogField(t, f, "WO-25-0121", 5)},
		"h28d-059": {h15Cell(t, fm, "Contactor welded", 10)},
		"h28d-060": {h15Cell(t, fm, "Spider wear", 7)},
		"h28d-061": {strconv.Itoa(h28PublicSparesStocked(t, "2"))},
	}
}

// h28DearestSpare is the part of the internal spares sheet with the highest
// unit price, and that price.
func h28DearestSpare(spares map[string][]string) []string {
	best := ""
	for _, part := range h2SparesWhere(spares, func([]string) bool { return true }) {
		if best == "" || atof(spares[part][6]) > atof(spares[best][6]) {
			best = part
		}
	}
	return []string{best, spares[best][6]}
}

// h28PublicSparesStocked counts the public spare parts list's lines whose
// recommended stock is exactly stock.
func h28PublicSparesStocked(t *testing.T, stock string) int {
	n := 0
	for _, r := range h14PublicSpares(t) {
		if strings.TrimSpace(r[2]) == stock {
			n++
		}
	}
	return n
}

// heldout28CorpusComputed recomputes from the real files every value the
// twenty-eighth held-out corpus set expects as a count, mean, extreme, sum,
// distinct list, roll-up, where-used list or single table cell.
func heldout28CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	electrical := colIs("Subsystem", "Electrical System")
	fire := colIs("Subsystem", "Fire Suppression System")
	frameRPN := fm.meanWhere("RPN", colIs("Subsystem", "Power Frame"))
	electricalSeverity := fm.meanWhere("Severity", electrical)
	hidden, hiddenDetection := h14HighestMean(fm, "Subsystem", "Detection")
	aid2 := colIs("AssetID", "AID2")
	mast := colIs("Functional_Location_Description", "mast")
	mastMean := wo.meanWhere("Work_Order_Total_Actual_Cost", mast)
	longName := func(word string) func(map[string]string) bool {
		return func(r map[string]string) bool { return strings.Contains(r["long name"], word) }
	}
	return map[string][]string{
		"h28c-008": {cell.fmea("Lock-up clutch", "Wearing", "Recommended Action")},
		"h28c-010": {cell.fmea("Batteries", "End of usable life", "Recommended Action")},
		"h28c-012": {cell.wo("2515", "ShortText")},
		"h28c-014": {cell.wo("2477", "ShortText")},
		"h28c-023": {cell.fmea("Bearing", "Wearing", "Potential Cause(s) of Failure")},
		"h28c-024": {cell.wo("2484", "Work_Order_Total_Actual_Cost")},
		"h28c-025": {cell.wo("2080", "Functional_Location_Description")},
		"h28c-026": {cell.part("clamping mount", "part #")},
		"h28c-027": {cell.part("wheel", "cost")},
		"h28c-028": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return electrical(r) && atof(r["RPN"]) >= 24 }))},
		"h28c-029": {strconv.Itoa(fm.countWhere(colIs("Subsystem", "Load Frame")))},
		"h28c-030": {num(h2Round2(frameRPN))},
		"h28c-031": {num(h2Round2(electricalSeverity)), strconv.FormatFloat(electricalSeverity, 'f', 1, 64)},
		"h28c-032": {hidden, num(h2Round2(hiddenDetection)), strconv.FormatFloat(hiddenDetection, 'f', 1, 64)},
		"h28c-033": fm.distinct("Sub-Component", func(r map[string]string) bool { return fire(r) && atof(r["RPN"]) >= 18 }),
		"h28c-034": {strconv.Itoa(wo.countWhere(aid2)), num(h11CostWhere(wo, aid2))},
		"h28c-035": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return startYear(r) == "2006" }))},
		"h28c-036": {strconv.Itoa(wo.countWhere(mast)), num(h2Round2(mastMean)), strconv.FormatFloat(mastMean, 'f', 0, 64)},
		"h28c-037": {num(h11CostWhere(wo, colIs("Functional_Location_Description", "deck")))},
		"h28c-038": {num(osr.rollupWhere(longName("Angle Pattern Bracket")))},
		"h28c-039": osr.distinct("assembly", longName("Spacer")),
		"h28c-040": {num(h2Round2(osr.costWhere(colIs("assembly", "rocker bogie"))))},
		"h28c-041": {strconv.Itoa(osr.countWhere(colIs("assembly", "body")))},
	}
}

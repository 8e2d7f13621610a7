package main

import (
	"strconv"
	"strings"
	"testing"
)

// heldout27DemoComputed recomputes from the demo files every value the
// twenty-seventh held-out demo set expects as a count, mean, extreme,
// roll-up, where-used list, filtered list or single table cell.
func heldout27DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	rpn := func(m fmeaFact) int { return m.rpn }
	occurrence := func(m fmeaFact) int { return m.o }
	detection := func(m fmeaFact) int { return m.d }
	motorRPN := f.avg("Motor", rpn)
	meanOccurrence := f.avg("", occurrence)
	leastDetectable, detectionMean := h14ItemWithHighestMean(f, detection)
	motorMode, motorTop := h19HighestRPNOf(f, "Motor")
	curve := h18SheetFields(t, "20", h18IsNumber) // head, efficiency, power, NPSHr
	p102 := func(r []string) bool { return strings.Contains(r[2], "S/N 2403016") }
	sealJob := func(r []string) bool { return strings.Contains(r[6], "CP200-SEL-01") }
	return map[string][]string{
		"h27d-002": {f.bomField("CP200-MOT-02", 2)},
		"h27d-010": {f.bomField("CP200-CTL-01", 2)},
		"h27d-014": {h14Torque(t, "Motor bolts")},
		"h27d-049": {curve[0], curve[2]},
		"h27d-050": {h18SheetFields(t, "Pump", h18IsNumber)[0]},
		"h27d-051": {f.bomField("CP200-CTL-05", 8)},
		"h27d-052": {f.bomField("CP200-CAS-03", 6)},
		"h27d-053": {spares["CP200-CAS-05"][7]},
		"h27d-054": {spares["CP200-CTL-05"][6]},
		"h27d-055": {h15Cell(t, fm, "Elastomer swelling", 10)},
		"h27d-056": {h15Cell(t, fm, "Shaft corrosion under the sleeve", 7)},
		"h27d-057": {h2LogField(t, f, "WO-25-0150", 5)},
		"h27d-058": {h2LogField(t, f, "WO-25-0256", 4)},
		"h27d-059": {h14Torque(t, "Bearing cover bolts")},
		"h27d-060": {h15RoutingTime("70")},
		"h27d-061": {f.countRPN(func(r int) bool { return r < 70 })},
		"h27d-062": {f.countModes(func(m fmeaFact) bool { return m.o == 2 })},
		"h27d-063": {num(motorRPN)},
		"h27d-064": {num(meanOccurrence), strconv.FormatFloat(meanOccurrence, 'f', 1, 64)},
		"h27d-065": {leastDetectable, num(detectionMean)},
		"h27d-066": {motorMode, strconv.Itoa(motorTop)},
		"h27d-067": f.modes(func(m fmeaFact) bool { return m.o == 4 }),
		"h27d-068": f.modes(func(m fmeaFact) bool { return m.s >= 8 }),
		"h27d-069": {num(f.totalDowntime(p102)), f.countLog(p102)},
		"h27d-070": {f.countLog(func(r []string) bool { return h14FaultCode.MatchString(r[3]) })},
		"h27d-071": {num(f.totalDowntime(sealJob))},
		"h27d-072": {f.countLog(func(r []string) bool { return hours(r) < 1 })},
		"h27d-073": h2SparesWhere(spares, func(r []string) bool { return atof(r[7]) >= 14 }),
		"h27d-074": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return atof(r[6]) < 50 })))},
		"h27d-075": {strconv.Itoa(h2RoutingMinutes(20, 50))},
		"h27d-076": h11TorquesWithTool("Torque wrench 5–25 N·m"),
		"h27d-077": {num(f.rollupRows(suppliedBy("Ningbo Jinhai")))},
		"h27d-078": {strconv.Itoa(h24DirectParts(f, "CP200-BRG-00"))},
		"h27d-079": f.parentsWhere(func(r []string) bool { return r[6] == "HT200" }),
		"h27d-080": f.parentsWhere(suppliedBy("Ningbo Jinhai")),
	}
}

// heldout27CorpusComputed recomputes from the real files every value the
// twenty-seventh held-out corpus set expects as a count, mean, extreme, sum,
// distinct list, roll-up, where-used list or single table cell.
func heldout27CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	rated := func(col string, value float64) func(map[string]string) bool {
		return func(r map[string]string) bool { return atof(r[col]) == value }
	}
	both := func(a, b func(map[string]string) bool) func(map[string]string) bool {
		return func(r map[string]string) bool { return a(r) && b(r) }
	}
	hydraulic := colIs("Subsystem", "Hydraulic System")
	powerUnit := colIs("Subsystem", "Power Unit")
	fireRPN := fm.meanWhere("RPN", colIs("Subsystem", "Fire Suppression System"))
	hydraulicOccurrence := fm.meanWhere("Occurrence", hydraulic)
	powerUnitTop := h14MaxWhere(fm, "RPN", powerUnit)
	calmest, calmestRPN := h23LowestMean(fm, "Subsystem", "RPN")
	often := func(r map[string]string) bool { return powerUnit(r) && atof(r["Occurrence"]) >= 4 }
	busiest, busiestRows := h13MostCommonWithin(fm, colIs("Subsystem", "Power Train"), "Component")
	aid9 := colIs("AssetID", "AID9")
	compressor := colIs("Functional_Location_Description", "air compressor system")
	compressorMean := wo.meanWhere("Work_Order_Total_Actual_Cost", compressor)
	longName := func(word string) func(map[string]string) bool {
		return func(r map[string]string) bool { return strings.Contains(r["long name"], word) }
	}
	return map[string][]string{
		"h27c-002": {cell.fmea("Air filter", "Reaches end of usable life", "Recommended Action")},
		"h27c-004": {cell.fmea("Wiring Harness", "Corrosion", "Recommended Action")},
		"h27c-006": {cell.wo("2488", "ShortText")},
		"h27c-008": {cell.wo("2163", "ShortText")},
		"h27c-037": {cell.fmea("Fuel Filter", "Blocked", "Recommended Action")},
		"h27c-038": {cell.fmea("Water Pump", "Mechanical Failure", "Potential Cause(s) of Failure")},
		"h27c-039": {cell.wo("2236", "Functional_Location_Description")},
		"h27c-040": {cell.wo("2247", "Work_Order_Total_Actual_Cost")},
		"h27c-041": {cell.part("45deg bracket", "part #")},
		"h27c-042": {cell.part("32mm bearing", "cost")},
		"h27c-043": {cell.part("goTube endcap", "long name")},
		"h27c-044": {cell.part("plastic spacer", "cost")},
		"h27c-045": {strconv.Itoa(fm.countWhere(both(hydraulic, rated("RPN", 12))))},
		"h27c-046": {strconv.Itoa(fm.countWhere(both(powerUnit, rated("Severity", 4))))},
		"h27c-047": {num(h2Round2(fireRPN)), strconv.FormatFloat(fireRPN, 'f', 1, 64)},
		"h27c-048": {num(h2Round2(hydraulicOccurrence)), strconv.FormatFloat(hydraulicOccurrence, 'f', 1, 64)},
		"h27c-049": {powerUnitTop["Sub-Component"], powerUnitTop["Potential Failure Mode"], powerUnitTop["RPN"]},
		"h27c-050": {calmest, num(h2Round2(calmestRPN))},
		"h27c-051": fm.distinct("Sub-Component", often),
		"h27c-052": {busiest, strconv.Itoa(busiestRows)},
		"h27c-053": {strconv.Itoa(wo.countWhere(aid9)), num(h11CostWhere(wo, aid9))},
		"h27c-054": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return startYear(r) == "2001" }))},
		"h27c-055": {strconv.Itoa(wo.countWhere(compressor)), num(h2Round2(compressorMean)), strconv.FormatFloat(compressorMean, 'f', 0, 64)},
		"h27c-056": {num(h11CostWhere(wo, colIs("Functional_Location_Description", "hydraulic hoses & lines")))},
		"h27c-057": {num(h2Round2(osr.costWhere(colIs("assembly", "corner"))))},
		"h27c-058": {num(osr.rollupWhere(longName("Square Beam")))},
		"h27c-059": osr.distinct("assembly", longName("Flat Beam")),
		"h27c-060": {strconv.Itoa(osr.countWhere(func(r map[string]string) bool { return price(r) > 20 }))},
	}
}

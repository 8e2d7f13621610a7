package main

import (
	"strconv"
	"strings"
	"testing"
)

// heldout25DemoComputed recomputes from the demo files every value the
// twenty-fifth held-out demo set expects as a count, share, mean, sum,
// extreme, roll-up, where-used list or single table cell.
func heldout25DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	rpn := func(m fmeaFact) int { return m.rpn }
	occurrence := func(m fmeaFact) int { return m.o }
	controlBox := f.avg("Control box", rpn)
	meanOccurrence := f.avg("", occurrence)
	motorMode, motorRPN := h19HighestRPNOf(f, "Motor")
	severest := h17MostSevere(f)
	curve := h18SheetFields(t, "30", h18IsNumber) // head, efficiency, power, NPSHr
	serial := func(sn string) func([]string) bool {
		return func(r []string) bool { return strings.Contains(r[2], "S/N "+sn) }
	}
	in2026 := func(r []string) bool { return strings.HasPrefix(r[1], "2026") }
	return map[string][]string{
		"h25d-002": {f.bomField("CP200-CTL-03", 2)},
		"h25d-004": {f.bomField("CP200-BSE-02", 2), f.bomField("CP200-BSE-02", 6)},
		"h25d-012": {h14Torque(t, "Coupling set screws")},
		"h25d-014": {f.bomField("CP200-CAS-04", 2)},
		"h25d-022": {h18SheetFields(t, "Shaft centre height", h18IsNumber)[0]},
		"h25d-051": {strconv.Itoa(h23PublicSparesStocked(t, 2))},
		"h25d-052": {curve[1], curve[2]},
		"h25d-053": {f.countModes(func(m fmeaFact) bool { return m.s >= 8 })},
		"h25d-054": {num(controlBox), strconv.FormatFloat(controlBox, 'f', 1, 64)},
		"h25d-055": {motorMode, strconv.Itoa(motorRPN)},
		"h25d-056": {severest.mode, strconv.Itoa(severest.s)},
		"h25d-057": f.modes(func(m fmeaFact) bool { return m.d >= 7 }),
		"h25d-058": {num(meanOccurrence), strconv.FormatFloat(meanOccurrence, 'f', 1, 64)},
		"h25d-059": {strconv.Itoa(h14RPNSum(f, "Pump casing"))},
		"h25d-060": {h15Cell(t, fm, "Contactor welded", 3)},
		"h25d-061": {h15Cell(t, fm, "Bearing overheating", 7)},
		"h25d-062": {h15Cell(t, fm, "Cavitation erosion of the vanes", 10)},
		"h25d-063": {num(f.downtime("2403015")), f.countLog(serial("2403015"))},
		"h25d-064": {f.countLog(in2026), num(f.totalDowntime(in2026))},
		"h25d-065": {num(h11MeanDowntime(f, serial("2409210"))), f.countLog(serial("2409210"))},
		"h25d-066": f.workOrders(replaced("CP200-CPL-03")),
		"h25d-067": {h2LogField(t, f, "WO-25-0228", 4)},
		"h25d-068": {h2LogField(t, f, "WO-26-0119", 5)},
		"h25d-069": {num(f.rollup(is("GB/T 93 10")))},
		"h25d-070": {num(f.rollup(is("CP200-BRG-03")))},
		"h25d-071": f.parents("GB/T 93 10"),
		"h25d-072": f.parentsWhere(func(r []string) bool { return strings.Contains(r[6], "304") }),
		"h25d-073": {strconv.Itoa(len(f.suppliedBy("Taizhou Hengxin")))},
		"h25d-074": h13PartsOfMaterial(f, "Brass"),
		"h25d-075": {strconv.Itoa(h24DirectParts(f, "CP200-BSE-00"))},
		"h25d-076": {f.bomField("CP200-CPL-01", 6)},
		"h25d-077": h2SparesWhere(spares, func(r []string) bool { return atof(r[6]) > 200 }),
		"h25d-078": {spares["CP200-IMP-01"][7]},
		"h25d-079": h18TorquesBelow(20)[1:], // the fasteners, not their count
		"h25d-080": {strconv.Itoa(h2RoutingMinutes(10, 50))},
	}
}

// heldout25CorpusComputed recomputes from the real files every value the
// twenty-fifth held-out corpus set expects as a count, mean, share, sum,
// extreme, distinct list, roll-up, where-used list or single table cell.
func heldout25CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	rated := func(col string, keep func(float64) bool) func(map[string]string) bool {
		return func(r map[string]string) bool { return keep(atof(r[col])) }
	}
	electrical := colIs("Subsystem", "Electrical System")
	electricalRPN := fm.meanWhere("RPN", electrical)
	fireTop := h14MaxWhere(fm, "RPN", colIs("Subsystem", "Fire Suppression System"))
	likely := fm.countWhere(rated("Occurrence", func(v float64) bool { return v >= 3 }))
	component, componentRows := h13MostCommonWithin(fm, electrical, "Component")
	in2001 := func(r map[string]string) bool { return startYear(r) == "2001" }
	aid7 := colIs("AssetID", "AID7")
	deck := colIs("Functional_Location_Description", "deck")
	deckMean := wo.meanWhere("Work_Order_Total_Actual_Cost", deck)
	busiest, busiestOrders := wo.mostCommonBy(func(r map[string]string) string { return r["Functional_Location_Description"] })
	dearest := osr.maxBy("cost")
	return map[string][]string{
		"h25c-002": {cell.fmea("Windows", "Wearing", "Recommended Action")},
		"h25c-004": {cell.fmea("Dump Cylinder", "Wearing", "Recommended Action")},
		"h25c-006": {cell.wo("2455", "ShortText")},
		"h25c-008": {cell.wo("2481", "ShortText")},
		"h25c-043": {strconv.Itoa(fm.countWhere(rated("Severity", func(v float64) bool { return v == 4 })))},
		"h25c-044": {num(h2Round2(electricalRPN)), strconv.FormatFloat(electricalRPN, 'f', 1, 64)},
		"h25c-045": {fireTop["Sub-Component"], fireTop["Potential Failure Mode"], fireTop["RPN"]},
		"h25c-046": fm.distinct("Component", colIs("Subsystem", "Hydraulic System")),
		"h25c-047": append(h2Percent(100*float64(likely)/float64(len(fm))), strconv.Itoa(likely)),
		"h25c-048": {strconv.Itoa(fm.countWhere(rated("Detection", func(v float64) bool { return v == 1 })))},
		"h25c-049": {component, strconv.Itoa(componentRows)},
		"h25c-050": {num(h11CostWhere(wo, in2001)), strconv.Itoa(wo.countWhere(in2001))},
		"h25c-051": {num(h11CostWhere(wo, aid7)), strconv.Itoa(wo.countWhere(aid7))},
		"h25c-052": {num(h2Round2(deckMean)), strconv.FormatFloat(deckMean, 'f', 0, 64), strconv.Itoa(wo.countWhere(deck))},
		"h25c-053": {busiest, strconv.Itoa(busiestOrders)},
		"h25c-054": {cell.wo("2319", "Work_Order_Total_Actual_Cost")},
		"h25c-055": {cell.wo("2496", "Work_Order_Basic_Start_Date")},
		"h25c-056": {num(osr.rollupWhere(func(r map[string]string) bool { return strings.HasPrefix(r["part #"], "1120-") }))},
		"h25c-057": {num(h2Round2(osr.costWhere(colIs("assembly", "rocker bogie"))))},
		"h25c-058": osr.distinct("assembly", colIs("short name", "3x5 grid plate")),
		"h25c-059": {dearest["short name"], dearest["cost"]},
		"h25c-060": {cell.part("D-Hub clamp", "long name"), cell.part("D-Hub clamp", "cost")},
	}
}

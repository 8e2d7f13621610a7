package main

import (
	"strconv"
	"strings"
	"testing"
)

// heldout24DemoComputed recomputes from the demo files every value the
// twenty-fourth held-out demo set expects as a count, share, mean, sum,
// extreme, roll-up, where-used list, distinct list or single table cell.
func heldout24DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	rpn := func(m fmeaFact) int { return m.rpn }
	severity := func(m fmeaFact) int { return m.s }
	meanSeverity := f.avg("", severity)
	mostItem, mostModes := h15ItemWithMostModes(f)
	lowest := h16LowestRPN(f)
	station := func(r []string) bool { return strings.Contains(r[2], "S/N 2406055") }
	firstHalf2026 := func(r []string) bool { return r[1] >= "2026-01" && r[1] < "2026-07" }
	return map[string][]string{
		"h24d-006": {f.bomField("CP200-SEL-01", 8)},
		"h24d-015": {h18SheetFields(t, "Maximum flow", h18IsNumber)[0]},
		"h24d-021": {h18SheetFields(t, "Shipping weight (crate)", h18IsNumber)[0]},
		"h24d-022": {h18SheetFields(t, "Foundation bolt spacing", h18IsNumber)[0]},
		"h24d-051": {num(h12PublicSpareStock(t, "pcs"))},
		"h24d-052": {h18SheetFields(t, "20", h18IsNumber)[0]},
		"h24d-053": {f.countModes(func(m fmeaFact) bool { return m.d >= 6 })},
		"h24d-054": {num(f.avg("Mechanical seal", rpn))},
		"h24d-055": {mostItem, strconv.Itoa(mostModes)},
		"h24d-056": {lowest.mode, strconv.Itoa(lowest.rpn)},
		"h24d-057": f.modes(func(m fmeaFact) bool { return m.o == 5 }),
		"h24d-058": {num(meanSeverity), strconv.FormatFloat(meanSeverity, 'f', 1, 64)},
		"h24d-059": {strconv.Itoa(h14RPNSum(f, "Motor"))},
		"h24d-060": {h15Cell(t, fm, "Casing crack", 10)},
		"h24d-061": {h15Cell(t, fm, "Hub slips on the shaft", 5)},
		"h24d-062": {h15Cell(t, fm, "Phase loss not detected", 7)},
		"h24d-063": {num(f.downtime("2406055")), f.countLog(station)},
		"h24d-064": {f.countLog(func(r []string) bool { return strings.Contains(r[3], "E07") })},
		"h24d-065": {num(f.totalDowntime(firstHalf2026))},
		"h24d-066": f.workOrders(replaced("CP200-CAS-03")),
		"h24d-067": {h2LogField(t, f, "WO-25-0256", 4)},
		"h24d-068": {h2LogField(t, f, "WO-26-0074", 5)},
		"h24d-069": {num(f.rollup(is("GB/T 5783 M8x25")))},
		"h24d-070": {num(f.rollup(is("CP200-BRG-04")))},
		"h24d-071": f.parents("GB/T 5783 M10x30"),
		"h24d-072": f.parentsWhere(func(r []string) bool { return r[6] == "HT250" }),
		"h24d-073": {strconv.Itoa(len(f.suppliedBy("Hangzhou Kexin")))},
		"h24d-074": h13PartsOfMaterial(f, "Steel 8.8"),
		"h24d-075": {strconv.Itoa(h24DirectParts(f, "CP200-CTL-00"))},
		"h24d-076": {f.bomField("CP200-CTL-04", 6)},
		"h24d-077": h2SparesWhere(spares, func(r []string) bool { return atof(r[7]) <= 7 }),
		"h24d-078": {spares["6306 C3"][6]},
		"h24d-079": h10TorquesAt("40 N·m")[1:], // the fasteners, not their count
		"h24d-080": {strconv.Itoa(h2RoutingMinutes(70, 100))},
	}
}

// h24DirectParts counts the BOM lines directly below one level-1
// assembly.
func h24DirectParts(f *demoFacts, assembly string) int {
	n, inside := 0, false
	for _, r := range f.bom {
		switch r[0] {
		case "0", "1":
			inside = r[1] == assembly
		case "2":
			if inside {
				n++
			}
		}
	}
	return n
}

// heldout24CorpusComputed recomputes from the real files every value the
// twenty-fourth held-out corpus set expects as a count, mean, share, sum,
// extreme, distinct list, roll-up, where-used list or single table cell.
func heldout24CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	powerTrain := colIs("Subsystem", "Power Train")
	occurrence := fm.meanWhere("Occurrence", powerTrain)
	frameTop := h14MaxWhere(fm, "RPN", colIs("Subsystem", "Power Frame"))
	above20 := fm.countWhere(func(r map[string]string) bool { return atof(r["RPN"]) >= 20 })
	noAction := func(r map[string]string) bool { return strings.TrimSpace(r["Recommended Action"]) == "" }
	cylinders, cylinderRows := h13MostCommonWithin(fm, colIs("Subsystem", "Hydraulic System"), "Component")
	aid9 := colIs("AssetID", "AID9")
	mast := colIs("Functional_Location_Description", "mast")
	mastMean := wo.meanWhere("Work_Order_Total_Actual_Cost", mast)
	dearest := wo.maxBy("Work_Order_Total_Actual_Cost")
	partIs := func(prefix string) func(map[string]string) bool {
		return func(r map[string]string) bool { return strings.HasPrefix(r["part #"], prefix) }
	}
	return map[string][]string{
		"h24c-002": {cell.fmea("Air filter", "Reaches end of usable life", "Recommended Action")},
		"h24c-004": {cell.fmea("Coolant tank", "Leaking", "Recommended Action")},
		"h24c-006": {cell.wo("2236", "ShortText")},
		"h24c-008": {cell.wo("2497", "ShortText")},
		"h24c-043": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return atof(r["Detection"]) >= 4 }))},
		"h24c-044": {num(h2Round2(occurrence)), strconv.FormatFloat(occurrence, 'f', 1, 64)},
		"h24c-045": {frameTop["Sub-Component"], frameTop["Potential Failure Mode"], frameTop["RPN"]},
		"h24c-046": fm.distinct("Component", powerTrain),
		"h24c-047": append(h2Percent(100*float64(above20)/float64(len(fm))), strconv.Itoa(above20)),
		"h24c-048": {strconv.Itoa(fm.countWhere(noAction))},
		"h24c-049": {cylinders, strconv.Itoa(cylinderRows)},
		"h24c-050": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return startYear(r) == "2007" }))},
		"h24c-051": {num(h11CostWhere(wo, aid9)), strconv.Itoa(wo.countWhere(aid9))},
		"h24c-052": {num(h2Round2(mastMean)), strconv.FormatFloat(mastMean, 'f', 0, 64), strconv.Itoa(wo.countWhere(mast))},
		"h24c-053": {dearest["PONumber"], dearest["Work_Order_Total_Actual_Cost"], dearest["ShortText"]},
		"h24c-054": {cell.wo("2414", "Work_Order_Total_Actual_Cost")},
		"h24c-055": {cell.wo("2008", "Work_Order_Basic_Start_Date")},
		"h24c-056": {num(osr.rollupWhere(partIs("1106-")))},
		"h24c-057": {num(h2Round2(osr.costWhere(colIs("assembly", "corner"))))},
		"h24c-058": osr.distinct("assembly", partIs("1118-")),
		"h24c-059": osr.distinct("short name", func(r map[string]string) bool { return price(r) < 2 }),
		"h24c-060": {cell.part("motor", "long name")},
	}
}

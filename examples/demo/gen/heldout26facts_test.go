package main

import (
	"strconv"
	"strings"
	"testing"
)

// heldout26DemoComputed recomputes from the demo files every value the
// twenty-sixth held-out demo set expects as a count, mean, extreme, roll-up,
// where-used list, filtered list or single table cell.
func heldout26DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	rpn := func(m fmeaFact) int { return m.rpn }
	detection := func(m fmeaFact) int { return m.d }
	bearings := f.avg("Bearing assembly", rpn)
	meanDetection := f.avg("", detection)
	severest, severity := h14ItemWithHighestMean(f, fmeaSeverity)
	sealMode, sealRPN := h19HighestRPNOf(f, "Mechanical seal")
	curve := h18SheetFields(t, "45", h18IsNumber) // head, efficiency, power, NPSHr
	chiller := func(r []string) bool { return strings.Contains(r[2], "S/N 2404102") }
	supplier := func(prefix string) func([]string) bool {
		return func(r []string) bool { return strings.HasPrefix(r[8], prefix) }
	}
	return map[string][]string{
		"h26d-008": {f.bomField("CP200-MOT-00", 2)},
		"h26d-037": {h18SheetFields(t, "Motor", h18IsNumber)[0]},
		"h26d-038": {curve[0], curve[2]},
		"h26d-052": {f.bomField("CP200-CTL-04", 8)},
		"h26d-053": {spares["CP200-IMP-01"][7]},
		"h26d-054": {h14Torque(t, "Seal gland bolts")},
		"h26d-055": {h2LogField(t, f, "WO-25-0063", 4)},
		"h26d-056": {h15Cell(t, fm, "Hub slips on the shaft", 10)},
		"h26d-057": {h2LogField(t, f, "WO-26-0074", 7)},
		"h26d-058": {h15RoutingTime("80")},
		"h26d-059": {f.bomField("CP200-CPL-01", 6)},
		"h26d-060": {h15Cell(t, fm, "Seal spring clogged", 5)},
		"h26d-061": {f.countLog(func(r []string) bool { return hours(r) >= 5 })},
		"h26d-062": {f.countLog(func(r []string) bool { return r[6] == "none" })},
		"h26d-063": h2SparesWhere(spares, func(r []string) bool { return strings.HasPrefix(r[5], "Ningbo Jinhai") }),
		"h26d-064": {strconv.Itoa(h18OperationsAtLeast(21))}, // longer than 20 min
		"h26d-065": {num(f.totalDowntime(chiller)), f.countLog(chiller)},
		"h26d-066": h26TorquesAtLeast(40),
		"h26d-067": {f.countRPN(func(r int) bool { return r >= 120 })},
		"h26d-068": {f.countModes(func(m fmeaFact) bool { return m.s == 7 })},
		"h26d-069": {f.countModes(func(m fmeaFact) bool { return m.action == "None" })},
		"h26d-070": {num(bearings), strconv.FormatFloat(bearings, 'f', 1, 64)},
		"h26d-071": {num(meanDetection), strconv.FormatFloat(meanDetection, 'f', 1, 64)},
		"h26d-072": {severest, num(severity)},
		"h26d-073": {sealMode, strconv.Itoa(sealRPN)},
		"h26d-074": f.modes(func(m fmeaFact) bool { return m.o >= 5 }),
		"h26d-075": f.modes(func(m fmeaFact) bool { return m.d == 3 }),
		"h26d-076": {num(f.rollup(func(p string) bool { return strings.HasPrefix(p, "GB/T 5783 ") }))},
		"h26d-077": {num(f.rollupRows(supplier("Shanghai Baoli")))},
		"h26d-078": {strconv.Itoa(h24DirectParts(f, "CP200-CPL-00"))},
		"h26d-079": f.parents("GB/T 5783 M8x25"),
		"h26d-080": f.parentsWhere(supplier("Taizhou Hengxin")),
	}
}

// h26TorquesAtLeast names the torque table's fasteners tightened to limit
// N·m or more.
func h26TorquesAtLeast(limit float64) []string {
	var names []string
	for _, r := range torques[1:] {
		if h13Torque(r) >= limit {
			names = append(names, r[0])
		}
	}
	return names
}

// heldout26CorpusComputed recomputes from the real files every value the
// twenty-sixth held-out corpus set expects as a count, mean, extreme, sum,
// distinct list, roll-up, where-used list or single table cell.
func heldout26CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	rated := func(col string, value float64) func(map[string]string) bool {
		return func(r map[string]string) bool { return atof(r[col]) == value }
	}
	electrical := colIs("Subsystem", "Electrical System")
	powerTrain := colIs("Subsystem", "Power Train")
	powerTrainRPN := fm.meanWhere("RPN", powerTrain)
	powerUnitDetection := fm.meanWhere("Detection", colIs("Subsystem", "Power Unit"))
	severest, severity := h14HighestMean(fm, "Subsystem", "Severity")
	frameTop := h14MaxWhere(fm, "RPN", colIs("Subsystem", "Power Frame"))
	aid2 := colIs("AssetID", "AID2")
	in2007 := func(r map[string]string) bool { return startYear(r) == "2007" }
	mast := colIs("Functional_Location_Description", "mast")
	mastMean := wo.meanWhere("Work_Order_Total_Actual_Cost", mast)
	longName := func(word string) func(map[string]string) bool {
		return func(r map[string]string) bool { return strings.Contains(r["long name"], word) }
	}
	return map[string][]string{
		"h26c-002": {cell.fmea("Cooler", "Wearing, dirt build up", "Recommended Action")},
		"h26c-004": {cell.fmea("Hand Rails", "Wearing", "Recommended Action")},
		"h26c-006": {cell.wo("2086", "ShortText")},
		"h26c-008": {cell.wo("2382", "ShortText")},
		"h26c-040": {cell.part("servoblock", "cost")},
		"h26c-041": {cell.part("Idler Bearing Hub", "part #")},
		"h26c-042": {cell.wo("1989", "Work_Order_Total_Actual_Cost")},
		"h26c-043": {cell.fmea("Tyre", "Balding", "Potential Cause(s) of Failure")},
		"h26c-044": {cell.fmea("Transmission Mount", "Wearing", "Recommended Action")},
		"h26c-045": {strconv.Itoa(wo.countWhere(aid2)), num(h11CostWhere(wo, aid2))},
		"h26c-046": {strconv.Itoa(wo.countWhere(in2007))},
		"h26c-047": {num(h2Round2(mastMean)), strconv.FormatFloat(mastMean, 'f', 0, 64)},
		"h26c-048": {strconv.Itoa(wo.countWhere(colIs("WorkCentre", "WC2")))},
		"h26c-049": {num(h2Round2(osr.costWhere(colIs("assembly", "body"))))},
		"h26c-050": {strconv.Itoa(osr.countWhere(func(r map[string]string) bool { return price(r) < 3 }))},
		"h26c-051": {strconv.Itoa(fm.countWhere(rated("Severity", 4)))},
		"h26c-052": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return electrical(r) && rated("Occurrence", 3)(r) }))},
		"h26c-053": {num(h2Round2(powerTrainRPN)), strconv.FormatFloat(powerTrainRPN, 'f', 1, 64)},
		"h26c-054": {num(h2Round2(powerUnitDetection)), strconv.FormatFloat(powerUnitDetection, 'f', 1, 64)},
		"h26c-055": {severest, num(h2Round2(severity)), strconv.FormatFloat(severity, 'f', 1, 64)},
		"h26c-056": {frameTop["Sub-Component"], frameTop["RPN"]},
		"h26c-057": fm.distinct("Sub-Component", func(r map[string]string) bool { return powerTrain(r) && rated("RPN", 36)(r) }),
		"h26c-058": {num(osr.rollupWhere(longName("Open goRAIL")))},
		"h26c-059": {num(h2Round2(osr.costWhere(colIs("assembly", "drive wheel"))))},
		"h26c-060": osr.distinct("assembly", longName("U-Channel")),
	}
}

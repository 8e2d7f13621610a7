package main

import (
	"strconv"
	"strings"
	"testing"
)

// heldout29DemoComputed recomputes from the demo files every value the
// twenty-ninth held-out demo set expects as a count, mean, extreme,
// roll-up, where-used list, filtered list or single table cell.
func heldout29DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	rpn := func(m fmeaFact) int { return m.rpn }
	detection := func(m fmeaFact) int { return m.d }
	sealRPN := f.avg("Mechanical seal", rpn)
	bearingDetection := f.avg("Bearing assembly", detection)
	riskiest, riskSum := h11ItemWithHighestRPNSum(f)
	shaftMode, shaftTop := h19HighestRPNOf(f, "Pump shaft")
	curve := h18SheetFields(t, "30", h18IsNumber)
	boilerFeed := func(r []string) bool { return strings.Contains(r[2], "S/N 2409210") }
	irrigation := func(r []string) bool { return strings.Contains(r[2], "S/N 2406055") }
	irrigationMean := h11MeanDowntime(f, irrigation)
	longest2026, longestHours := h11LongestDowntime(f, "2026")
	material := func(m string) func(r []string) bool {
		return func(r []string) bool { return r[6] == m }
	}
	return map[string][]string{
		"h29d-049": {spares["CP200-IMP-01"][6], spares["CP200-IMP-01"][7]},
		"h29d-052": {curve[0], curve[2]},
		"h29d-053": {strconv.Itoa(h28PublicSparesStocked(t, "1"))},
		"h29d-054": {h18SheetFields(t, "Control box", h18IsNumber)[0]},
		"h29d-055": {f.countRPN(func(r int) bool { return r < 70 })},
		"h29d-056": {f.countModes(func(m fmeaFact) bool { return m.d <= 3 })},
		"h29d-057": {num(sealRPN)},
		"h29d-058": {num(bearingDetection), strconv.FormatFloat(bearingDetection, 'f', 1, 64)},
		"h29d-059": {riskiest, strconv.Itoa(riskSum)},
		"h29d-060": {shaftMode, strconv.Itoa(shaftTop)},
		"h29d-061": f.modes(func(m fmeaFact) bool { return m.rpn >= 100 && m.action == "None" }),
		"h29d-062": f.modes(func(m fmeaFact) bool { return m.s == 7 }),
		"h29d-063": {num(f.rollupRows(func(r []string) bool { return strings.HasPrefix(r[8], "Shanghai Baoli") }))},
		"h29d-064": {strconv.Itoa(h24DirectParts(f, "CP200-CPL-00"))},
		"h29d-065": f.parentsWhere(material("HT250")),
		"h29d-066": f.parents("CP200-BRG-04"),
		"h29d-067": {f.bomField("CP200-MOT-02", 8)},
		"h29d-068": {f.bomField("CP200-CAS-03", 6)},
		"h29d-069": {h15RoutingTime("100")},
		"h29d-070": {strconv.Itoa(h2RoutingMinutes(20, 60))},
		"h29d-071": h18TorquesBelow(20),
		"h29d-072": {h14Torque(t, "Bearing cover bolts")},
		"h29d-073": {f.countLog(boilerFeed), num(f.totalDowntime(boilerFeed))},
		"h29d-074": {f.countLog(func(r []string) bool { return strings.HasPrefix(r[1], "2025") && hours(r) >= 5 })},
		"h29d-075": {num(h2Round2(irrigationMean)), strconv.FormatFloat(irrigationMean, 'f', 1, 64)},
		"h29d-076": {longest2026, num(longestHours)},
		"h29d-077": {h2LogField(t, f, "WO-25-0256", 6)},
		"h29d-078": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return atof(r[7]) > 10 })))},
		"h29d-079": {spares["CP200-CTL-05"][7]},
		"h29d-080": {h15Cell(t, fm, "Cavitation erosion of the vanes", 10)},
	}
}

// heldout29CorpusComputed recomputes from the real files every value the
// twenty-ninth held-out corpus set expects as a count, mean, extreme, sum,
// distinct list, roll-up, where-used list or single table cell.
func heldout29CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	engine := colIs("Component", "Engine")
	engineRPN := fm.meanWhere("RPN", engine)
	hydraulicSeverity := fm.meanWhere("Severity", colIs("Subsystem", "Hydraulic System"))
	clearest, clearestDetection := h23LowestMean(fm, "Subsystem", "Detection")
	engineTop := h14MaxWhere(fm, "RPN", engine)
	aid7 := colIs("AssetID", "AID7")
	hoses := colIs("Functional_Location_Description", "hydraulic hoses & lines")
	hosesMean := wo.meanWhere("Work_Order_Total_Actual_Cost", hoses)
	wc2 := colIs("WorkCentre", "WC2")
	return map[string][]string{
		"h29c-043": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool {
			return r["Component"] == "Transmission" && atof(r["RPN"]) >= 24
		}))},
		"h29c-044": {num(h2Round2(engineRPN)), strconv.FormatFloat(engineRPN, 'f', 1, 64)},
		"h29c-045": {num(h2Round2(hydraulicSeverity)), strconv.FormatFloat(hydraulicSeverity, 'f', 1, 64)},
		"h29c-046": {clearest, num(h2Round2(clearestDetection)), strconv.FormatFloat(clearestDetection, 'f', 1, 64)},
		"h29c-047": {engineTop["Sub-Component"], engineTop["RPN"]},
		"h29c-048": fm.distinct("Sub-Component", func(r map[string]string) bool {
			return r["Component"] == "Charging and Ignition" && atof(r["RPN"]) >= 27
		}),
		"h29c-049": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool {
			return r["Subsystem"] == "Power Frame" && atof(r["Detection"]) >= 3
		}))},
		"h29c-050": {strconv.Itoa(wo.countWhere(aid7)), num(h11CostWhere(wo, aid7))},
		"h29c-051": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return startYear(r) == "2007" }))},
		"h29c-052": {strconv.Itoa(wo.countWhere(hoses)), num(h2Round2(hosesMean)), strconv.FormatFloat(hosesMean, 'f', 0, 64)},
		"h29c-053": {strconv.Itoa(wo.countWhere(wc2)), num(h11CostWhere(wo, wc2))},
		"h29c-054": {cell.wo("2369", "ShortText")},
		"h29c-055": {cell.wo("2414", "Work_Order_Total_Actual_Cost")},
		"h29c-056": {num(osr.rollupWhere(func(r map[string]string) bool { return strings.Contains(r["short name"], "goRail") }))},
		"h29c-057": osr.distinct("assembly", func(r map[string]string) bool {
			return strings.Contains(strings.ToLower(r["long name"]), "bearing")
		}),
		"h29c-058": {num(h2Round2(osr.costWhere(colIs("short name", "motor"))))},
		"h29c-059": {cell.part("servoblock", "part #")},
		"h29c-060": {strconv.Itoa(osr.countWhere(colIs("assembly", "rocker bogie")))},
	}
}

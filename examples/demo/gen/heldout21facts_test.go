package main

import (
	"strconv"
	"strings"
	"testing"
)

// heldout21DemoComputed recomputes from the demo files every value the
// twenty-first held-out demo set expects as a count, share, mean, extreme,
// roll-up, where-used list or single table cell.
func heldout21DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	motorMode, motorRPN := h19HighestRPNOf(f, "Motor")
	return map[string][]string{
		"h21d-020": {h19PublicStock(t, "CP200-CTL-06")},
		"h21d-021": {h19PublicStock(t, "CP200-BRG-04")},
		"h21d-022": {h18SheetFields(t, "30", h18IsNumber)[0]},
		"h21d-023": {h18SheetFields(t, "Motor", h18IsNumber)[0]},
		"h21d-046": {h15Torque("Seal gland bolts")},
		"h21d-050": {f.bomField("CP200-MOT-00", 2)},
		"h21d-056": {f.bomField("CP200-CAS-03", 6)},
		"h21d-059": {f.countModes(func(m fmeaFact) bool { return m.d >= 6 })},
		"h21d-060": h2Percent(h10Share(f, func(m fmeaFact) bool { return m.s >= 8 })),
		"h21d-061": {h21ItemWithLowestMeanRPN(f)},
		"h21d-062": {num(f.avg("Impeller", func(m fmeaFact) int { return m.d }))},
		"h21d-063": {motorMode, strconv.Itoa(motorRPN)},
		"h21d-064": h21SealJobs(f),
		"h21d-065": {num(f.downtime("2409210"))},
		"h21d-066": {f.countLog(func(r []string) bool { return r[1] >= "2026-01" && r[1] < "2026-07" })},
		"h21d-067": {f.countLog(func(r []string) bool { return strings.HasPrefix(r[4], "Planned") })},
		"h21d-068": f.parents("GB/T 5783 M8x25"),
		"h21d-069": {num(f.rollupBelow("CP200-BRG-00", is("GB/T 5783 M8x25")))},
		"h21d-070": {strconv.Itoa(len(f.suppliedBy("Shanghai Baoli")))},
		"h21d-071": h2SparesWhere(spares, func(r []string) bool { return atof(r[7]) <= 7 }),
		"h21d-072": {num(h21SparePriceSum(spares, "Ningbo Jinhai"))},
		"h21d-073": {spares["CP200-CTL-05"][7]},
		"h21d-074": {spares["6306 C3"][6]},
		"h21d-075": {h15Cell(t, fm, "Seal spring clogged", 5)},
		"h21d-076": {h15Cell(t, fm, "Contactor welded", 10)},
		"h21d-077": {h2LogField(t, f, "WO-25-0121", 5)},
		"h21d-078": {h2LogField(t, f, "WO-26-0131", 4)},
		"h21d-079": {h15RoutingTime("80")},
		"h21d-080": {strconv.Itoa(h2RoutingMinutes(60, 80))},
	}
}

// h21ItemWithLowestMeanRPN is the FMEA item whose failure modes have the
// lowest mean RPN.
func h21ItemWithLowestMeanRPN(f *demoFacts) string {
	best, lowest := "", -1.0
	for _, m := range f.fmea {
		if a := f.avg(m.item, func(x fmeaFact) int { return x.rpn }); lowest < 0 || a < lowest {
			best, lowest = m.item, a
		}
	}
	return best
}

// h21SealJobs counts the log entries that replaced the mechanical seal
// CP200-SEL-01 and adds up their downtime.
func h21SealJobs(f *demoFacts) []string {
	replacedSeal := func(r []string) bool { return strings.Contains(r[6], "CP200-SEL-01") }
	return []string{f.countLog(replacedSeal), num(f.totalDowntime(replacedSeal))}
}

// h21SparePriceSum adds up the unit prices of the internal spare parts sheet
// lines one supplier delivers.
func h21SparePriceSum(spares map[string][]string, supplier string) float64 {
	total := 0.0
	for _, r := range spares {
		if strings.HasPrefix(r[5], supplier) {
			total += atof(r[6])
		}
	}
	return h2Round2(total)
}

// heldout21CorpusComputed recomputes from the real files every value the
// twenty-first held-out corpus set expects as a count, mean, share, sum,
// distinct list, roll-up or single table cell.
func heldout21CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	fire := fm.meanWhere("Severity", colIs("Subsystem", "Fire Suppression System"))
	aid2 := wo.meanWhere("Work_Order_Total_Actual_Cost", colIs("AssetID", "AID2"))
	topOcc, _ := fm.highestMean("Subsystem", "Occurrence")
	openGoRail := func(r map[string]string) bool { return strings.HasPrefix(r["part #"], "1118-") }
	acFilterBlocked := func(r map[string]string) bool {
		return r["Component"] == "Air-conditioning" && r["Potential Failure Mode"] == "Blocked"
	}
	return map[string][]string{
		"h21c-036": {cell.fmea("Fuel Filter", "Physical damage", "Recommended Action")},
		"h21c-038": {cell.fmea("Door", "Wearing", "Current Controls")},
		"h21c-040": {cell.wo("2079", "ShortText")},
		"h21c-042": {cell.wo("2086", "Work_Order_Total_Actual_Cost")},
		"h21c-043": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return atof(r["Detection"]) >= 4 }))},
		"h21c-044": {num(h2Round2(fire)), num(h11Round1(fire))},
		"h21c-045": h2Percent(100 * float64(count(fm, "Recommended Action", "")) / float64(len(fm))),
		"h21c-046": {topOcc},
		"h21c-047": fm.distinct("Component", colIs("Subsystem", "Fire Suppression System")),
		"h21c-048": {strconv.Itoa(count(wo, "WorkCentre", "WC2"))},
		"h21c-049": {num(h2Round2(aid2)), strconv.FormatFloat(aid2, 'f', 0, 64)},
		"h21c-050": {strconv.Itoa(count(wo, "Functional_Location_Description", "hydraulic hoses & lines"))},
		"h21c-051": {num(h2Round2(h16RoverCost(osr, colIs("assembly", "rocker bogie"))))},
		"h21c-052": {num(osr.rollupWhere(openGoRail))},
		"h21c-053": {strconv.Itoa(count(osr, "assembly", "rocker bogie"))},
		"h21c-054": {strconv.Itoa(osr.countWhere(func(r map[string]string) bool { return price(r) < 3 }))},
		"h21c-055": {cell.part("servoblock", "part #")},
		"h21c-056": {cell.part("32mm bearing", "cost")},
		"h21c-057": {cell.fmea("Dump Cylinder", "Wearing", "Recommended Action")},
		"h21c-058": {cell.wo("2293", "Functional_Location_Description")},
		"h21c-059": {cell.wo("2250", "Work_Order_Basic_Start_Date")},
		"h21c-060": {h16FMEACell(t, fm, acFilterBlocked, "Recommended Action")},
	}
}

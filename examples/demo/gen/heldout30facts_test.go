package main

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// heldout30DemoComputed recomputes from the demo files every value the
// thirtieth held-out demo set expects as a count, mean, extreme, roll-up,
// where-used list, filtered list or single table cell.
func heldout30DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	rpn := func(m fmeaFact) int { return m.rpn }
	occurrence := func(m fmeaFact) int { return m.o }
	motorSeverity := h14FMEAMean(f, "Motor", fmeaSeverity)
	couplingMode, couplingTop := h19HighestRPNOf(f, "Coupling")
	withAction, _ := strconv.Atoi(f.countModes(func(m fmeaFact) bool { return m.action != "None" }))
	quietest, quietHours := h30LeastDowntime(f)
	p101in2026 := func(r []string) bool {
		return strings.Contains(r[2], "S/N 2403015") && strings.HasPrefix(r[1], "2026")
	}
	longest2025, longestHours := h11LongestDowntime(f, "2025")
	curve20 := h18SheetFields(t, "20", h18IsNumber)
	curve45 := h18SheetFields(t, "45", h18IsNumber)
	bolts := h18SheetFields(t, "Foundation bolt spacing", h18IsNumber)
	return map[string][]string{
		"h30d-029": {bolts[0], bolts[2]},
		"h30d-030": {h18SheetFields(t, "Shaft centre height", h18IsNumber)[0]},
		"h30d-033": {curve20[0], curve20[1]},
		"h30d-045": {spares["CP200-CAS-05"][5], spares["CP200-CAS-05"][7]},
		"h30d-047": {h14Torque(t, "Motor bolts")},
		"h30d-054": {f.countModes(func(m fmeaFact) bool { return m.s >= 8 })},
		"h30d-055": {num(h2Round2(h14FMEAMean(f, "Mechanical seal", occurrence)))},
		"h30d-056": {num(h2Round2(motorSeverity)), strconv.FormatFloat(motorSeverity, 'f', 1, 64)},
		"h30d-057": {h21ItemWithLowestMeanRPN(f), num(f.avg(h21ItemWithLowestMeanRPN(f), rpn))},
		"h30d-058": {couplingMode, strconv.Itoa(couplingTop)},
		"h30d-059": f.modes(func(m fmeaFact) bool { return m.o >= 5 }),
		"h30d-060": {num(h2Round2(float64(withAction) / float64(len(f.fmea)) * 100))},
		"h30d-061": {strconv.Itoa(h23PublicSparesStocked(t, 2))},
		"h30d-062": {f.countLog(func(r []string) bool { return strings.HasPrefix(r[4], "Planned") })},
		"h30d-063": {quietest, num(quietHours)},
		"h30d-064": {f.countLog(p101in2026), num(f.totalDowntime(p101in2026))},
		"h30d-065": {h15Cell(t, fm, "Phase loss not detected", 7)},
		"h30d-066": {h2LogField(t, f, "WO-26-0074", 4)},
		"h30d-067": {h2LogField(t, f, "WO-25-0182", 5)},
		"h30d-068": {longest2025, num(longestHours)},
		"h30d-069": {num(f.rollup(is("GB/T 93 10")))},
		"h30d-070": {num(f.rollup(is("GB/T 5783 M8x25")))},
		"h30d-071": f.parents("GB/T 5783 M10x30"),
		"h30d-072": {strconv.Itoa(h24DirectParts(f, "CP200-CTL-00"))},
		"h30d-073": f.suppliedBy("Luoyang Xinda"),
		"h30d-074": {f.bomField("CP200-SEL-02", 6)},
		"h30d-075": {num(h2Round2(h30MeanSpareLead(spares, "Ningbo Jinhai")))},
		"h30d-076": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return atof(r[6]) > 100 })))},
		"h30d-077": {strconv.Itoa(h2RoutingMinutes(90, 100))},
		"h30d-078": {strconv.Itoa(h17OperationsWithin(20))},
		"h30d-079": h30TorquesWithTool("Torque wrench 5–25"),
		"h30d-080": {curve45[0], curve45[3]},
	}
}

// h30LeastDowntime is the pump serial number with the fewest logged hours of
// downtime, and those hours.
func h30LeastDowntime(f *demoFacts) (string, float64) {
	best, least := "", math.Inf(1)
	for _, r := range f.log {
		_, rest, _ := strings.Cut(r[2], "S/N ")
		serial, _, _ := strings.Cut(rest, " ")
		if h := f.downtime(serial); h < least {
			best, least = serial, h
		}
	}
	return best, least
}

// h30MeanSpareLead is the mean lead time in days of the spares in bom.xlsx
// whose supplier starts with supplier.
func h30MeanSpareLead(spares map[string][]string, supplier string) float64 {
	sum, n := 0.0, 0
	for _, r := range spares {
		if strings.HasPrefix(r[5], supplier) {
			sum += atof(r[7])
			n++
		}
	}
	return sum / float64(n)
}

// h30TorquesWithTool counts the torque table's fasteners tightened with a
// tool whose name starts with tool, followed by their names.
func h30TorquesWithTool(tool string) []string {
	names := h11TorquesWithTool(tool)
	return append([]string{strconv.Itoa(len(names))}, names...)
}

// heldout30CorpusComputed recomputes from the real files every value the
// thirtieth held-out corpus set expects as a count, mean, extreme, sum,
// distinct list, roll-up, where-used list or single table cell.
func heldout30CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	costliest := wo.maxBy("Work_Order_Total_Actual_Cost")
	electricalOccurrence := fm.meanWhere("Occurrence", colIs("Subsystem", "Electrical System"))
	riskiest, riskiestRPN := h14HighestMean(fm, "Subsystem", "RPN")
	cooling := h14MaxWhere(fm, "RPN", colIs("Component", "Cooling System"))
	blank := fm.countWhere(func(r map[string]string) bool { return strings.TrimSpace(r["Recommended Action"]) == "" })
	blankShare := float64(blank) / float64(len(fm)) * 100
	aid2 := colIs("AssetID", "AID2")
	in2001 := func(r map[string]string) bool { return startYear(r) == "2001" }
	mean2001 := wo.meanWhere("Work_Order_Total_Actual_Cost", in2001)
	location, locationCount := mostCommon(wo, "Functional_Location_Description")
	dearest := osr.maxBy("cost")
	return map[string][]string{
		"h30c-039": {h30FMEACell(t, fm, "Dropbox", "Gears", "Wearing", "Recommended Action")},
		"h30c-041": {h30FMEACell(t, fm, "AFFF", "Activation System & Gauge", "Out of date / no test tag", "Potential Effect(s) of Failure")},
		"h30c-043": {costliest["PONumber"], costliest["Work_Order_Total_Actual_Cost"], costliest["ShortText"]},
		"h30c-045": {cell.wo("2043", "ShortText")},
		"h30c-046": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool {
			return r["Component"] == "Fuel System" && atof(r["RPN"]) >= 16
		}))},
		"h30c-047": {num(h2Round2(electricalOccurrence)), strconv.FormatFloat(electricalOccurrence, 'f', 1, 64)},
		"h30c-048": {riskiest, num(h2Round2(riskiestRPN)), strconv.FormatFloat(riskiestRPN, 'f', 1, 64)},
		"h30c-049": {cooling["Sub-Component"], cooling["RPN"]},
		"h30c-050": fm.distinct("Sub-Component", func(r map[string]string) bool {
			return r["Component"] == "Dropbox" && atof(r["RPN"]) >= 27
		}),
		"h30c-051": {strconv.Itoa(blank), num(h2Round2(blankShare)), strconv.FormatFloat(blankShare, 'f', 1, 64)},
		"h30c-052": {strconv.Itoa(wo.countWhere(aid2)), num(h11CostWhere(wo, aid2))},
		"h30c-053": {num(h2Round2(mean2001)), strconv.FormatFloat(mean2001, 'f', 0, 64)},
		"h30c-054": {location, strconv.Itoa(locationCount)},
		"h30c-055": {h13Cell(t, wo, "WorkCentre", "WC3", "ShortText")},
		"h30c-056": {num(h2Round2(osr.costWhere(colIs("assembly", "rocker bogie"))))},
		"h30c-057": {num(osr.rollupWhere(colIs("short name", "servo")))},
		"h30c-058": osr.distinct("assembly", colIs("short name", "3x5 grid plate")),
		"h30c-059": {dearest["short name"], strings.TrimPrefix(dearest["cost"], "$")},
		"h30c-060": {cell.part("clamping mount", "part #")},
	}
}

// h30FMEACell reads one cell of the first FMEA row of component,
// sub-component and failure mode that fills it: sub-components such as
// Gears recur under several components.
func h30FMEACell(t *testing.T, rows csvTable, component, sub, mode, col string) string {
	t.Helper()
	for _, r := range rows {
		if r["Component"] == component && r["Sub-Component"] == sub && r["Potential Failure Mode"] == mode && strings.TrimSpace(r[col]) != "" {
			return r[col]
		}
	}
	t.Fatalf("no FMEA %s for %s / %s / %s", col, component, sub, mode)
	return ""
}

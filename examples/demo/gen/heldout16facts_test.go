package main

import (
	"strconv"
	"strings"
	"testing"
)

// heldout16DemoComputed recomputes from the demo files every value the
// sixteenth held-out demo set expects as a count, mean, share, extreme,
// roll-up, where-used list or single table cell.
func heldout16DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	item, sum := h11ItemWithHighestRPNSum(f)
	rpn := func(m fmeaFact) int { return m.rpn }
	control := f.avg("Control box", rpn)
	e07 := h14MeanDowntime(f, func(r []string) bool { return strings.Contains(r[3], "E07") })
	lowest := h16LowestRPN(f)
	fastest := h16ShortestLead(spares)
	return map[string][]string{
		"h16d-016": {spares["CP200-CTL-05"][6]},
		"h16d-049": {h15Cell(t, fm, "Erosive wear of the vanes", 10)},
		"h16d-050": {h15Cell(t, fm, "Elastomer swelling", 5)},
		"h16d-051": {h15Cell(t, fm, "Hub slips on the shaft", 7)},
		"h16d-052": {h15Cell(t, fm, "Phase loss not detected", 3)},
		"h16d-053": {h15Cell(t, fm, "Grease contamination", 5)},
		"h16d-054": {h2LogField(t, f, "WO-25-0104", 4)},
		"h16d-055": {h2LogField(t, f, "WO-26-0095", 7)},
		"h16d-056": {h2LogField(t, f, "WO-26-0131", 5)},
		"h16d-057": {spares["6306 C3"][6]},
		"h16d-058": {spares["CP200-CAS-05"][7]},
		"h16d-059": {h15Torque("Seal gland bolts")},
		"h16d-060": {h15RoutingTime("110")},
		"h16d-061": {f.countModes(func(m fmeaFact) bool { return m.s >= 7 })},
		"h16d-062": {f.countModes(func(m fmeaFact) bool { return m.d >= 6 })},
		"h16d-063": {num(f.avg("", fmeaSeverity))},
		"h16d-064": {num(h10Share(f, func(m fmeaFact) bool { return m.rpn >= 100 }))},
		"h16d-065": {item, strconv.Itoa(sum)},
		"h16d-066": {num(control), num(h11Round1(control))},
		"h16d-067": {lowest.mode, strconv.Itoa(lowest.rpn)},
		"h16d-068": {num(f.totalDowntime(func(r []string) bool { return strings.HasPrefix(r[1], "2026") }))},
		"h16d-069": {f.countLog(func(r []string) bool { return strings.Contains(r[2], "S/N 2403015") })},
		"h16d-070": {num(h2Round2(e07)), num(h11Round1(e07))},
		"h16d-071": {f.countLog(func(r []string) bool { return r[6] == "none" })},
		"h16d-072": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return atof(r[6]) < 50 })))},
		"h16d-073": fastest,
		"h16d-074": {num(f.rollup(is("GB/T 5783 M6x16")))},
		"h16d-075": {num(f.rollup(boltM.MatchString))},
		"h16d-076": {num(f.rollup(is("CP200-BRG-03")))},
		"h16d-077": {num(f.rollupBelow("CP200-BSE-00", is("GB/T 5783 M10x30")))},
		"h16d-078": f.parents("CP200-BRG-04"),
		"h16d-079": f.parents("GB/T 5783 M10x30"),
		"h16d-080": {num(f.rollupBelow("CP200-SEL-00", is("GB/T 5783 M8x25")))},
	}
}

// h16LowestRPN is the failure mode with the lowest RPN (the first of a tie).
func h16LowestRPN(f *demoFacts) fmeaFact {
	low := f.fmea[0]
	for _, m := range f.fmea {
		if m.rpn < low.rpn {
			low = m
		}
	}
	return low
}

// h16ShortestLead is the spare with the shortest lead time, and that time.
func h16ShortestLead(spares map[string][]string) []string {
	best := ""
	for part, r := range spares {
		if best == "" || atof(r[7]) < atof(spares[best][7]) {
			best = part
		}
	}
	return []string{best, spares[best][7]}
}

// heldout16CorpusComputed recomputes from the real files every value the
// sixteenth held-out corpus set expects as a count, mean, sum, share,
// extreme, distinct list or single table cell.
func heldout16CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	powerFrame := colIs("Subsystem", "Power Frame")
	frameRPN := fm.meanWhere("RPN", powerFrame)
	fire := h14MaxWhere(fm, "RPN", colIs("Subsystem", "Fire Suppression System"))
	electrical := 100 * float64(count(fm, "Subsystem", "Electrical System")) / float64(len(fm))
	aircon := fm.meanWhere("RPN", colIs("Component", "Air-conditioning"))
	aid1 := h11CostWhere(wo, colIs("AssetID", "AID1")) / float64(count(wo, "AssetID", "AID1"))
	return map[string][]string{
		"h16c-002": {h16FMEACell(t, fm, func(r map[string]string) bool {
			return r["Sub-Component"] == "Differential" && strings.Contains(r["Potential Cause(s) of Failure"], "breather")
		}, "Recommended Action")},
		"h16c-004": {h13FMEACell(t, fm, "Cylinder", "Out of date / no test tag", "Current Controls")},
		"h16c-006": {cell.wo("2236", "ShortText")},
		"h16c-008": {cell.wo("2364", "WorkCentre"), cell.wo("2364", "ShortText")},
		"h16c-033": {h13FMEACell(t, fm, "Tie plate", "Cracking", "Recommended Action")},
		"h16c-034": {h13FMEACell(t, fm, "Suspension centre bearing", "Wearing", "RPN")},
		"h16c-035": {h13FMEACell(t, fm, "Grease Pump", "Wearing", "Recommended Action")},
		"h16c-036": {h13FMEACell(t, fm, "A-Frame", "Wearing", "Potential Cause(s) of Failure")},
		"h16c-037": {h16FMEACell(t, fm, func(r map[string]string) bool {
			return r["Component"] == "Air-conditioning" && r["Sub-Component"] == "Filter" && r["Potential Failure Mode"] == "Blocked"
		}, "Current Controls")},
		"h16c-038": {cell.wo("2295", "ShortText")},
		"h16c-039": {cell.wo("2505", "Work_Order_Total_Actual_Cost")},
		"h16c-040": {cell.wo("2131", "AssetID")},
		"h16c-041": {num(price(h13Row(t, osr, "short name", "Idler Bearing Hub")))},
		"h16c-042": {cell.part("29 hole beam", "req")},
		"h16c-043": {cell.part("dual block mount", "part #")},
		"h16c-044": {cell.part("144mm goRail", "part #")},
		"h16c-045": {strconv.Itoa(fm.countWhere(powerFrame))},
		"h16c-046": {num(h2Round2(frameRPN))},
		"h16c-047": {fire["Sub-Component"], num(atof(fire["RPN"]))},
		"h16c-048": fm.distinct("Component", powerFrame),
		"h16c-049": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return atof(r["Occurrence"]) >= 4 }))},
		"h16c-050": {num(h2Round2(electrical)), num(h11Round1(electrical))},
		"h16c-051": {num(h2Round2(aircon)), num(h11Round1(aircon))},
		"h16c-052": {strconv.Itoa(count(wo, "AssetID", "AID7"))},
		"h16c-053": {num(h2Round2(aid1))},
		"h16c-054": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return startYear(r) == "2001" }))},
		"h16c-055": {num(h11CostWhere(wo, colIs("Functional_Location_Description", "hydraulics")))},
		"h16c-056": {strconv.Itoa(count(wo, "WorkCentre", "WC2"))},
		"h16c-057": {strconv.Itoa(osr.countWhere(colIs("assembly", "rocker bogie")))},
		"h16c-058": {num(h2Round2(h16RoverCost(osr, colIs("assembly", "drive wheel"))))},
		"h16c-059": {num(h15PerRover(osr, colIs("part #", "1118-0024-0096")))},
		"h16c-060": {strconv.Itoa(osr.countWhere(func(r map[string]string) bool { return price(r) < 3 }))},
	}
}

// h16FMEACell is one column of the only FMEA row keep selects.
func h16FMEACell(t *testing.T, rows csvTable, keep func(map[string]string) bool, column string) string {
	t.Helper()
	var found []map[string]string
	for _, r := range rows {
		if keep(r) {
			found = append(found, r)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d FMEA rows selected, want 1", len(found))
	}
	return found[0][column]
}

// h16RoverCost is what the rows keep selects cost for one rover: unit price
// times the number required in the assembly times its multiplier.
func h16RoverCost(rows csvTable, keep func(map[string]string) bool) float64 {
	total := 0.0
	for _, r := range rows {
		if keep(r) {
			total += price(r) * atof(r["req"]) * atof(r["mult"])
		}
	}
	return total
}

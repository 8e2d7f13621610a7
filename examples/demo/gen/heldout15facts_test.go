package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// heldout15DemoComputed recomputes from the demo files every value the
// fifteenth held-out demo set expects as a count, mean, share, extreme,
// roll-up, where-used list or single table cell.
func heldout15DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	public, err := readCSV(filepath.Join(demoDir, "public", "spare_parts.csv"))
	if err != nil {
		t.Fatal(err)
	}
	item, modes := h15ItemWithMostModes(f)
	serial, hoursDown := h2MostDowntime(f)
	slow := h15LongestLead(spares)
	meanDown := f.totalDowntime(func([]string) bool { return true }) / float64(len(f.log))
	none, _ := strconv.Atoi(f.countModes(func(m fmeaFact) bool { return m.action == "None" }))
	return map[string][]string{
		"h15d-041": {h15Cell(t, fm, "Contactor welded", 10)},
		"h15d-042": {h15Cell(t, fm, "Seal spring clogged", 5)},
		"h15d-043": {h15Cell(t, fm, "Shaft fracture", 4)},
		"h15d-044": {h15Cell(t, fm, "Shaft corrosion under the sleeve", 3)},
		"h15d-045": {h2LogField(t, f, "WO-25-0256", 4)},
		"h15d-046": {h2LogField(t, f, "WO-26-0119", 7)},
		"h15d-047": h15Parts(h2LogField(t, f, "WO-25-0289", 6)),
		"h15d-048": {spares["CP200-CTL-05"][7]},
		"h15d-049": {spares["CP200-CAS-03"][6]},
		"h15d-050": {h15Torque("Coupling set screws")},
		"h15d-051": {h15Torque("Motor bolts")},
		"h15d-052": {h15RoutingTime("80")},
		"h15d-053": {f.bomField("CP200-BRG-04", 8)},
		"h15d-054": {f.bomField("CP200-BRG-01", 6)},
		"h15d-055": {h15PublicSpare(public, "CP200-BRG-04", 3)},
		"h15d-056": {h15PublicSpare(public, "CP200-IMP-02", 5)},
		"h15d-057": {f.countModes(func(m fmeaFact) bool { return m.s >= 8 })},
		"h15d-058": {num(f.avg("", func(m fmeaFact) int { return m.rpn })), num(h11Round1(f.avg("", func(m fmeaFact) int { return m.rpn })))},
		"h15d-059": {item, strconv.Itoa(modes)},
		"h15d-060": {num(h2Round2(100 * float64(none) / float64(len(f.fmea))))},
		"h15d-061": {f.countModes(func(m fmeaFact) bool { return m.o >= 4 })},
		"h15d-062": {num(f.avg("Mechanical seal", func(m fmeaFact) int { return m.d }))},
		"h15d-063": {f.countRPN(func(r int) bool { return r >= 100 })},
		"h15d-064": {num(f.totalDowntime(func(r []string) bool { return strings.HasPrefix(r[1], "2025") }))},
		"h15d-065": {f.countLog(func(r []string) bool { return strings.Contains(r[2], "S/N 2406055") })},
		"h15d-066": {num(h2Round2(meanDown)), num(h11Round1(meanDown))},
		"h15d-067": {serial, num(hoursDown)},
		"h15d-068": {f.countLog(func(r []string) bool { return strings.Contains(r[6], "CP200-SEL-01") })},
		"h15d-069": slow,
		"h15d-070": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return atof(r[7]) <= 7 })))},
		"h15d-071": {strconv.Itoa(h2RoutingMinutes(30, 70))},
		"h15d-072": {h2Count(routing[1:], func(r []string) bool { return atof(r[3]) >= 30 })},
		"h15d-073": {h2Count(torques[1:], func(r []string) bool { return r[1] == "40 N·m" })},
		"h15d-074": {strconv.Itoa(len(f.suppliedBy("Hangzhou Kexin")))},
		"h15d-075": {num(f.rollup(is("GB/T 5783 M10x30")))},
		"h15d-076": {num(f.rollup(is("GB/T 5783 M8x25")))},
		"h15d-077": {num(f.rollup(is("CP200-BRG-04")))},
		"h15d-078": {num(f.rollupBelow("CP200-BSE-00", is("GB/T 93 10")))},
		"h15d-079": f.parents("GB/T 93 10"),
		"h15d-080": f.parents("GB/T 5783 M8x25"),
	}
}

// h15FMEARows reads every row of the FMEA sheet, the header dropped.
func h15FMEARows(t *testing.T) [][]string {
	t.Helper()
	rows, err := openWorkbook(t, filepath.Join(demoDir, "internal", "fmea.xlsx")).GetRows("FMEA")
	if err != nil {
		t.Fatal(err)
	}
	return rows[1:]
}

// h15Cell is one column of the FMEA row of a failure mode.
func h15Cell(t *testing.T, rows [][]string, mode string, col int) string {
	t.Helper()
	for _, r := range rows {
		if r[2] == mode {
			return r[col]
		}
	}
	t.Fatalf("no failure mode %q", mode)
	return ""
}

// h15Parts splits a log's parts-replaced field into part numbers.
func h15Parts(field string) []string {
	var out []string
	for _, p := range strings.Split(field, ";") {
		p = strings.TrimSpace(p)
		if i := strings.Index(p, " x"); i > 0 {
			p = p[:i]
		}
		out = append(out, p)
	}
	return out
}

func h15Torque(prefix string) string {
	for _, r := range torques[1:] {
		if strings.HasPrefix(r[0], prefix) {
			return r[1]
		}
	}
	return "no fastener " + prefix
}

func h15RoutingTime(op string) string {
	for _, r := range routing[1:] {
		if r[0] == op {
			return r[3]
		}
	}
	return "no operation " + op
}

func h15PublicSpare(rows [][]string, part string, col int) string {
	for _, r := range rows[1:] {
		if r[0] == part {
			return r[col]
		}
	}
	return "no spare " + part
}

// h15ItemWithMostModes is the FMEA item with the most failure modes.
func h15ItemWithMostModes(f *demoFacts) (string, int) {
	counts := map[string]int{}
	best := ""
	for _, m := range f.fmea {
		counts[m.item]++
		if counts[m.item] > counts[best] {
			best = m.item
		}
	}
	return best, counts[best]
}

// h15LongestLead is the spare with the longest lead time, and that time.
func h15LongestLead(spares map[string][]string) []string {
	best := ""
	for part, r := range spares {
		if best == "" || atof(r[7]) > atof(spares[best][7]) {
			best = part
		}
	}
	return []string{best, spares[best][7]}
}

// heldout15CorpusComputed recomputes from the real files every value the
// fifteenth held-out corpus set expects as a count, mean, sum, extreme,
// distinct list, where-used list or single table cell.
func heldout15CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	all := func(map[string]string) bool { return true }
	fmeaCell := func(sub, mode, column string) string {
		for _, r := range fm {
			if r["Sub-Component"] == sub && r["Potential Failure Mode"] == mode {
				return r[column]
			}
		}
		return "no FMEA row " + sub + " " + mode
	}
	woCell := func(po, column string) string {
		for _, r := range wo {
			if r["PONumber"] == po {
				return r[column]
			}
		}
		return "no work order " + po
	}
	partCell := func(keep func(map[string]string) bool, column string) string {
		for _, r := range osr {
			if keep(r) {
				return r[column]
			}
		}
		return "no part"
	}
	hydraulic := fm.meanWhere("RPN", colIs("Subsystem", "Hydraulic System"))
	dcu := 0.0
	for _, r := range fm {
		if r["Component"] == "Data Collection Unit (DCU)" {
			dcu = max(dcu, atof(r["RPN"]))
		}
	}
	costliest := wo[0]
	for _, r := range wo {
		if atof(r["Work_Order_Total_Actual_Cost"]) > atof(costliest["Work_Order_Total_Actual_Cost"]) {
			costliest = r
		}
	}
	dearest := h11Cheapest(osr)
	for _, r := range osr {
		if price(r) > price(dearest) {
			dearest = r
		}
	}
	return map[string][]string{
		"h15c-002": {fmeaCell("Fuel Tank", "Cracked or leaking", "Current Controls")},
		"h15c-004": {fmeaCell("Fuel Cooler", "Leaking", "Recommended Action")},
		"h15c-006": {woCell("2374", "ShortText")},
		"h15c-008": {woCell("2255", "ShortText")},
		"h15c-039": {strconv.Itoa(count(fm, "Subsystem", "Power Train"))},
		"h15c-040": {num(h2Round2(hydraulic)), num(h11Round1(hydraulic))},
		"h15c-041": fm.distinct("Component", colIs("Subsystem", "Load Frame")),
		"h15c-042": {num(dcu)},
		"h15c-043": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return atof(r["Detection"]) >= 5 }))},
		"h15c-044": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return strings.TrimSpace(r["Recommended Action"]) == "" }))},
		"h15c-045": {strconv.Itoa(len(fm.distinct("Subsystem", all)))},
		"h15c-046": {strconv.Itoa(count(wo, "AssetID", "AID2"))},
		"h15c-047": {num(h11CostWhere(wo, all))},
		"h15c-048": {num(h11CostWhere(wo, colIs("AssetID", "AID9")))},
		"h15c-049": {strconv.Itoa(count(wo, "Functional_Location_Description", "mast"))},
		"h15c-050": {costliest["PONumber"], num(atof(costliest["Work_Order_Total_Actual_Cost"]))},
		"h15c-051": {strconv.Itoa(osr.countWhere(colIs("assembly", "body")))},
		"h15c-052": {dearest["part #"], num(price(dearest))},
		"h15c-053": {num(h2Round2(h15PriceTimesQty(osr, colIs("assembly", "body"))))},
		"h15c-054": {num(h15PerRover(osr, colIs("part #", "1116-0024-0040")))},
		"h15c-055": osr.distinct("short name", colIs("assembly", "general")),
		"h15c-056": osr.distinct("assembly", colIs("part #", "1120-0002-0072")),
		"h15c-057": {fmeaCell("Fuel Cooler", "Dirt build-up", "Potential Cause(s) of Failure")},
		"h15c-058": {fmeaCell("Fuel Tank", "Cracked or leaking", "Severity")},
		"h15c-059": {num(price(osr[h15Row(osr, colIs("part #", "2000-0025-0002"))]))},
		"h15c-060": {partCell(colIs("short name", "8mm Sonic Hub"), "part #")},
	}
}

func h15Row(rows csvTable, keep func(map[string]string) bool) int {
	for i, r := range rows {
		if keep(r) {
			return i
		}
	}
	return -1
}

// h15PriceTimesQty sums unit price times the number required in one
// assembly, before the assembly's multiplier.
func h15PriceTimesQty(rows csvTable, keep func(map[string]string) bool) float64 {
	total := 0.0
	for _, r := range rows {
		if keep(r) {
			total += price(r) * atof(r["req"])
		}
	}
	return total
}

// h15PerRover is the number of a part in one rover: the number required in
// each assembly times that assembly's multiplier.
func h15PerRover(rows csvTable, keep func(map[string]string) bool) float64 {
	total := 0.0
	for _, r := range rows {
		if keep(r) {
			total += atof(r["req"]) * atof(r["mult"])
		}
	}
	return total
}

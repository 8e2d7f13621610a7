package main

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// heldout23DemoComputed recomputes from the demo files every value the
// twenty-third held-out demo set expects as a count, share, mean, sum,
// extreme, roll-up, where-used list or single table cell.
func heldout23DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	occurrence := func(m fmeaFact) int { return m.o }
	detection := func(m fmeaFact) int { return m.d }
	busyItem, busyMean := h14ItemWithHighestMean(f, occurrence)
	chiller := func(r []string) bool { return strings.Contains(r[2], "S/N 2404102") }
	in2026 := func(r []string) bool { return strings.HasPrefix(r[1], "2026") }
	thirdQuarter := func(r []string) bool { return r[1] >= "2025-07" && r[1] < "2025-10" }
	largest, parts := h23AssemblyWithMostParts(f)
	meanOperation := h23MeanOperationMinutes()
	return map[string][]string{
		"h23d-004": {h23PartNumber(f, "Motor protection relay HC-10")},
		"h23d-006": {f.bomField("CP200-IMP-01", 8)},
		"h23d-008": {f.bomField("CP200-CTL-01", 2)},
		"h23d-030": {h18SheetFields(t, "Pump", h18IsNumber)[0]},
		"h23d-034": {f.countRPN(func(r int) bool { return r < 80 })},
		"h23d-035": {busyItem, num(h2Round2(busyMean))},
		"h23d-036": {num(f.avg("Control box", detection))},
		"h23d-037": {num(f.avg("", occurrence))},
		"h23d-038": h2Percent(h10Share(f, func(m fmeaFact) bool { return m.o >= 4 })),
		"h23d-039": h23MostDetectable(f),
		"h23d-040": {num(f.totalDowntime(func([]string) bool { return true }))},
		"h23d-041": {f.countLog(chiller), num(f.downtime("2404102"))},
		"h23d-042": {f.countLog(func(r []string) bool { return h14FaultCode.MatchString(r[3]) })},
		"h23d-043": {num(h2Round2(h14MeanDowntime(f, in2026)))},
		"h23d-044": f.workOrders(func(r []string) bool { return hours(r) > 8 }),
		"h23d-045": {f.countLog(thirdQuarter)},
		"h23d-046": h23AtRevision(f, "C"),
		"h23d-047": {largest, strconv.Itoa(parts)},
		"h23d-048": {strconv.Itoa(len(f.suppliedBy("Shanghai Baoli")))},
		"h23d-049": {num(h23SpareStockValueOf(spares, "Ningbo Jinhai"))},
		"h23d-050": h2SparesWhere(spares, func(r []string) bool { return atof(r[6]) < 10 }),
		"h23d-051": {strconv.Itoa(h23PublicSparesStocked(t, 2))},
		"h23d-052": {num(h2Round2(meanOperation)), strconv.FormatFloat(meanOperation, 'f', 1, 64)},
		"h23d-053": h11TorquesWithTool("Torque wrench 20–100"),
		"h23d-054": {h15Cell(t, fm, "Elastomer swelling", 10)},
		"h23d-055": {h15Cell(t, fm, "Contactor welded", 5)},
		"h23d-056": {h15Cell(t, fm, "Bearing overheating", 7)},
		"h23d-057": {h2LogField(t, f, "WO-25-0182", 4)},
		"h23d-058": {h2LogField(t, f, "WO-26-0048", 5)},
		"h23d-059": {f.bomField("CP200-CPL-01", 6)},
		"h23d-060": {spares["CP200-CAS-05"][7]},
		"h23d-061": {h14Torque(t, "Coupling guard")},
		"h23d-062": {h14RoutingTime(t, "30")},
		"h23d-063": {h19PublicStock(t, "CP200-CTL-06")},
		"h23d-064": {num(h18RollupInside(f, "CP200-CAS-00"))},
		"h23d-065": {num(f.rollup(is("CP200-BRG-03")))},
		"h23d-066": {num(h18RollupInside(f, "CP200-SEL-00"))},
		"h23d-067": f.parentsWhere(func(r []string) bool { return r[6] == "HT200" }),
		"h23d-068": f.parentsWhere(func(r []string) bool { return strings.Contains(r[6], "304") }),
		"h23d-069": f.parents("6306 C3"),
		"h23d-072": {h18SheetFields(t, "30", h18IsNumber)[0]},
	}
}

// h23PartNumber is the part number of the BOM line whose description is
// description.
func h23PartNumber(f *demoFacts, description string) string {
	for _, r := range f.bom {
		if r[2] == description {
			return r[1]
		}
	}
	return "no BOM line " + description
}

// h23MostDetectable is the FMEA failure mode with the highest detection
// rating, and that rating.
func h23MostDetectable(f *demoFacts) []string {
	best := f.fmea[0]
	for _, m := range f.fmea {
		if m.d > best.d {
			best = m
		}
	}
	return []string{best.mode, strconv.Itoa(best.d)}
}

// h23AtRevision lists the BOM lines at one revision, once each.
func h23AtRevision(f *demoFacts, revision string) []string {
	var out []string
	for _, r := range f.bom {
		if r[7] == revision && !slices.Contains(out, r[1]) {
			out = append(out, r[1])
		}
	}
	return out
}

// h23AssemblyWithMostParts is the level-1 assembly with the most lines
// directly below it, and how many.
func h23AssemblyWithMostParts(f *demoFacts) (string, int) {
	counts := map[string]int{}
	best, current := "", ""
	for _, r := range f.bom {
		switch r[0] {
		case "1":
			current = r[1]
		case "2":
			counts[current]++
			if counts[current] > counts[best] {
				best = current
			}
		}
	}
	return best, counts[best]
}

// h23SpareStockValueOf is what the recommended stock of one supplier's
// lines of the internal spare parts sheet costs.
func h23SpareStockValueOf(spares map[string][]string, supplier string) float64 {
	total := 0.0
	for _, r := range spares {
		if strings.HasPrefix(r[5], supplier) {
			total += atof(r[3]) * atof(r[6])
		}
	}
	return h2Round2(total)
}

// h23PublicSparesStocked counts the lines of the public spare parts list
// whose recommended stock is at least least.
func h23PublicSparesStocked(t *testing.T, least float64) int {
	n := 0
	for _, r := range h14PublicSpares(t) {
		if atof(r[2]) >= least {
			n++
		}
	}
	return n
}

// h23MeanOperationMinutes is the mean standard time of the SOP's
// operations.
func h23MeanOperationMinutes() float64 {
	total := 0
	for _, r := range routing[1:] {
		total += h2Atoi(r[3])
	}
	return float64(total) / float64(len(routing)-1)
}

// heldout23CorpusComputed recomputes from the real files every value the
// twenty-third held-out corpus set expects as a count, mean, sum, extreme,
// distinct list, roll-up, where-used list or single table cell.
func heldout23CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	wearing, wearingRows := mostCommon(fm, "Potential Failure Mode")
	engine, engineRows := h13MostCommonWithin(fm, colIs("Subsystem", "Power Unit"), "Component")
	blind, detection := h23LowestMean(fm, "Subsystem", "Detection")
	hoses := colIs("Functional_Location_Description", "hydraulic hoses & lines")
	aid5 := wo.meanWhere("Work_Order_Total_Actual_Cost", colIs("AssetID", "AID5"))
	dearest := h23DearestIn(t, osr, "rocker bogie")
	over20 := func(r map[string]string) bool { return price(r) > 20 }
	shortName := func(word string) func(map[string]string) bool {
		return func(r map[string]string) bool { return strings.Contains(strings.ToLower(r["short name"]), word) }
	}
	partIs := func(prefix string) func(map[string]string) bool {
		return func(r map[string]string) bool { return strings.HasPrefix(r["part #"], prefix) }
	}
	noControls := func(r map[string]string) bool {
		return strings.TrimSpace(r["Current Controls"]) == "No current controls"
	}
	return map[string][]string{
		"h23c-002": {cell.fmea("Batteries", "End of usable life", "Recommended Action")},
		"h23c-004": {cell.fmea("Exhaust Stack", "Physical damage", "Recommended Action")},
		"h23c-006": {cell.wo("2284", "ShortText")},
		"h23c-008": {cell.wo("2430", "ShortText")},
		"h23c-023": {strconv.Itoa(count(fm, "Severity", "1"))},
		"h23c-024": {wearing, strconv.Itoa(wearingRows)},
		"h23c-025": {engine, strconv.Itoa(engineRows)},
		"h23c-026": {blind, num(h2Round2(detection)), strconv.FormatFloat(detection, 'f', 1, 64)},
		"h23c-027": {strconv.Itoa(fm.countWhere(noControls))},
		"h23c-028": {num(h2Round2(fm.meanWhere("RPN", colIs("Subsystem", "Power Frame"))))},
		"h23c-029": {strconv.Itoa(len(fm.distinct("Component", colIs("Subsystem", "Electrical System"))))},
		"h23c-030": {strconv.Itoa(count(wo, "AssetID", "AID2"))},
		"h23c-031": {strconv.Itoa(wo.countWhere(hoses)), num(h11CostWhere(wo, hoses))},
		"h23c-032": {num(h2Round2(aid5)), strconv.FormatFloat(aid5, 'f', 0, 64)},
		"h23c-033": {dearest["short name"], num(price(dearest))},
		"h23c-034": append([]string{strconv.Itoa(osr.countWhere(over20))}, osr.distinct("short name", over20)...),
		"h23c-035": {num(osr.rollupWhere(partIs("1501-")))},
		"h23c-036": {num(osr.rollupWhere(partIs("1611-0514-0008")))},
		"h23c-037": osr.distinct("assembly", shortName("bearing")),
		"h23c-038": osr.distinct("assembly", shortName("gorail")),
		"h23c-039": {cell.part("ball linkage 2pack", "part #")},
		"h23c-040": {num(price(h13Row(t, osr, "short name", "goTube endcap")))},
		"h23c-041": {cell.part("32mm 6mm spacer 2 pack", "req")},
		"h23c-042": {cell.fmea("Fuel Pump", "Leaking", "Recommended Action")},
		"h23c-043": {cell.wo("2160", "Work_Order_Total_Actual_Cost")},
		"h23c-044": {cell.wo("2496", "Work_Order_Basic_Start_Date")},
	}
}

// h23LowestMean is the value of group whose rows have the lowest mean of
// col, and that mean.
func h23LowestMean(rows csvTable, group, col string) (string, float64) {
	best, least := "", math.Inf(1)
	for _, g := range rows.distinct(group, func(map[string]string) bool { return true }) {
		if m := rows.meanWhere(col, func(r map[string]string) bool { return r[group] == g }); m < least {
			best, least = g, m
		}
	}
	return best, least
}

// h23DearestIn is the first line of one rover assembly with the highest
// unit price.
func h23DearestIn(t *testing.T, rows csvTable, assembly string) map[string]string {
	t.Helper()
	var best map[string]string
	for _, r := range rows {
		if r["assembly"] == assembly && (best == nil || price(r) > price(best)) {
			best = r
		}
	}
	if best == nil {
		t.Fatalf("no rover assembly %q", assembly)
	}
	return best
}

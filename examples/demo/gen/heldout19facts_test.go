package main

import (
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// heldout19DemoComputed recomputes from the demo files every value the
// nineteenth held-out demo set expects as a count, mean, extreme, roll-up,
// where-used list or single table cell.
func heldout19DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	detection := func(m fmeaFact) int { return m.d }
	occurrence := func(m fmeaFact) int { return m.o }
	boxMode, boxRPN := h19HighestRPNOf(f, "Control box")
	likeliest, meanOccurrence := h14ItemWithHighestMean(f, occurrence)
	dear := h2SparesWhere(spares, func(r []string) bool { return atof(r[6]) > 100 })
	smallWrench := h11TorquesWithTool("Torque wrench 5–25")
	return map[string][]string{
		"h19d-016": {h15Torque("Motor bolts")},
		"h19d-020": {f.bomField("CP200-CTL-04", 8)},
		"h19d-036": {h15Cell(t, fm, "Contactor welded", 10)},
		"h19d-037": {h15Cell(t, fm, "Seal spring clogged", 5)},
		"h19d-038": {h15Cell(t, fm, "Shaft corrosion under the sleeve", 7)},
		"h19d-039": {h15Cell(t, fm, "Rotor imbalance", 8)},
		"h19d-040": {h2LogField(t, f, "WO-25-0090", 4)},
		"h19d-041": {h2LogField(t, f, "WO-26-0119", 6)},
		"h19d-042": {h2LogField(t, f, "WO-25-0240", 5)},
		"h19d-043": {f.bomField("CP200-CTL-05", 6)},
		"h19d-044": {f.bomField("GB/T 1096 8x7x32", 6)},
		"h19d-045": {spares["CP200-CTL-05"][6]},
		"h19d-046": {spares["LUB-LiX-2"][7]},
		"h19d-047": {h15Torque("Coupling guard bolts")},
		"h19d-048": {h15RoutingTime("80")},
		"h19d-049": {h19PublicStock(t, "CP200-CTL-06")},
		"h19d-050": {f.countModes(func(m fmeaFact) bool { return m.s >= 8 })},
		"h19d-051": {f.countModes(func(m fmeaFact) bool { return m.action == "None" })},
		"h19d-052": {num(f.avg("Mechanical seal", detection))},
		"h19d-053": {boxMode, strconv.Itoa(boxRPN)},
		"h19d-054": {f.countLog(func(r []string) bool { return strings.Contains(r[2], "S/N 2409210") })},
		"h19d-055": {num(f.totalLogHours(func(r []string) bool { return strings.HasPrefix(r[1], "2026") }))},
		"h19d-056": {f.countLog(func(r []string) bool { return r[6] == "none" })},
		"h19d-057": f.longestDowntime(),
		"h19d-058": append([]string{strconv.Itoa(len(dear))}, dear...),
		"h19d-059": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return atof(r[7]) >= 14 })))},
		"h19d-060": {num(f.rollup(is("GB/T 93 10")))},
		"h19d-061": {num(f.rollupRows(func(r []string) bool { return strings.HasPrefix(r[1], "GB/T 5783 ") }))},
		"h19d-062": f.parents("GB/T 93 10"),
		"h19d-063": f.parentsWhere(suppliedBy("Ningbo Jinhai")),
		"h19d-064": {strconv.Itoa(len(f.suppliedBy("Taizhou Hengxin")))},
		"h19d-065": {strconv.Itoa(h2RoutingMinutes(90, 100))},
		"h19d-066": append([]string{strconv.Itoa(len(smallWrench))}, smallWrench...),
		"h19d-067": {likeliest, num(h2Round2(meanOccurrence))},
		"h19d-071": {h18SheetFields(t, "30", h18IsNumber)[1]},
		"h19d-072": {h18SheetFields(t, "Pump", h18IsNumber)[0]},
	}
}

// h19HighestRPNOf is the failure mode of one FMEA item with the highest
// RPN, and that RPN.
func h19HighestRPNOf(f *demoFacts, item string) (string, int) {
	best := fmeaFact{rpn: -1}
	for _, m := range f.fmea {
		if strings.HasPrefix(m.item, item) && m.rpn > best.rpn {
			best = m
		}
	}
	return best.mode, best.rpn
}

// h19PublicStock is the recommended stock of one line of the public spare
// parts list.
func h19PublicStock(t *testing.T, part string) string {
	t.Helper()
	rows, err := readCSV(filepath.Join(demoDir, "public", "spare_parts.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if r[0] == part {
			return r[3]
		}
	}
	t.Fatalf("spare_parts.csv has no line %s", part)
	return ""
}

// heldout19CorpusComputed recomputes from the real files every value the
// nineteenth held-out corpus set expects as a count, mean, share, sum,
// distinct list, roll-up, where-used list or single table cell.
func heldout19CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	hydraulic := fm.meanWhere("Severity", colIs("Subsystem", "Hydraulic System"))
	electrical := 100 * float64(count(fm, "Subsystem", "Electrical System")) / float64(len(fm))
	detected, meanDetection := fm.highestMean("Subsystem", "Detection")
	return map[string][]string{
		"h19c-008": {cell.wo("2461", "ShortText")},
		"h19c-010": {cell.wo("1975", "ShortText")},
		"h19c-012": {cell.fmea("Crank", "Wearing components", "Recommended Action")},
		"h19c-014": {cell.fmea("Door", "Wearing", "Current Controls")},
		"h19c-023": {cell.fmea("Mass air flow sensor", "Overloading", "Potential Cause(s) of Failure")},
		"h19c-024": {cell.fmea("Compressor", "Corrosion", "Potential Effect(s) of Failure")},
		"h19c-025": {cell.fmea("Electronic control unit (ECU)", "Overloading", "RPN")},
		"h19c-026": {cell.fmea("Ignition switch", "Corrosion", "Potential Effect(s) of Failure")},
		"h19c-027": {cell.wo("2289", "Work_Order_Total_Actual_Cost")},
		"h19c-028": {cell.wo("2009", "AssetID")},
		"h19c-029": {cell.wo("2189", "Work_Order_Basic_Start_Date")},
		"h19c-030": {cell.wo("2379", "Functional_Location_Description")},
		"h19c-031": {num(price(h13Row(t, osr, "short name", "servo")))},
		"h19c-032": {cell.part("joint pattern spacer", "req")},
		"h19c-033": {cell.part("control arm", "part #")},
		"h19c-034": {num(price(h13Row(t, osr, "short name", "goTube endcap")))},
		"h19c-035": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return atof(r["Detection"]) == 1 }))},
		"h19c-036": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return atof(r["Occurrence"]) >= 4 }))},
		"h19c-037": {num(h2Round2(hydraulic)), num(h11Round1(hydraulic))},
		"h19c-038": {num(h2Round2(electrical))},
		"h19c-039": fm.distinct("Component", colIs("Subsystem", "Power Frame")),
		"h19c-040": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return strings.TrimSpace(r["Recommended Action"]) == "" }))},
		"h19c-041": {detected, num(h2Round2(meanDetection))},
		"h19c-042": {strconv.Itoa(count(wo, "AssetID", "AID9"))},
		"h19c-043": {num(math.Round(h11CostWhere(wo, func(r map[string]string) bool { return startYear(r) == "2007" })))},
		"h19c-044": {strconv.Itoa(count(wo, "WorkCentre", "WC2"))},
		"h19c-045": {num(osr.rollupWhere(func(r map[string]string) bool { return h19LongName(r, "U-Channel") }))},
		"h19c-046": {num(h2Round2(osr.costWhere(colIs("assembly", "body"))))},
		"h19c-047": osr.distinct("assembly", func(r map[string]string) bool { return strings.HasPrefix(r["part #"], "1102-") }),
		"h19c-048": {strconv.Itoa(count(osr, "assembly", "body"))},
	}
}

// h19LongName says whether a rover row's long name, which may run over
// several fields when it holds unquoted commas, contains word.
func h19LongName(r map[string]string, word string) bool {
	return strings.Contains(r["long name"], word) || strings.Contains(r["link"], word)
}

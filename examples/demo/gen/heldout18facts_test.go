package main

import (
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// heldout18DemoComputed recomputes from the demo files every value the
// eighteenth held-out demo set expects as a count, mean, share, extreme,
// roll-up, where-used list or single table cell.
func heldout18DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	rpn := func(m fmeaFact) int { return m.rpn }
	severity := func(m fmeaFact) int { return m.s }
	severest, meanSeverity := h14ItemWithHighestMean(f, severity)
	jinhai := h2SparesWhere(spares, func(r []string) bool { return strings.HasPrefix(r[5], "Ningbo Jinhai") })
	jinhaiMean := h18MeanSparePrice(spares, jinhai)
	lowTorques := h18TorquesBelow(20)
	bolts := h18SheetFields(t, "Foundation bolt spacing", h18IsNumber)
	return map[string][]string{
		"h18d-014": {f.bomField("CP200-MOT-00", 2)},
		"h18d-016": {f.bomField("CP200-CAS-03", 6)},
		"h18d-037": {h18SheetFields(t, "30", h18IsNumber)[0]},
		"h18d-038": {bolts[0], bolts[2], bolts[5]},
		"h18d-043": {h18SheetFields(t, "Shipping weight (crate)", h18IsNumber)[0]},
		"h18d-044": {h18SheetFields(t, "Motor", h18IsNumber)[0]},
		"h18d-046": {h18SheetFields(t, "Shaft", func(s string) bool { return !h18IsNumber(s) && s != "centre" })[0], f.bomField("CP200-SFT-01", 6)},
		"h18d-049": {spares["CP200-CAS-03"][6]},
		"h18d-050": {spares["CP200-CPL-03"][7]},
		"h18d-051": {f.bomField("CP200-BRG-01", 8)},
		"h18d-052": {f.bomField("CP200-BRG-04", 6)},
		"h18d-053": {h15Cell(t, fm, "Hub slips on the shaft", 5)},
		"h18d-054": {h15Cell(t, fm, "Grease contamination", 3)},
		"h18d-055": {h15Cell(t, fm, "Elastomer swelling", 10)},
		"h18d-056": {h15Cell(t, fm, "Phase loss not detected", 7)},
		"h18d-057": {h2LogField(t, f, "WO-25-0182", 4)},
		"h18d-058": {h2LogField(t, f, "WO-25-0256", 7)},
		"h18d-059": {h15Torque("Bearing cover bolts")},
		"h18d-060": {h15RoutingTime("110")},
		"h18d-061": {f.countModes(func(m fmeaFact) bool { return m.d >= 6 })},
		"h18d-062": {num(f.avg("Motor", rpn))},
		"h18d-063": {num(h10Share(f, func(m fmeaFact) bool { return m.o <= 2 }))},
		"h18d-064": {severest, num(h2Round2(meanSeverity))},
		"h18d-065": {f.countRPN(func(r int) bool { return r <= 60 })},
		"h18d-066": {num(f.downtime("2404102"))},
		"h18d-067": {f.countLog(func(r []string) bool { return h14FaultCode.MatchString(r[3]) })},
		"h18d-068": {num(h2Round2(h11MeanDowntime(f, replaced("CP200-SEL-01"))))},
		"h18d-069": {f.countLog(replaced("CP200-CPL-03"))},
		"h18d-070": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return atof(r[7]) <= 7 })))},
		"h18d-071": {num(h2Round2(jinhaiMean)), num(h11Round1(jinhaiMean))},
		"h18d-072": {strconv.Itoa(h18OperationsAtLeast(30))},
		"h18d-073": lowTorques,
		"h18d-074": {strconv.Itoa(len(f.suppliedBy("Hangzhou Kexin")))},
		"h18d-075": {num(f.rollupRows(suppliedBy("Ningbo Jinhai")))},
		"h18d-076": {num(f.rollupRows(func(r []string) bool { return r[6] == "HT200" }))},
		"h18d-077": {num(h18RollupInside(f, "CP200-CPL-00"))},
		"h18d-078": {num(f.rollupUnder("CP200-BRG-00", "GB/T 5783 M8x25"))},
		"h18d-079": f.parents("GB/T 5783 M12x40"),
		"h18d-080": f.parentsWhere(suppliedBy("Taizhou Hengxin")),
	}
}

// h18MeanSparePrice is the mean unit price of the named lines of the
// internal spare parts sheet.
func h18MeanSparePrice(spares map[string][]string, parts []string) float64 {
	sum := 0.0
	for _, p := range parts {
		sum += atof(spares[p][6])
	}
	return sum / float64(len(parts))
}

// h18OperationsAtLeast counts the routing operations whose standard time is
// limit minutes or more.
func h18OperationsAtLeast(limit int) int {
	n := 0
	for _, r := range routing[1:] {
		if h2Atoi(r[3]) >= limit {
			n++
		}
	}
	return n
}

// h18TorquesBelow counts the torque table's fasteners tightened to less than
// limit N·m and names them, the count first.
func h18TorquesBelow(limit float64) []string {
	var names []string
	for _, r := range torques[1:] {
		if h13Torque(r) < limit {
			names = append(names, r[0])
		}
	}
	return append([]string{strconv.Itoa(len(names))}, names...)
}

// h18RollupInside is the number of pieces below one level-1 assembly, each
// line times the quantities of the sub-assemblies above it.
func h18RollupInside(f *demoFacts, assembly string) float64 {
	inside := false
	return f.rollupRows(func(r []string) bool {
		if r[0] == "1" {
			inside = r[1] == assembly
			return false
		}
		return inside && r[5] == "pcs"
	})
}

// h18IsNumber says whether s is a plain decimal number.
func h18IsNumber(s string) bool { _, err := strconv.ParseFloat(s, 64); return err == nil }

// h18SheetFields reads the data sheet's PDF text and returns the fields
// after label on the first line that starts with label and whose next field
// first accepts, the way its tables (curve points, dimensions, weights,
// materials) print one row per line.
func h18SheetFields(t *testing.T, label string, first func(string) bool) []string {
	t.Helper()
	for _, page := range pdfPages(t, filepath.Join(demoDir, "public", "spec_sheet.pdf")) {
		for _, line := range strings.Split(page, "\n") {
			rest, ok := strings.CutPrefix(strings.TrimSpace(line), label+" ")
			fields := strings.Fields(rest)
			if !ok || len(fields) == 0 {
				continue
			}
			if first(fields[0]) {
				return fields
			}
		}
	}
	t.Fatalf("data sheet has no row %q", label)
	return nil
}

// heldout18CorpusComputed recomputes from the real files every value the
// eighteenth held-out corpus set expects as a count, mean, share, sum,
// distinct list, roll-up, where-used list or single table cell.
func heldout18CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	powerTrain := colIs("Subsystem", "Power Train")
	investigated := func(r map[string]string) bool {
		return strings.TrimSuffix(strings.TrimSpace(r["Current Controls"]), ".") == "Investigated upon component failure"
	}
	trainRPN := fm.meanWhere("RPN", powerTrain)
	severityFour := 100 * float64(fm.countWhere(func(r map[string]string) bool { return atof(r["Severity"]) == 4 })) / float64(len(fm))
	aid1 := h11CostWhere(wo, colIs("AssetID", "AID1")) / float64(count(wo, "AssetID", "AID1"))
	bogie := h9MeanPrice(osr, colIs("assembly", "rocker bogie"))
	return map[string][]string{
		"h18c-002": {cell.fmea("Fuel Tank", "Cracked or leaking", "Recommended Action")},
		"h18c-004": {cell.wo("2079", "ShortText")},
		"h18c-006": {cell.fmea("Brakes", "Wearing", "Recommended Action")},
		"h18c-008": {cell.wo("2043", "ShortText")},
		"h18c-035": {cell.fmea("Tie plate", "Cracking", "Recommended Action")},
		"h18c-036": {cell.fmea("Tyre", "Balding", "RPN")},
		"h18c-037": {cell.fmea("Lock-up clutch", "Wearing", "Potential Effect(s) of Failure")},
		"h18c-038": {cell.wo("2255", "Work_Order_Total_Actual_Cost")},
		"h18c-039": {cell.wo("2374", "AssetID"), cell.wo("2374", "Functional_Location_Description")},
		"h18c-040": {cell.wo("2509", "Work_Order_Basic_Start_Date")},
		"h18c-041": {cell.part("Idler Bearing Hub", "part #")},
		"h18c-042": {num(price(h13Row(t, osr, "short name", "32mm bearing")))},
		"h18c-043": {cell.part("29 hole beam", "req")},
		"h18c-044": {cell.part("servoblock", "req")},
		"h18c-045": {strconv.Itoa(fm.countWhere(investigated))},
		"h18c-046": fm.distinct("Component", colIs("Subsystem", "Hydraulic System")),
		"h18c-047": {num(h2Round2(trainRPN)), num(h11Round1(trainRPN))},
		"h18c-048": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return powerTrain(r) && atof(r["RPN"]) >= 30 }))},
		"h18c-049": {num(h2Round2(severityFour)), num(math.Round(severityFour))},
		"h18c-050": {strconv.Itoa(count(fm, "Component", "Programmable Logic Controller (PLC)"))},
		"h18c-051": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return strings.Contains(strings.ToLower(r["ShortText"]), "hose") }))},
		"h18c-052": {num(h11CostWhere(wo, colIs("AssetID", "AID7")))},
		"h18c-053": {num(h2Round2(aid1)), num(math.Round(aid1))},
		"h18c-054": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return startYear(r) == "2001" }))},
		"h18c-055": {strconv.Itoa(count(wo, "Functional_Location_Description", "hydraulic hoses & lines"))},
		"h18c-056": {num(h2Round2(bogie))},
		"h18c-057": {num(osr.rollupWhere(func(r map[string]string) bool { return strings.Contains(r["long name"], "Open goRAIL") }))},
		"h18c-058": {num(osr.rollupWhere(colIs("part #", "3202-0001-2501")))},
		"h18c-059": osr.distinct("assembly", colIs("part #", "1116-0024-0040")),
		"h18c-060": osr.distinct("assembly", colIs("part #", "1611-0514-0008")),
	}
}

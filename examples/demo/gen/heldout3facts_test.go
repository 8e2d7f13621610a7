package main

import (
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// heldout3DemoComputed recomputes, from the demo files, every value the
// aggregate and single-record questions of heldout3_demo.jsonl expect.
func heldout3DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	fm, log := f.fmea, f.log
	hours := func(r []string) float64 { h, _ := strconv.ParseFloat(r[7], 64); return h }
	meanDowntime := f.totalLogHours(func([]string) bool { return true }) / float64(len(log))
	ctlOcc := h3Mean(fm, func(m fmeaFact) bool { return strings.HasPrefix(m.item, "Control box") }, func(m fmeaFact) int { return m.o })
	supplier, supplierParts := h3TopOutsideSupplier(f)
	spares := h2Spares(t)
	cheapest := h3SpareBy(spares, 6, -1)
	slowest := h3SpareBy(spares, 7, 1)
	price := func(part string) float64 { return h2Float(spares[part][6]) }
	return map[string][]string{
		"h3d-001": {f.countModes(func(m fmeaFact) bool { return m.d >= 6 })},
		"h3d-002": {f.countModes(func(m fmeaFact) bool { return m.o == 2 })},
		"h3d-003": {num(f.avg("Motor", func(m fmeaFact) int { return m.rpn }))},
		"h3d-004": {num(h2Round2(ctlOcc)), strconv.FormatFloat(ctlOcc, 'f', 1, 64)},
		"h3d-005": {f.countModes(func(m fmeaFact) bool { return m.s >= 9 })},
		"h3d-006": {strconv.Itoa(h3SumRPN(fm, "Bearing assembly"))},
		"h3d-007": {f.countModes(func(m fmeaFact) bool { return m.rpn >= 90 && m.rpn <= 100 })},
		"h3d-008": {f.countModes(func(m fmeaFact) bool { return m.action != "None" })},
		"h3d-009": {strconv.Itoa(h3NoControls(t))},
		"h3d-010": {f.countLog(func(r []string) bool { return strings.Contains(r[2], "S/N 2403015") })},
		"h3d-011": {num(f.downtime("2404102"))},
		"h3d-012": {f.countLog(func(r []string) bool { return strings.HasPrefix(r[3], "Seal leaking") })},
		"h3d-013": {f.countLog(func(r []string) bool { return hours(r) >= 5 })},
		"h3d-014": {num(h2Round2(meanDowntime))},
		"h3d-015": {f.countLog(func(r []string) bool { return r[6] == "none" })},
		"h3d-016": {f.countLog(func(r []string) bool { return strings.Contains(r[6], "CP200-CPL-03") })},
		"h3d-017": {strconv.Itoa(h2RoutingMinutes(90, 100))},
		"h3d-018": {strconv.Itoa(h2RoutingMinutes(10, 50))},
		"h3d-019": {supplier, strconv.Itoa(supplierParts)},
		"h3d-020": {strconv.Itoa(len(f.suppliedBy("Hangzhou Kexin")))},
		"h3d-021": {num(f.rollupRows(func(r []string) bool { return strings.HasPrefix(r[8], "Shanghai Baoli") }))},
		"h3d-022": {num(f.rollup(is("CP200-BRG-03")))},
		"h3d-023": {num(f.rollupBelow("CP200-BSE-00", is("GB/T 93 10")))},
		"h3d-024": {strconv.Itoa(len(h3PartsBelow(f, "CP200-CTL-00")))},
		"h3d-025": f.parents("GB/T 5783 M6x16"),
		"h3d-026": f.parents("GB/T 5783 M12x40"),
		"h3d-027": f.parents("CP200-SLV-01"),
		"h3d-028": {cheapest[0], cheapest[6]},
		"h3d-029": {slowest[0], slowest[7]},
		"h3d-030": {num(h2Round2(price("CP200-SEL-01") + 2*price("CP200-SEL-03")))},
	}
}

func h3Mean(fm []fmeaFact, keep func(fmeaFact) bool, value func(fmeaFact) int) float64 {
	sum, n := 0, 0
	for _, m := range fm {
		if keep(m) {
			sum += value(m)
			n++
		}
	}
	return float64(sum) / float64(n)
}

func h3SumRPN(fm []fmeaFact, itemPrefix string) int {
	total := 0
	for _, m := range fm {
		if strings.HasPrefix(m.item, itemPrefix) {
			total += m.rpn
		}
	}
	return total
}

// h3NoControls counts the FMEA rows whose Current Controls column says None,
// a column demoFacts does not keep.
func h3NoControls(t *testing.T) int {
	t.Helper()
	rows, err := openWorkbook(t, filepath.Join(demoDir, "internal", "fmea.xlsx")).GetRows("FMEA")
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][7] != "Current Controls" {
		t.Fatalf("FMEA column 8 is %q", rows[0][7])
	}
	n := 0
	for _, r := range rows[1:] {
		if r[7] == "None" {
			n++
		}
	}
	return n
}

// h3TopOutsideSupplier is the supplier, other than the pump maker itself,
// that delivers the most distinct parts of the BOM.
func h3TopOutsideSupplier(f *demoFacts) (string, int) {
	parts := map[string][]string{}
	for _, r := range f.bom {
		if !strings.Contains(r[8], "in-house") && !slices.Contains(parts[r[8]], r[1]) {
			parts[r[8]] = append(parts[r[8]], r[1])
		}
	}
	names := slices.Sorted(maps.Keys(parts))
	best := slices.MaxFunc(names, func(a, b string) int { return len(parts[a]) - len(parts[b]) })
	return best, len(parts[best])
}

// h3PartsBelow lists the distinct parts anywhere below one level-1 assembly.
func h3PartsBelow(f *demoFacts, assembly string) []string {
	var out []string
	inside := false
	for _, r := range f.bom {
		if r[0] == "0" || r[0] == "1" {
			inside = r[1] == assembly
			continue
		}
		if inside && !slices.Contains(out, r[1]) {
			out = append(out, r[1])
		}
	}
	return out
}

// h3SpareBy is the spare part row with the lowest (sign -1) or highest
// (sign 1) value in one numeric column.
func h3SpareBy(spares map[string][]string, col, sign int) []string {
	parts := slices.Sorted(maps.Keys(spares))
	best := slices.MaxFunc(parts, func(a, b string) int {
		d := h2Float(spares[a][col]) - h2Float(spares[b][col])
		switch {
		case d*float64(sign) > 0:
			return 1
		case d*float64(sign) < 0:
			return -1
		}
		return 0
	})
	return spares[best]
}

// heldout3CorpusComputed recomputes, from the real files, every value the
// aggregate and single-record questions of heldout3_corpus.jsonl expect.
func heldout3CorpusComputed(t *testing.T) map[string][]string {
	t.Helper()
	rover, fmea, wo := heldoutCorpusTables(t)
	is := cellIs
	qty := func(part string) string { return num(roverTotalQty(rover.where(is("part #", part)))) }
	cheapest := slices.MinFunc(rover, func(a, b map[string]string) int {
		return int(100 * (h2Float(a["cost pp"]) - h2Float(b["cost pp"])))
	})
	puRPN := fmea.where(is("Subsystem", "Power Unit")).col("RPN")
	ptSev := fmea.where(is("Subsystem", "Power Train")).col("Severity")
	subsystem, subsystemRPN := fmea.sumBy("Subsystem", "RPN")
	aid8 := wo.where(is("AssetID", "AID8")).col("Work_Order_Total_Actual_Cost")
	costliest := slices.MaxFunc(wo, func(a, b map[string]string) int {
		return int(h2Float(a["Work_Order_Total_Actual_Cost"]) - h2Float(b["Work_Order_Total_Actual_Cost"]))
	})
	po := func(number, col string) []string { return []string{wo.one(t, is("PONumber", number))[col]} }
	return map[string][]string{
		"h3c-001": {qty("1916-0014-0072")},
		"h3c-002": {qty("1106-0012-0096")},
		"h3c-003": {num(roverCost(rover.where(is("short name", "motor"))))},
		"h3c-004": {num(roverCost(rover.where(is("assembly", "drive wheel"))))},
		"h3c-005": {num(roverCost(rover.where(is("assembly", "corner"))))},
		"h3c-006": h2Distinct(rover.where(is("part #", "1120-0002-0072")).col("assembly")),
		"h3c-007": {h2N(rover.where(is("assembly", "body")))},
		"h3c-008": {cheapest["part #"], strings.TrimPrefix(cheapest["cost pp"], "$")},
		"h3c-009": {h2N(rover.where(func(r map[string]string) bool { return strings.Contains(r["long name"], "ServoCity") }))},
		"h3c-010": {qty("1604-0043-0032")},
		"h3c-011": {qty("1137-0001-0001")},
		"h3c-012": {h2N(fmea.where(is("Subsystem", "Power Frame")))},
		"h3c-013": {h2N(fmea.where(func(r map[string]string) bool { return h2Float(r["RPN"]) == 12 }))},
		"h3c-014": {h2N(fmea.where(func(r map[string]string) bool { return h2Float(r["Detection"]) >= 4 }))},
		"h3c-015": h3Mean2(puRPN),
		"h3c-016": {subsystem, num(subsystemRPN)},
		"h3c-017": {strconv.Itoa(len(h2Distinct(fmea.col("Subsystem"))))},
		"h3c-018": {h2N(fmea.where(is("Severity", "4")))},
		"h3c-019": h2Distinct(fmea.where(is("Subsystem", "Hydraulic System")).col("Component")),
		"h3c-020": {h2N(fmea.where(is("Component", "Transmission")))},
		"h3c-021": h3Mean2(ptSev),
		"h3c-022": h2Percent(float64(len(fmea.where(func(r map[string]string) bool { return h2Float(r["RPN"]) >= 24 }))) * 100 / float64(len(fmea)))[:2],
		"h3c-023": {h2N(fmea.where(is("Subsystem", "Load Frame")))},
		"h3c-024": {h2N(wo.where(is("AssetID", "AID1")))},
		"h3c-025": {h2N(wo.where(func(r map[string]string) bool { return strings.HasSuffix(r["Work_Order_Basic_Start_Date"], "/2007") }))},
		"h3c-026": {h2N(wo.where(is("WorkCentre", "WC2")))},
		"h3c-027": {h2N(wo.where(is("Work_Order_Type", "Z")))},
		"h3c-028": {num(h2Sum(wo.where(is("AssetID", "AID2")).col("Work_Order_Total_Actual_Cost")))},
		"h3c-029": slices.Concat(h3Mean2(aid8), []string{strconv.FormatFloat(h2Sum(aid8)/float64(len(aid8)), 'f', 0, 64)}),
		"h3c-030": {h2N(wo.where(func(r map[string]string) bool { return strings.Contains(strings.ToLower(r["ShortText"]), "pump") }))},
		"h3c-031": {costliest["PONumber"], costliest["Work_Order_Total_Actual_Cost"]},
		"h3c-032": po("2337", "ShortText"),
		"h3c-033": po("2160", "Functional_Location_Description"),
		"h3c-034": po("2447", "ShortText"),
	}
}

// h3Mean2 writes a mean as answers round it: to two decimals and to one.
func h3Mean2(values []string) []string {
	m := h2Sum(values) / float64(len(values))
	return []string{num(h2Round2(m)), strconv.FormatFloat(m, 'f', 1, 64)}
}

// heldoutCorpusTables reads the real corpus's rover parts list, FMEA sheet and
// work-order log, the tables the corpus sets' computed questions ask over.
func heldoutCorpusTables(t *testing.T) (rover, fmea, wo h2Table) {
	t.Helper()
	same := func(r []string) []string { return r }
	return h2ReadCSV(t, "osr-bom/parts_list.csv", roverRow),
		h2ReadCSV(t, "fmea-hybrid-rag/data/dataset/fmea_dataset_filled.csv", same),
		h2ReadCSV(t, "mwo-workorders/work_orders.csv", same)
}

// cellIs keeps the rows whose col holds exactly value.
func cellIs(col, value string) func(map[string]string) bool {
	return func(r map[string]string) bool { return r[col] == value }
}

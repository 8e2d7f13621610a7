package main

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// heldout12DemoComputed recomputes, from the demo files, every value the
// aggregate and single-record questions of heldout12_demo.jsonl expect.
func heldout12DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	fm := f.fmea
	spares := h2Spares(t)
	rows := h12FMEARows(t)
	supplier, parts := h12TopOutsideSupplier(f)
	longest := h12LongestLead(spares)
	slowest := h12SlowestOperation()
	control := f.byRPN("Control box")[0]
	lowItem, lowAvg := h12LowestItemByAvgRPN(f)
	serial, e07 := h12MostE07(f)
	total := h2Atoi(routingTotal())
	in2026 := func(r []string) bool { return strings.HasPrefix(r[1], "2026") }
	return map[string][]string{
		"h12d-016": {strconv.Itoa(total), num(float64(total) / 60)},
		"h12d-050": {h2ModeCause(t, "Hub slips on the shaft")},
		"h12d-051": {h2Mode(t, fm, "Phase loss not detected").action},
		"h12d-052": {h12FMEAField(t, rows, "Contactor welded", 3)},
		"h12d-053": {h2LogField(t, f, "WO-25-0256", 4)},
		"h12d-054": {spares["CP200-CAS-05"][7]},
		"h12d-055": {f.bomField("CP200-CPL-03", 8)},
		"h12d-056": {h12Torque(t, "Motor bolts")},
		"h12d-057": {f.bomField("CP200-SLV-01", 6)},
		"h12d-058": {h2LogField(t, f, "WO-26-0119", 6)},
		"h12d-059": {num(f.rollup(boltM.MatchString))},
		"h12d-060": {num(f.rollup(is("GB/T 5783 M8x25")))},
		"h12d-061": f.parents("GB/T 93 10"),
		"h12d-062": f.parents("GB/T 5783 M8x25"),
		"h12d-063": {strconv.Itoa(len(h2Distinct(h2Map(f.bom, func(r []string) string { return r[8] }))))},
		"h12d-064": {supplier, strconv.Itoa(parts)},
		"h12d-065": {longest[0], longest[7]},
		"h12d-066": h2SparesWhere(spares, func(r []string) bool { return h2Atoi(r[7]) <= 7 }),
		"h12d-067": {num(h12PublicSpareStock(t, "pcs"))},
		"h12d-068": {slowest[1], slowest[3]},
		"h12d-069": {strconv.Itoa(h2RoutingMinutes(10, 50))},
		"h12d-070": {h2Count(torques[1:], func(r []string) bool { return strings.HasPrefix(r[2], "Torque wrench 5–25") })},
		"h12d-071": {h2Count(fm, func(m fmeaFact) bool { return m.s >= 7 })},
		"h12d-072": {control.mode, strconv.Itoa(control.rpn)},
		"h12d-073": {num(f.avg("Mechanical seal", func(m fmeaFact) int { return m.d }))},
		"h12d-074": {lowItem, num(lowAvg)},
		"h12d-075": h12ModesWithoutControls(rows),
		"h12d-076": {f.countRPN(func(r int) bool { return r < 70 })},
		"h12d-077": {num(f.totalLogHours(func(r []string) bool { return strings.Contains(r[2], "S/N 2403016") }))},
		"h12d-078": f.workOrders(func(r []string) bool { return strings.Contains(r[6], "CP200-SEL-01") }),
		"h12d-079": {serial, strconv.Itoa(e07)},
		"h12d-080": {num(h2Round2(f.totalLogHours(in2026) / float64(h2Atoi(f.countLog(in2026)))))},
	}
}

// h12FMEARows reads fmea.xlsx as it stands, every column kept.
func h12FMEARows(t *testing.T) [][]string {
	t.Helper()
	rows, err := openWorkbook(t, filepath.Join(demoDir, "internal", "fmea.xlsx")).GetRows("FMEA")
	if err != nil {
		t.Fatal(err)
	}
	return rows[1:]
}

// h12FMEAField is one cell of the failure mode's row.
func h12FMEAField(t *testing.T, rows [][]string, mode string, col int) string {
	t.Helper()
	for _, r := range rows {
		if r[2] == mode {
			return r[col]
		}
	}
	t.Fatalf("no FMEA failure mode %q", mode)
	return ""
}

// h12ModesWithoutControls lists the failure modes whose Current Controls
// column says None.
func h12ModesWithoutControls(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		if strings.TrimSpace(r[7]) == "None" {
			out = append(out, r[2])
		}
	}
	return out
}

// h12TopOutsideSupplier is the supplier, other than the in-house shop, that
// supplies the most distinct part numbers, and how many.
func h12TopOutsideSupplier(f *demoFacts) (string, int) {
	parts := map[string][]string{}
	var order []string
	for _, r := range f.bom {
		if strings.Contains(r[8], "in-house") {
			continue
		}
		if _, ok := parts[r[8]]; !ok {
			order = append(order, r[8])
		}
		if !slices.Contains(parts[r[8]], r[1]) {
			parts[r[8]] = append(parts[r[8]], r[1])
		}
	}
	best := ""
	for _, s := range order {
		if best == "" || len(parts[s]) > len(parts[best]) {
			best = s
		}
	}
	return best, len(parts[best])
}

// h12LongestLead is the spare parts row with the longest lead time.
func h12LongestLead(spares map[string][]string) []string {
	var best []string
	for _, r := range spares {
		if best == nil || h2Atoi(r[7]) > h2Atoi(best[7]) {
			best = r
		}
	}
	return best
}

// h12SlowestOperation is the routing row with the longest standard time.
func h12SlowestOperation() []string {
	best := routing[1]
	for _, r := range routing[1:] {
		if h2Atoi(r[3]) > h2Atoi(best[3]) {
			best = r
		}
	}
	return best
}

func h12Torque(t *testing.T, fastener string) string {
	t.Helper()
	for _, r := range torques[1:] {
		if strings.HasPrefix(r[0], fastener) {
			return r[1]
		}
	}
	t.Fatalf("no torque for %s", fastener)
	return ""
}

// h12LowestItemByAvgRPN is the FMEA item whose failure modes have the lowest
// mean RPN, and that mean rounded to two places.
func h12LowestItemByAvgRPN(f *demoFacts) (string, float64) {
	best, bestAvg := "", 0.0
	for _, m := range f.fmea {
		if a := f.avg(m.item, func(x fmeaFact) int { return x.rpn }); best == "" || a < bestAvg {
			best, bestAvg = m.item, a
		}
	}
	return best, bestAvg
}

// h12MostE07 is the serial number with the most E07 work orders, and how many.
func h12MostE07(f *demoFacts) (string, int) {
	n := map[string]int{}
	best := ""
	for _, r := range f.log {
		if !strings.Contains(r[3], "E07") {
			continue
		}
		s := h2Serial.FindStringSubmatch(r[2])[1]
		n[s]++
		if best == "" || n[s] > n[best] {
			best = s
		}
	}
	return best, n[best]
}

// h12PublicSpareStock sums the recommended stock of the public spare parts
// list over the rows counted in unit.
func h12PublicSpareStock(t *testing.T, unit string) float64 {
	t.Helper()
	rows, err := readCSV(filepath.Join(demoDir, "public", "spare_parts.csv"))
	if err != nil {
		t.Fatal(err)
	}
	total := 0.0
	for _, r := range rows[1:] {
		if r[4] == unit {
			v, _ := strconv.ParseFloat(r[3], 64)
			total += v
		}
	}
	return total
}

// heldout12CorpusComputed recomputes, from the real files, every value the
// aggregate and single-record questions of heldout12_corpus.jsonl expect.
func heldout12CorpusComputed(t *testing.T) map[string][]string {
	t.Helper()
	rover := h2ReadCSV(t, "osr-bom/parts_list.csv", roverRow)
	fmea := h2ReadCSV(t, "fmea-hybrid-rag/data/dataset/fmea_dataset_filled.csv", func(r []string) []string { return r })
	wo := h2ReadCSV(t, "mwo-workorders/work_orders.csv", func(r []string) []string { return r })
	po := func(n string) map[string]string {
		return wo.one(t, func(r map[string]string) bool { return r["PONumber"] == n })
	}
	short := func(name string) map[string]string {
		return rover.one(t, func(r map[string]string) bool { return r["short name"] == name })
	}
	pn := func(p string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["part #"] == p }
	}
	asm := func(a string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["assembly"] == a }
	}
	sub := func(s string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["Subsystem"] == s }
	}
	dearest := slices.MaxFunc(rover.where(asm("rocker bogie")), func(a, b map[string]string) int {
		return int(100 * (h2Float(a["cost pp"]) - h2Float(b["cost pp"])))
	})
	frame := slices.MaxFunc(fmea.where(sub("Power Frame")), func(a, b map[string]string) int {
		return int(h2Float(a["RPN"]) - h2Float(b["RPN"]))
	})
	hydraulic := fmea.where(sub("Hydraulic System"))
	hydraulicMean := h2Sum(hydraulic.col("RPN")) / float64(len(hydraulic))
	return map[string][]string{
		"h12c-026": {po("2346")["ShortText"]},
		"h12c-027": {po("2255")["AssetID"]},
		"h12c-028": {po("2079")["Work_Order_Basic_Start_Date"]},
		"h12c-029": {short("servo")["part #"]},
		"h12c-030": {strings.TrimPrefix(short("41 hole beam")["cost pp"], "$")},
		"h12c-031": {fmea.one(t, func(r map[string]string) bool {
			return r["Sub-Component"] == "Activation System & Gauge" && r["Potential Failure Mode"] == "Out of date / no test tag"
		})["RPN"]},
		"h12c-032": {fmea.one(t, func(r map[string]string) bool { return r["Sub-Component"] == "Suspension centre bearing" })["Current Controls"]},
		"h12c-033": {fmea.one(t, func(r map[string]string) bool {
			return r["Component"] == "Filters" && r["Potential Failure Mode"] == "Blockage"
		})["Recommended Action"]},
		"h12c-034": {strings.TrimPrefix(short("D-Hub clamp")["cost pp"], "$")},
		"h12c-035": {num(roverTotalQty(rover.where(pn("3202-0001-2501"))))},
		"h12c-036": {num(roverTotalQty(rover.where(pn("1504-0032-0020"))))},
		"h12c-037": {num(roverCost(rover.where(asm("corner"))))},
		"h12c-038": {num(roverCost(rover.where(asm("drive wheel"))))},
		"h12c-039": h2Distinct(rover.where(func(r map[string]string) bool {
			return strings.Contains(strings.ToLower(r["short name"]), "gorail")
		}).col("assembly")),
		"h12c-040": {dearest["short name"], strings.TrimPrefix(dearest["cost pp"], "$")},
		"h12c-041": {h2N(rover.where(asm("body")))},
		"h12c-042": {num(roverTotalQty(rover.where(asm("rocker bogie"))))},
		"h12c-043": {h2N(fmea.where(sub("Power Frame")))},
		"h12c-044": {frame["Sub-Component"], frame["RPN"]},
		"h12c-045": {num(h2Round2(hydraulicMean)), strconv.FormatFloat(hydraulicMean, 'f', 1, 64)},
		"h12c-046": h2Distinct(fmea.where(sub("Load Frame")).col("Potential Failure Mode")),
		"h12c-047": {h2N(fmea.where(func(r map[string]string) bool { return h2Float(r["Severity"]) >= 4 }))},
		"h12c-048": {h2N(fmea.where(func(r map[string]string) bool { return h2Float(r["Detection"]) == 5 }))},
		"h12c-049": {h2N(wo.where(func(r map[string]string) bool { return r["AssetID"] == "AID1" }))},
		"h12c-050": {num(h2Sum(wo.where(func(r map[string]string) bool { return r["AssetID"] == "AID8" }).col("Work_Order_Total_Actual_Cost")))},
		"h12c-051": {h2N(wo.where(func(r map[string]string) bool { return r["WorkCentre"] == "WC2" }))},
	}
}

package main

import (
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// heldout4DemoComputed recomputes, from the demo files, every value the
// aggregate and single-record questions of heldout4_demo.jsonl expect.
func heldout4DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	fm := f.fmea
	bearingDetection := h3Mean(fm, func(m fmeaFact) bool { return strings.HasPrefix(m.item, "Bearing assembly") }, func(m fmeaFact) int { return m.d })
	severest := slices.MaxFunc(fm, func(a, b fmeaFact) int { return a.s - b.s })
	detect5 := float64(h2Atoi(f.countModes(func(m fmeaFact) bool { return m.d >= 5 }))) * 100 / float64(len(fm))
	in2025 := func(r []string) bool { return strings.HasPrefix(r[1], "2025") }
	mean2025 := f.totalLogHours(in2025) / float64(h2Atoi(f.countLog(in2025)))
	serial, serialHours := h4LeastDowntime(f)
	spares := h2Spares(t)
	dearest := h3SpareBy(spares, 6, 1)
	return map[string][]string{
		"h4d-030": {f.bomField("CP200-CPL-01", 8), f.bomField("CP200-CPL-02", 8)},
		"h4d-031": {spares["CP200-IMP-01"][6], spares["CP200-IMP-01"][7]},
		"h4d-032": {h2Mode(t, fm, "Seal spring clogged").action},
		"h4d-033": {h2ModeCause(t, "Shaft fracture")},
		"h4d-034": {h2LogField(t, f, "WO-25-0121", 5)},
		"h4d-035": {h2LogField(t, f, "WO-26-0119", 6)},
		"h4d-036": {h4ModeColumn(t, "Hub slips on the shaft", "Potential Effect")},
		"h4d-038": {f.countModes(func(m fmeaFact) bool { return m.o == 3 })},
		"h4d-039": {num(h2Round2(bearingDetection)), strconv.FormatFloat(bearingDetection, 'f', 1, 64)},
		"h4d-040": {severest.mode, strconv.Itoa(severest.s)},
		"h4d-041": h2Percent(detect5),
		"h4d-042": {num(f.downtime("2403016"))},
		"h4d-043": {f.countLog(func(r []string) bool { return strings.Contains(r[3], "E04") })},
		"h4d-044": {serial, num(serialHours)},
		"h4d-045": {num(h2Round2(mean2025))},
		"h4d-046": {strconv.Itoa(len(f.suppliedBy("Jiaxing Lianda")))},
		"h4d-047": {dearest[0], dearest[6]},
		"h4d-048": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return h2Atoi(r[7]) <= 7 })))},
		"h4d-049": {strconv.Itoa(len(h3PartsBelow(f, "CP200-CPL-00")))},
		"h4d-050": {strconv.Itoa(len(h3PartsBelow(f, "CP200-ROT-00")))},
		"h4d-051": {num(f.rollupBelow("CP200-BRG-00", is("GB/T 5783 M8x25")))},
		"h4d-052": {num(f.rollupBelow("CP200-BSE-00", is("GB/T 5783 M10x30")))},
		"h4d-053": f.parents("GB/T 5783 M8x25"),
		"h4d-054": f.parents("CP200-BSE-02"),
		"h4d-056": {strconv.Itoa(h2RoutingMinutes(70, 110))},
		"h4d-058": {h4Torque(t, "Impeller nut")},
		"h4d-062": {spares["CP200-SEL-01"][6]},
		"h4d-064": {f.bomField("CP200-CTL-04", 8)},
		"h4d-072": {h4Torque(t, "Motor bolts")},
	}
}

// h4LeastDowntime is the pump serial number with the fewest downtime hours
// over the whole log; a tie would make the question ambiguous.
func h4LeastDowntime(f *demoFacts) (string, float64) {
	hours := map[string]float64{}
	for _, r := range f.log {
		hours[h2Serial.FindStringSubmatch(r[2])[1]] += h2Float(r[7])
	}
	serials := slices.Sorted(maps.Keys(hours))
	best := slices.MinFunc(serials, func(a, b string) int { return int(100 * (hours[a] - hours[b])) })
	for _, s := range serials {
		if s != best && hours[s] == hours[best] {
			return "tie between " + s + " and " + best, hours[best]
		}
	}
	return best, hours[best]
}

// h4ModeColumn reads one column of the FMEA row of a failure mode, by its
// header, including the columns demoFacts does not keep.
func h4ModeColumn(t *testing.T, mode, column string) string {
	t.Helper()
	rows, err := openWorkbook(t, filepath.Join(demoDir, "internal", "fmea.xlsx")).GetRows("FMEA")
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], column)
	if col < 0 {
		t.Fatalf("FMEA has no column %q", column)
	}
	for _, r := range rows[1:] {
		if r[2] == mode {
			return r[col]
		}
	}
	t.Fatalf("no FMEA failure mode %q", mode)
	return ""
}

// h4Torque is the torque the SOP's torque table gives a fastener, as a bare
// number of newton metres.
func h4Torque(t *testing.T, fastener string) string {
	t.Helper()
	for _, r := range torques[1:] {
		if strings.HasPrefix(r[0], fastener) {
			return strings.TrimSuffix(r[1], " N·m")
		}
	}
	t.Fatalf("no torque for %q", fastener)
	return ""
}

// heldout4CorpusComputed recomputes, from the real files, every value the
// aggregate and single-record questions of heldout4_corpus.jsonl expect.
func heldout4CorpusComputed(t *testing.T) map[string][]string {
	t.Helper()
	rover, fmea, wo := heldoutCorpusTables(t)
	is := cellIs
	has := func(col, text string) func(map[string]string) bool {
		return func(r map[string]string) bool { return strings.Contains(strings.ToLower(r[col]), text) }
	}
	below := func(col string, limit float64) func(map[string]string) bool {
		return func(r map[string]string) bool { return h2Float(r[col]) < limit }
	}
	qty := func(part string) string { return num(roverTotalQty(rover.where(is("part #", part)))) }
	assembly, assemblyRows := rover.largestGroup("assembly")
	asset, assetOrders := wo.largestGroup("AssetID")
	field := func(rows h2Table, keep func(map[string]string) bool, col string) []string {
		return []string{strings.TrimPrefix(rows.one(t, keep)[col], "$")}
	}
	sub := func(name string) func(map[string]string) bool { return is("Sub-Component", name) }
	cooler := func(r map[string]string) bool {
		return sub("Fuel Cooler")(r) && r["Potential Failure Mode"] == "Dirt build-up"
	}
	screws := openflexureCount.FindStringSubmatch(string(readFile(t, filepath.Join(corpusDir, "openflexure-v6/docs/1_actuator_assembly.md"))))
	return map[string][]string{
		"h4c-001": {h2N(rover.where(is("assembly", "drive wheel")))},
		"h4c-002": {qty("3202-0001-2501")},
		"h4c-003": {qty("1109-0024-0144")},
		"h4c-004": {num(roverCost(rover.where(func(r map[string]string) bool { return strings.Contains(r["long name"], "goRAIL") })))},
		"h4c-005": {assembly, strconv.Itoa(assemblyRows)},
		"h4c-006": h2Distinct(rover.where(is("part #", "1116-0024-0040")).col("assembly")),
		"h4c-007": field(rover, is("short name", "D-Hub clamp"), "part #"),
		"h4c-008": field(rover, is("short name", "servo"), "cost pp"),
		"h4c-009": {h2N(rover.where(below("cost pp", 3)))},
		"h4c-010": h3Mean2(rover.col("cost pp")),
		"h4c-011": {h2N(fmea.where(is("Component", "Data Collection Unit (DCU)")))},
		"h4c-012": h3Mean2(fmea.where(is("Subsystem", "Electrical System")).col("RPN")),
		"h4c-013": {h2N(fmea.where(is("Severity", "1")))},
		"h4c-014": {h2N(fmea.where(is("Detection", "1")))},
		"h4c-015": {h2N(fmea.where(has("Current Controls", "investigated upon component failure")))},
		"h4c-016": h2Distinct(fmea.where(is("Subsystem", "Power Frame")).col("Component")),
		"h4c-017": field(fmea, cooler, "Recommended Action"),
		"h4c-018": field(fmea, sub("Air filter"), "Current Controls"),
		"h4c-019": field(fmea, sub("Tyre"), "RPN"),
		"h4c-020": {h2N(wo.where(is("AssetID", "AID9")))},
		"h4c-021": {num(h2Sum(wo.where(func(r map[string]string) bool { return strings.HasSuffix(r["Work_Order_Basic_Start_Date"], "/2001") }).col("Work_Order_Total_Actual_Cost")))},
		"h4c-022": {h2N(wo.where(has("ShortText", "hydraulic")))},
		"h4c-023": h3Mean2(wo.where(is("AssetID", "AID7")).col("Work_Order_Total_Actual_Cost")),
		"h4c-024": field(wo, is("PONumber", "2079"), "ShortText"),
		"h4c-025": field(wo, is("PONumber", "2374"), "Work_Order_Total_Actual_Cost"),
		"h4c-041": {screws[1]},
		"h4c-048": field(fmea, sub("Planetary gear sets"), "Recommended Action"),
		"h4c-050": field(fmea, func(r map[string]string) bool { return sub("Fuel Tank")(r) && r["Recommended Action"] != "" }, "Recommended Action"),
		"h4c-052": field(wo, is("PONumber", "2255"), "ShortText"),
		"h4c-054": {asset, strconv.Itoa(assetOrders)},
	}
}

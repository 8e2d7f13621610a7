package main

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// heldout6DemoComputed recomputes, from the demo files, every value the
// aggregate and single-record questions of heldout6_demo.jsonl expect.
func heldout6DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	out := heldout6DemoRecords(t, f)
	for id, values := range heldout6DemoTables(t, f) {
		out[id] = values
	}
	return out
}

// heldout6DemoRecords holds the single fields: one BOM, spare, FMEA or log
// cell, one torque, one assembly's parents, one routing span.
func heldout6DemoRecords(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	spares := h2Spares(t)
	longest := longestOperation()
	return map[string][]string{
		"h6d-022": {strconv.Itoa(h2RoutingMinutes(20, 100))},
		"h6d-026": {longest[1], longest[3]},
		"h6d-027": {strconv.Itoa(h2RoutingMinutes(90, 110))},
		"h6d-030": f.parents("GB/T 1096 8x7x32"),
		"h6d-031": f.parents("GB/T 5783 M12x40"),
		"h6d-036": {spares["CP200-CAS-05"][7]},
		"h6d-037": {spares["6308 C3"][6]},
		"h6d-041": {h2Mode(t, f.fmea, "Hub slips on the shaft").action},
		"h6d-042": {h2ModeCause(t, "Shaft fracture")},
		"h6d-048": {h2LogField(t, f, "WO-25-0121", 5)},
		"h6d-049": {h2LogField(t, f, "WO-26-0131", 4)},
		"h6d-068": {h4Torque(t, "Impeller nut")},
		"h6d-070": {spares["CP200-SEL-01"][6]},
		"h6d-072": {f.bomField("CP200-CTL-04", 8)},
	}
}

// heldout6DemoTables holds the whole-table values: routing counts, BOM
// roll-ups, spare counts and totals, FMEA counts, means, ranks and filters,
// log counts, totals and means.
func heldout6DemoTables(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	spares := h2Spares(t)
	bolts := func(p string) bool { return p == "GB/T 5783 M10x30" || p == "GB/T 5783 M8x25" }
	motorTop := f.byRPN("Motor")[0]
	topItem, topSum := h6ItemWithHighestRPNSum(f)
	seal := func(r []string) bool { return strings.Contains(r[6], "CP200-SEL-01") }
	in2026 := func(r []string) bool { return strings.HasPrefix(r[1], "2026") }
	return map[string][]string{
		"h6d-023": {h2Count(routing[1:], func(r []string) bool { return h2Atoi(r[3]) <= 20 })},
		"h6d-028": {num(f.rollupBelow("CP200-BRG-00", is("GB/T 5783 M8x25")))},
		"h6d-029": {num(f.rollup(is("GB/T 93 10")))},
		"h6d-032": {num(f.rollupRows(suppliedBy("Shanghai Baoli")))},
		"h6d-033": {num(f.rollup(func(p string) bool { return strings.HasPrefix(p, "GB/T ") }))},
		"h6d-034": {num(f.rollup(bolts))},
		"h6d-035": {strconv.Itoa(len(h3PartsBelow(f, "CP200-ROT-00")))},
		"h6d-038": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return h2Float(r[6]) < 50 })))},
		"h6d-039": {num(h2SpareStockValue(spares))},
		"h6d-040": {h2Count(h5PublicSpares(t), func(r []string) bool { return h2Float(r[3]) == 1 })},
		"h6d-043": {f.countModes(func(m fmeaFact) bool { return m.d >= 6 })},
		"h6d-044": h3Mean2(h2Map(f.byRPN("Bearing assembly"), func(m fmeaFact) string { return strconv.Itoa(m.rpn) })),
		"h6d-045": {motorTop.mode, strconv.Itoa(motorTop.rpn)},
		"h6d-046": {topItem, strconv.Itoa(topSum)},
		"h6d-047": h6ModesWhere(t, "Current Controls", "None"),
		"h6d-050": {f.countLog(func(r []string) bool { return h2Code.MatchString(r[3]) })},
		"h6d-051": {num(f.totalLogHours(in2026))},
		"h6d-052": {f.countLog(seal)},
		"h6d-053": h3Mean2(h6LogHours(f, "2403016")),
		"h6d-054": {f.countLog(func(r []string) bool { return hours(r) <= 1 })},
	}
}

// h6LogHours lists the downtime cells of one pump's work orders, by serial
// number.
func h6LogHours(f *demoFacts, serial string) []string {
	var out []string
	for _, r := range f.log {
		if strings.Contains(r[2], "S/N "+serial) {
			out = append(out, r[7])
		}
	}
	return out
}

// h6ItemWithHighestRPNSum is the FMEA item whose failure modes add up to the
// highest RPN, and that sum.
func h6ItemWithHighestRPNSum(f *demoFacts) (string, int) {
	sums := map[string]int{}
	for _, m := range f.fmea {
		sums[m.item] += m.rpn
	}
	items := slices.Sorted(maps.Keys(sums))
	best := slices.MaxFunc(items, func(a, b string) int { return sums[a] - sums[b] })
	return best, sums[best]
}

// h6ModesWhere lists the failure modes whose cell in one column, read by its
// header, holds exactly value.
func h6ModesWhere(t *testing.T, column, value string) []string {
	t.Helper()
	var out []string
	for _, m := range readFMEA(t) {
		if h4ModeColumn(t, m.mode, column) == value {
			out = append(out, m.mode)
		}
	}
	return out
}

// heldout6CorpusComputed recomputes, from the real files, every value the
// aggregate and single-record questions of heldout6_corpus.jsonl expect.
func heldout6CorpusComputed(t *testing.T) map[string][]string {
	t.Helper()
	rover, fmea, wo := heldoutCorpusTables(t)
	out := heldout6CorpusRecords(t, rover, fmea, wo)
	for id, values := range heldout6CorpusAggregates(rover, fmea, wo) {
		out[id] = values
	}
	return out
}

// heldout6CorpusRecords holds the single cells of one rover, FMEA or
// work-order row; each question names exactly one row.
func heldout6CorpusRecords(t *testing.T, rover, fmea, wo h2Table) map[string][]string {
	t.Helper()
	is := cellIs
	field := func(rows h2Table, keep func(map[string]string) bool, col string) []string {
		return []string{strings.TrimPrefix(h6Only(t, rows, keep)[col], "$")}
	}
	sub := func(name string) func(map[string]string) bool { return is("Sub-Component", name) }
	injectorFailure := func(r map[string]string) bool {
		return sub("Injectors")(r) && strings.HasPrefix(r["Potential Failure Mode"], "Mechanical")
	}
	po := func(number, col string) []string { return field(wo, is("PONumber", number), col) }
	return map[string][]string{
		"h6c-007": field(rover, is("short name", "hurricane nuts"), "part #"),
		"h6c-017": field(fmea, sub("Tie plate"), "Recommended Action"),
		"h6c-018": field(fmea, sub("Hand Rails"), "Potential Cause(s) of Failure"),
		"h6c-025": po("2306", "ShortText"),
		"h6c-026": po("2171", "Functional_Location_Description"),
		"h6c-054": field(fmea, sub("Rim"), "Recommended Action"),
		"h6c-056": po("2111", "ShortText"),
		"h6c-058": field(fmea, injectorFailure, "Recommended Action"),
		"h6c-060": po("2496", "Work_Order_Total_Actual_Cost"),
	}
}

// heldout6CorpusAggregates holds the whole-table values: rover counts, costs,
// roll-ups, means and where-used, FMEA counts, means, groups and distinct
// lists, work-order counts, totals, means and the costliest asset.
func heldout6CorpusAggregates(rover, fmea, wo h2Table) map[string][]string {
	is := cellIs
	qty := func(part string) string { return num(roverTotalQty(rover.where(is("part #", part)))) }
	uChannel := func(r map[string]string) bool { return strings.Contains(r["long name"], "U-Channel") }
	priciest := h6CostliestLine(rover)
	subsystem, subsystemMean := fmea.highestMeanBy("Subsystem", "RPN")
	noControls := func(r map[string]string) bool {
		return strings.Contains(strings.ToLower(r["Current Controls"]), "no current control")
	}
	atLeast := func(col string, limit float64) func(map[string]string) bool {
		return func(r map[string]string) bool { return h2Float(r[col]) >= limit }
	}
	cost := "Work_Order_Total_Actual_Cost"
	started := func(suffix string) func(map[string]string) bool {
		return func(r map[string]string) bool { return strings.HasSuffix(r["Work_Order_Basic_Start_Date"], suffix) }
	}
	grease := func(r map[string]string) bool { return strings.Contains(strings.ToLower(r["ShortText"]), "grease") }
	asset, assetCost := wo.sumBy("AssetID", cost)
	return map[string][]string{
		"h6c-001": {h2N(rover.where(func(r map[string]string) bool { return h2Float(r["cost pp"]) > 5 }))},
		"h6c-002": {num(roverCost(rover.where(is("assembly", "body"))))},
		"h6c-003": {qty("1106-0029-0232")},
		"h6c-004": {qty("1221-0032-0002")},
		"h6c-005": h2Distinct(rover.where(uChannel).col("assembly")),
		"h6c-006": {priciest["short name"], num(h2Round2(h2Float(priciest["cost pp"]) * roverQty(priciest)))},
		"h6c-008": h3Mean2(rover.where(is("assembly", "rocker bogie")).col("cost pp")),
		"h6c-011": {h2N(fmea.where(is("Subsystem", "Electrical System")))},
		"h6c-012": {h2N(fmea.where(noControls))},
		"h6c-013": h3Mean2(fmea.where(is("Component", "Engine")).col("RPN")),
		"h6c-014": {subsystem, num(h2Round2(subsystemMean)), strconv.FormatFloat(subsystemMean, 'f', 1, 64)},
		"h6c-015": {h2N(fmea.where(atLeast("Occurrence", 4)))},
		"h6c-016": {h2N(fmea.where(func(r map[string]string) bool { return h2Float(r["RPN"]) < 10 }))},
		"h6c-019": h2Distinct(fmea.where(is("Subsystem", "Power Train")).col("Component")),
		"h6c-020": {h2N(wo.where(started("/2001")))},
		"h6c-021": {num(h2Sum(wo.where(is("AssetID", "AID9")).col(cost)))},
		"h6c-022": {h2N(wo.where(grease))},
		"h6c-023": h3Mean2(wo.where(is("AssetID", "AID2")).col(cost)),
		"h6c-024": {h2N(wo.where(started("/03/2006")))},
		"h6c-027": {asset, num(assetCost)},
	}
}

// h6Only is the one row keep selects; a question about a single record must
// not match two.
func h6Only(t *testing.T, rows h2Table, keep func(map[string]string) bool) map[string]string {
	t.Helper()
	hits := rows.where(keep)
	if len(hits) != 1 {
		t.Fatalf("%d rows match where one record was meant", len(hits))
	}
	return hits[0]
}

// h6CostliestLine is the rover parts-list line that costs most for the whole
// rover: unit cost times quantity per assembly times assembly multiplier.
func h6CostliestLine(rover h2Table) map[string]string {
	return slices.MaxFunc(rover, func(a, b map[string]string) int {
		d := h2Float(a["cost pp"])*roverQty(a) - h2Float(b["cost pp"])*roverQty(b)
		switch {
		case d > 0:
			return 1
		case d < 0:
			return -1
		}
		return 0
	})
}

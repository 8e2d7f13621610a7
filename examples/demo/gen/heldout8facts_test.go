package main

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// heldout8DemoComputed recomputes, from the demo files, every value the
// aggregate and single-record questions of heldout8_demo.jsonl expect.
func heldout8DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	out := heldout8DemoRecords(t, f)
	for _, part := range []map[string][]string{heldout8DemoLog(f), heldout8DemoFMEA(f), heldout8DemoSpares(t), heldout8DemoBOM(f), heldout8DemoRouting()} {
		for id, values := range part {
			out[id] = values
		}
	}
	return out
}

// heldout8DemoRecords holds the single fields: one FMEA or log cell, one
// supplier, one spare's price or lead time.
func heldout8DemoRecords(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	spares := h2Spares(t)
	return map[string][]string{
		"h8d-006": {h2Mode(t, f.fmea, "Seal spring clogged").action},
		"h8d-010": strings.Split(h2LogField(t, f, "WO-25-0289", 6), "; "),
		"h8d-011": {h7Supplier(f, "CP200-IMP-02")},
		"h8d-012": {spares["CP200-CAS-05"][7]},
		"h8d-013": {spares["CP200-SEL-03"][6]},
		"h8d-057": {strings.TrimPrefix(h2LogField(t, f, "WO-26-0119", 3), "Control box shows ")},
	}
}

// heldout8DemoLog holds the maintenance log's counts, totals, means and the
// pump with most entries.
func heldout8DemoLog(f *demoFacts) map[string][]string {
	on := func(text string) func([]string) bool {
		return func(r []string) bool { return strings.Contains(r[2], text) }
	}
	return map[string][]string{
		"h8d-014": {f.countLog(func(r []string) bool { return hours(r) >= 5 })},
		"h8d-015": {num(f.totalLogHours(func(r []string) bool { return strings.HasPrefix(r[1], "2026") }))},
		"h8d-016": h3Mean2(h7LogHoursWhere(f, on("2406055"))),
		"h8d-017": {num(f.totalLogHours(on("BF-1")))},
		"h8d-018": {f.countLog(func(r []string) bool { return strings.Contains(r[6], "CP200-SEL-01") })},
		"h8d-019": {f.countLog(func(r []string) bool { return r[6] == "none" })},
		"h8d-020": h8MostLogEntries(f),
	}
}

// h8MostLogEntries lists the serial numbers with most log entries, sorted,
// then that count: several pumps may share the maximum.
func h8MostLogEntries(f *demoFacts) []string {
	counts := map[string]int{}
	for _, r := range f.log {
		serial, _, _ := strings.Cut(strings.TrimPrefix(r[2], "HF-CP200 S/N "), " ")
		counts[serial]++
	}
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	var out []string
	for serial, n := range counts {
		if n == most {
			out = append(out, serial)
		}
	}
	slices.Sort(out)
	return append(out, strconv.Itoa(most))
}

// heldout8DemoFMEA holds the FMEA counts, one item's mean RPN and the
// severest mode.
func heldout8DemoFMEA(f *demoFacts) map[string][]string {
	severest := slices.MaxFunc(f.fmea, func(a, b fmeaFact) int { return a.s - b.s })
	return map[string][]string{
		"h8d-021": {f.countModes(func(m fmeaFact) bool { return m.s == 7 })},
		"h8d-022": {f.countModes(func(m fmeaFact) bool { return m.action == "None" })},
		"h8d-023": {num(h2Round2(f.avg("Mechanical seal CP200-SEL-01", func(m fmeaFact) int { return m.rpn })))},
		"h8d-024": {severest.mode, strconv.Itoa(severest.s)},
		"h8d-025": {f.countModes(func(m fmeaFact) bool { return m.o >= 4 })},
		"h8d-026": {f.countModes(func(m fmeaFact) bool { return m.item == "Control box CP200-CTL-00" })},
	}
}

// heldout8DemoSpares holds the spare lists' cheapest part and counts over
// lead time, price and recommended stock.
func heldout8DemoSpares(t *testing.T) map[string][]string {
	t.Helper()
	spares := h2Spares(t)
	cheapest := ""
	for part, r := range spares {
		if cheapest == "" || h2Float(r[6]) < h2Float(spares[cheapest][6]) {
			cheapest = part
		}
	}
	stocked := h2Count(h5PublicSpares(t), func(r []string) bool { return h2Float(r[3]) >= 2 })
	return map[string][]string{
		"h8d-027": {cheapest, spares[cheapest][6]},
		"h8d-028": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return h2Float(r[7]) <= 7 })))},
		"h8d-029": {stocked},
		"h8d-030": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return h2Float(r[6]) > 100 })))},
	}
}

// heldout8DemoBOM holds roll-ups over the whole pump and inside one
// assembly, one assembly's parts, suppliers and direct parents.
func heldout8DemoBOM(f *demoFacts) map[string][]string {
	return map[string][]string{
		"h8d-031": {num(f.rollup(is("GB/T 5783 M8x25")))},
		"h8d-032": {num(f.rollup(is("GB/T 93 10")))},
		"h8d-033": {num(f.rollup(is("CP200-BRG-04")))},
		"h8d-034": {strconv.Itoa(len(h3PartsBelow(f, "CP200-CPL-00")))},
		"h8d-035": {num(f.rollupRows(suppliedBy("Jiaxing Lianda")))},
		"h8d-036": {num(f.rollupUnder("CP200-BRG-00", "GB/T 5783 M8x25"))},
		"h8d-037": {strconv.Itoa(f.distinctSuppliers())},
		"h8d-038": f.parents("GB/T 93 10"),
		"h8d-039": f.parents("CP200-BRG-04"),
		"h8d-040": f.parents("GB/T 1096 8x7x32"),
	}
}

// heldout8DemoRouting holds the routing's total, a span, a neighbour, the
// count of long operations and the longest one.
func heldout8DemoRouting() map[string][]string {
	ops := routing[1:]
	longest := slices.MaxFunc(ops, func(a, b []string) int { return h2Atoi(a[3]) - h2Atoi(b[3]) })
	return map[string][]string{
		"h8d-041": {routingTotal()},
		"h8d-042": {strconv.Itoa(h2RoutingMinutes(20, 50))},
		"h8d-043": {h8NextOperation("Hydrostatic test")},
		"h8d-044": {h2Count(ops, func(r []string) bool { return h2Atoi(r[3]) >= 30 })},
		"h8d-047": {longest[1], longest[3]},
	}
}

// h8NextOperation is the work step the routing lists right after step.
func h8NextOperation(step string) string {
	ops := routing[1:]
	i := slices.IndexFunc(ops, func(r []string) bool { return r[1] == step })
	if i < 0 || i+1 >= len(ops) {
		return "no step after " + step
	}
	return ops[i+1][1]
}

// heldout8CorpusComputed recomputes, from the real files, every value the
// aggregate and single-record questions of heldout8_corpus.jsonl expect.
func heldout8CorpusComputed(t *testing.T) map[string][]string {
	t.Helper()
	rover, fmea, wo := heldoutCorpusTables(t)
	out := heldout8CorpusRover(rover)
	for id, values := range heldout8CorpusFMEA(fmea) {
		out[id] = values
	}
	for id, values := range heldout8CorpusWorkOrders(t, wo) {
		out[id] = values
	}
	return out
}

// heldout8CorpusRover holds the rover parts list's roll-ups, costs, counts,
// where-used and the body's dearest part.
func heldout8CorpusRover(rover h2Table) map[string][]string {
	is := cellIs
	qty := func(part string) string { return num(roverTotalQty(rover.where(is("part #", part)))) }
	cost := func(assembly string) string { return num(h2Round2(roverCost(rover.where(is("assembly", assembly))))) }
	over20 := func(r map[string]string) bool { return h2Float(r["cost pp"]) > 20 }
	return map[string][]string{
		"h8c-001": {qty("2000-0025-0002")},
		"h8c-002": {qty("5202-2402-0027")},
		"h8c-003": {cost("rocker bogie")},
		"h8c-004": {h2N(rover.where(is("assembly", "rocker bogie")))},
		"h8c-005": {h2N(rover.where(over20))},
		"h8c-006": h2Distinct(rover.where(is("part #", "1116-0024-0040")).col("assembly")),
		"h8c-007": h8Dearest(rover.where(is("assembly", "body"))),
		"h8c-008": {qty("1120-0002-0072")},
		"h8c-009": {num(h2Round2(roverCost(rover.where(is("assembly", "corner"))) + roverCost(rover.where(is("assembly", "drive wheel")))))},
		"h8c-010": {cost("drive wheel")},
		"h8c-011": {strconv.Itoa(len(h2Distinct(rover.col("assembly"))))},
	}
}

// h8Dearest lists the short names of the rows that share the highest price
// per piece, then that price: several parts may cost the same.
func h8Dearest(rows h2Table) []string {
	top := 0.0
	for _, r := range rows {
		top = max(top, h2Float(r["cost pp"]))
	}
	var out []string
	for _, r := range rows {
		if h2Float(r["cost pp"]) == top {
			out = append(out, r["short name"])
		}
	}
	return append(out, num(top))
}

// heldout8CorpusFMEA holds the FMEA's counts, a subsystem's mean RPN, the
// largest component and a subsystem's highest RPN.
func heldout8CorpusFMEA(fmea h2Table) map[string][]string {
	is := cellIs
	rpnAtLeast24 := func(r map[string]string) bool { return h2Float(r["RPN"]) >= 24 }
	noAction := func(r map[string]string) bool { return strings.TrimSpace(r["Recommended Action"]) == "" }
	hydraulic := fmea.where(is("Subsystem", "Hydraulic System")).col("RPN")
	component, rows := fmea.largestGroup("Component")
	return map[string][]string{
		"h8c-013": {h2N(fmea.where(is("Subsystem", "Electrical System")))},
		"h8c-014": h3Mean2(fmea.where(is("Subsystem", "Power Frame")).col("RPN")),
		"h8c-015": {h2N(fmea.where(rpnAtLeast24))},
		"h8c-016": {h2N(fmea.where(is("Severity", "1")))},
		"h8c-017": {component, strconv.Itoa(rows)},
		"h8c-018": {h2N(fmea.where(is("Subsystem", "Load Frame")))},
		"h8c-019": {h2N(fmea.where(noAction))},
		"h8c-021": {slices.MaxFunc(hydraulic, func(a, b string) int { return int(h2Float(a) - h2Float(b)) })},
		"h8c-022": {h2N(fmea.where(is("Component", "Cabin")))},
	}
}

// heldout8CorpusWorkOrders holds the work orders' counts, totals, means, the
// busiest asset and one order's asset.
func heldout8CorpusWorkOrders(t *testing.T, wo h2Table) map[string][]string {
	t.Helper()
	is := cellIs
	cost := "Work_Order_Total_Actual_Cost"
	in2006 := func(r map[string]string) bool { return strings.HasSuffix(r["Work_Order_Basic_Start_Date"], "/2006") }
	lights := func(r map[string]string) bool { return strings.Contains(strings.ToLower(r["ShortText"]), "light") }
	asset, orders := wo.largestGroup("AssetID")
	return map[string][]string{
		"h8c-023": {h2N(wo.where(is("AssetID", "AID2")))},
		"h8c-024": {h2N(wo.where(in2006))},
		"h8c-025": {num(h2Sum(wo.where(is("AssetID", "AID9")).col(cost)))},
		"h8c-026": h3Mean2(wo.where(is("AssetID", "AID3")).col(cost)),
		"h8c-027": {asset, strconv.Itoa(orders)},
		"h8c-029": {h6Only(t, wo, is("PONumber", "2275"))["AssetID"]},
		"h8c-030": {h2N(wo.where(lights))},
	}
}

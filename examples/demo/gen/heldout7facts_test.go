package main

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// heldout7DemoComputed recomputes, from the demo files, every value the
// aggregate and single-record questions of heldout7_demo.jsonl expect.
func heldout7DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	out := heldout7DemoRecords(t, f)
	for id, values := range heldout7DemoTables(t, f) {
		out[id] = values
	}
	return out
}

// heldout7DemoRecords holds the single fields and the routing questions: one
// spare's terms, one supplier, one BOM quantity, one assembly's parents, one
// routing span or neighbour, one FMEA or log cell.
func heldout7DemoRecords(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	spares := h2Spares(t)
	seal := spares["CP200-SEL-01"]
	return map[string][]string{
		"h7d-030": {seal[6], seal[7]},
		"h7d-038": {h7Supplier(f, "CP200-IMP-01")},
		"h7d-042": {routingTotal()},
		"h7d-046": f.parents("GB/T 5783 M8x25"),
		"h7d-047": f.parents("CP200-SEL-03"),
		"h7d-048": {f.bomField("LUB-LiX-2", 4)},
		"h7d-051": {h7NextOperation(t, "Mechanical seal installation")},
		"h7d-052": h7OperationAndPrevious(t, "Hydrostatic test"),
		"h7d-053": {strconv.Itoa(h2RoutingMinutes(50, 80))},
		"h7d-058": {h2Mode(t, f.fmea, "Bearing fatigue spalling").action},
		"h7d-067": {h2LogField(t, f, "WO-25-0256", 5)},
	}
}

// heldout7DemoTables holds the whole-table values: BOM roll-ups and part
// counts, routing counts, FMEA counts, mean and rank, log totals, counts and
// means, spare counts, totals and filters.
func heldout7DemoTables(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	spares := h2Spares(t)
	ops := routing[1:]
	top := slices.MaxFunc(f.fmea, func(a, b fmeaFact) int { return a.rpn - b.rpn })
	in2025 := func(r []string) bool { return strings.HasPrefix(r[1], "2025") }
	serial := f.serialWithMostDowntime()
	return map[string][]string{
		"h7d-043": {num(f.rollup(is("GB/T 5783 M8x25")))},
		"h7d-044": {num(f.rollup(is("GB/T 5783 M10x30")))},
		"h7d-045": {strconv.Itoa(len(h3PartsBelow(f, "CP200-CPL-00")))},
		"h7d-049": {num(f.rollupRows(suppliedBy("Ningbo Jinhai")))},
		"h7d-050": {strconv.Itoa(len(h3PartsBelow(f, "CP200-CTL-00")))},
		"h7d-054": {h2Count(ops, func(r []string) bool { return h2Atoi(r[3]) >= 30 })},
		"h7d-055": {strconv.Itoa(len(ops))},
		"h7d-060": {f.countModes(func(m fmeaFact) bool { return m.s >= 9 })},
		"h7d-061": {f.countModes(func(m fmeaFact) bool { return m.rpn > 100 })},
		"h7d-062": h3Mean2(h2Map(f.fmea, func(m fmeaFact) string { return strconv.Itoa(m.rpn) })),
		"h7d-063": {top.mode, strconv.Itoa(top.rpn)},
		"h7d-064": {num(f.totalLogHours(func([]string) bool { return true }))},
		"h7d-065": {serial, num(f.downtime(serial))},
		"h7d-066": {f.countLog(func(r []string) bool { return strings.Contains(r[3], "E07") })},
		"h7d-068": h3Mean2(h7LogHoursWhere(f, in2025)),
		"h7d-069": {f.countLog(func(r []string) bool { return hours(r) > 5 })},
		"h7d-070": {strconv.Itoa(len(h5PublicSpares(t)))},
		"h7d-071": {num(h2Round2(h7SparePriceSum(spares)))},
		"h7d-072": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return h2Float(r[7]) > 14 })))},
	}
}

// h7Supplier is the supplier column of a part's first BOM row.
func h7Supplier(f *demoFacts, part string) string {
	for _, r := range f.bom {
		if r[1] == part {
			return r[8]
		}
	}
	return ""
}

// h7NextOperation is the work step the routing lists right after step.
func h7NextOperation(t *testing.T, step string) string {
	t.Helper()
	ops := routing[1:]
	i := slices.IndexFunc(ops, func(r []string) bool { return r[1] == step })
	if i < 0 || i+1 >= len(ops) {
		t.Fatalf("routing has no step after %q", step)
	}
	return ops[i+1][1]
}

// h7OperationAndPrevious is a step's operation number and the work step
// the routing lists before it.
func h7OperationAndPrevious(t *testing.T, step string) []string {
	t.Helper()
	ops := routing[1:]
	i := slices.IndexFunc(ops, func(r []string) bool { return r[1] == step })
	if i < 1 {
		t.Fatalf("routing has no step before %q", step)
	}
	return []string{ops[i][0], ops[i-1][1]}
}

// h7LogHoursWhere lists the downtime cells of the work orders keep holds.
func h7LogHoursWhere(f *demoFacts, keep func([]string) bool) []string {
	var out []string
	for _, r := range f.log {
		if keep(r) {
			out = append(out, r[7])
		}
	}
	return out
}

// h7SparePriceSum is what one piece of every listed spare part costs.
func h7SparePriceSum(spares map[string][]string) float64 {
	total := 0.0
	for _, r := range spares {
		total += h2Float(r[6])
	}
	return total
}

// heldout7CorpusComputed recomputes, from the real files, every value the
// aggregate and single-record questions of heldout7_corpus.jsonl expect.
func heldout7CorpusComputed(t *testing.T) map[string][]string {
	t.Helper()
	rover, fmea, wo := heldoutCorpusTables(t)
	out := heldout7CorpusRover(rover)
	for id, values := range heldout7CorpusFMEA(fmea) {
		out[id] = values
	}
	for id, values := range heldout7CorpusWorkOrders(t, wo) {
		out[id] = values
	}
	return out
}

// heldout7CorpusRover holds the rover parts list's roll-ups, costs, counts,
// where-used and dearest part.
func heldout7CorpusRover(rover h2Table) map[string][]string {
	is := cellIs
	qty := func(part string) string { return num(roverTotalQty(rover.where(is("part #", part)))) }
	over10 := func(r map[string]string) bool { return h2Float(r["cost pp"]) > 10 }
	dearest := slices.MaxFunc(rover, func(a, b map[string]string) int {
		return int(100*h2Float(a["cost pp"])) - int(100*h2Float(b["cost pp"]))
	})
	return map[string][]string{
		"h7c-001": {qty("5202-2402-0027")},
		"h7c-002": {qty("2000-0025-0002")},
		"h7c-003": {num(roverCost(rover.where(is("assembly", "corner"))))},
		"h7c-004": {h2N(rover.where(over10))},
		"h7c-005": h2Distinct(rover.where(is("part #", "1116-0024-0040")).col("assembly")),
		"h7c-006": {h2N(rover.where(is("assembly", "body")))},
		"h7c-007": {num(roverCost(rover.where(is("assembly", "drive wheel"))))},
		"h7c-008": {qty("1118-0024-0096")},
		"h7c-010": {dearest["part #"], strings.TrimPrefix(dearest["cost pp"], "$")},
	}
}

// heldout7CorpusFMEA holds the FMEA's counts, mean, maximum, largest group
// and distinct components.
func heldout7CorpusFMEA(fmea h2Table) map[string][]string {
	is := cellIs
	atLeast := func(col string, limit float64) func(map[string]string) bool {
		return func(r map[string]string) bool { return h2Float(r[col]) >= limit }
	}
	fire := fmea.where(is("Subsystem", "Fire Suppression System"))
	top := slices.MaxFunc(fmea.col("RPN"), func(a, b string) int { return int(h2Float(a) - h2Float(b)) })
	component, rows := fmea.largestGroup("Component")
	return map[string][]string{
		"h7c-035": {h2N(fmea.where(is("Subsystem", "Hydraulic System")))},
		"h7c-036": {h2N(fmea.where(is("Severity", "4")))},
		"h7c-037": h3Mean2(fire.col("RPN")),
		"h7c-038": {top},
		"h7c-039": {component, strconv.Itoa(rows)},
		"h7c-040": {h2N(fmea.where(atLeast("Detection", 4)))},
		"h7c-041": h2Distinct(fire.col("Component")),
	}
}

// heldout7CorpusWorkOrders holds the work orders' counts, one asset's total
// and single cells of orders named by number.
func heldout7CorpusWorkOrders(t *testing.T, wo h2Table) map[string][]string {
	t.Helper()
	is := cellIs
	started := func(suffix string) func(map[string]string) bool {
		return func(r map[string]string) bool { return strings.HasSuffix(r["Work_Order_Basic_Start_Date"], suffix) }
	}
	po := func(number, col string) []string { return []string{h6Only(t, wo, is("PONumber", number))[col]} }
	return map[string][]string{
		"h7c-048": {h2N(wo.where(is("AssetID", "AID7")))},
		"h7c-049": {h2N(wo.where(started("/2007")))},
		"h7c-050": {num(h2Sum(wo.where(is("AssetID", "AID8")).col("Work_Order_Total_Actual_Cost")))},
		"h7c-051": po("2337", "Functional_Location_Description"),
		"h7c-052": {h2N(wo.where(is("WorkCentre", "WC2")))},
		"h7c-054": po("2405", "Work_Order_Total_Actual_Cost"),
	}
}

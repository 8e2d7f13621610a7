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
	return map[string][]string{}
}

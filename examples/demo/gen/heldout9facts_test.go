package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// heldout9DemoComputed recomputes every aggregate and single-record
// expectation of heldout9_demo.jsonl from the demo files.
func heldout9DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	spares := h9Spares(t)
	sealSwap := func(r []string) bool { return strings.Contains(r[6], "CP200-SEL-01") }
	noParts := f.countLog(func(r []string) bool { return r[6] == "none" })
	busiest, most := h9BusiestSerials(f)
	noAction := atoi(t, f.countModes(func(m fmeaFact) bool { return m.action == "None" }))
	longest := longestOperation()
	return map[string][]string{
		"h9d-044": {h9SpareStock(spares, "CP200-SEL-03")},
		"h9d-045": {h9LogField(f, "WO-25-0228", 4)},
		"h9d-046": {h9BOMField(f, "CP200-CPL-03", 8)},
		"h9d-047": {h9LogField(f, "WO-26-0119", 4)},
		"h9d-049": {h9BOMRowWhere(f, func(r []string) bool { return strings.HasPrefix(r[2], "Vent plug") })},
		"h9d-050": {num(f.rollup(is("GB/T 5783 M10x30")))},
		"h9d-051": {num(f.rollup(is("GB/T 5783 M8x25")))},
		"h9d-052": f.parents("GB/T 93 10"),
		"h9d-053": f.parents("CP200-SEL-03"),
		"h9d-054": f.parents("GB/T 5783 M8x25"),
		"h9d-055": {strconv.Itoa(f.distinctSuppliers())},
		"h9d-056": f.suppliedBy("Ningbo Jinhai"),
		"h9d-057": {h2Count(f.bom, func(r []string) bool { return r[6] == "HT250" })},
		"h9d-058": {h2Count(f.bom, suppliedBy("Shanghai Baoli"))},
		"h9d-059": {f.countRPN(func(r int) bool { return r > 100 })},
		"h9d-060": h9TopRPNs(f, 3),
		"h9d-061": {num(f.avg("Mechanical seal", func(m fmeaFact) int { return m.rpn }))},
		"h9d-062": {f.itemWithMostModes()},
		"h9d-063": {h9Percent(noAction, len(f.fmea), 0)},
		"h9d-064": {f.countModes(func(m fmeaFact) bool { return m.s >= 8 })},
		"h9d-065": {num(f.downtime("2403016"))},
		"h9d-066": f.longestDowntime(),
		"h9d-067": {f.countLog(func(r []string) bool { return strings.Contains(r[3], "E07") })},
		"h9d-068": {f.countLog(func(r []string) bool { return strings.HasPrefix(r[1], "2025-") })},
		"h9d-069": {f.countLog(sealSwap)},
		"h9d-070": append(busiest, strconv.Itoa(most)),
		"h9d-071": {fmt.Sprintf("%.2f", f.totalDowntime(func([]string) bool { return true })/float64(len(f.log)))},
		"h9d-072": {h9Percent(atoi(t, noParts), len(f.log), 1), h9Percent(atoi(t, noParts), len(f.log), 0)},
		"h9d-073": {strconv.Itoa(h9RoutingSpan("10", "110"))},
		"h9d-074": {longest[1], strconv.Itoa(routingMinutes(longest[0]))},
		"h9d-075": {strconv.Itoa(h9RoutingSpan("20", "40"))},
		"h9d-076": {strconv.Itoa(h9RoutingSpan("10", "80"))},
		"h9d-077": {strconv.Itoa(h9TorquesAbove(30))},
		"h9d-078": {h2Count(spares, func(r []string) bool { return atoi(t, r[3]) >= 2 })},
		"h9d-079": h9MostStocked(t, spares),
		"h9d-080": h9Unnoted(spares),
	}
}

// h9Spares is the public spare parts list without its header.
func h9Spares(t *testing.T) [][]string {
	t.Helper()
	rows, err := readCSV(filepath.Join(demoDir, "public", "spare_parts.csv"))
	if err != nil {
		t.Fatal(err)
	}
	return rows[1:]
}

// h9LogField is one column of one maintenance work order.
func h9LogField(f *demoFacts, order string, col int) string {
	for _, r := range f.log {
		if r[0] == order {
			return r[col]
		}
	}
	return "no such work order"
}

// h9BOMField is one column of the first BOM line of part.
func h9BOMField(f *demoFacts, part string, col int) string {
	for _, r := range f.bom {
		if r[1] == part {
			return r[col]
		}
	}
	return "no such part"
}

// h9BOMRowWhere is the part number of the first BOM line keep selects.
func h9BOMRowWhere(f *demoFacts, keep func([]string) bool) string {
	for _, r := range f.bom {
		if keep(r) {
			return r[1]
		}
	}
	return "no such line"
}

// h9TopRPNs are the n highest RPNs, and every further one tied with the last.
func h9TopRPNs(f *demoFacts, n int) []string {
	modes := f.byRPN("")
	var out []string
	for i, m := range modes {
		if i >= n && m.rpn != modes[n-1].rpn {
			break
		}
		out = append(out, strconv.Itoa(m.rpn))
	}
	return out
}

// h9Percent is part of whole as a percentage with the given decimals.
func h9Percent(part, whole, decimals int) string {
	return strconv.FormatFloat(100*float64(part)/float64(whole), 'f', decimals, 64)
}

// h9BusiestSerials are the pumps with the most work orders, ties included,
// and that number.
func h9BusiestSerials(f *demoFacts) ([]string, int) {
	counts := map[string]int{}
	most := 0
	for _, r := range f.log {
		s := serialRe.FindStringSubmatch(r[2])[1]
		counts[s]++
		most = max(most, counts[s])
	}
	var out []string
	for _, r := range f.log {
		s := serialRe.FindStringSubmatch(r[2])[1]
		if counts[s] == most && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out, most
}

// h9RoutingSpan is the standard time of operations first through last.
func h9RoutingSpan(first, last string) int {
	total, in := 0, false
	for _, r := range routing[1:] {
		in = in || r[0] == first
		if in {
			total += routingMinutes(r[0])
		}
		if r[0] == last {
			break
		}
	}
	return total
}

// h9TorquesAbove counts the torque table's fasteners tightened above limit N·m.
func h9TorquesAbove(limit float64) int {
	n := 0
	for _, r := range tsvTable("torques")[1:] {
		if atof(strings.TrimSuffix(r[1], " N·m")) > limit {
			n++
		}
	}
	return n
}

// h9MostStocked is the spare with the highest recommended stock and that stock.
func h9MostStocked(t *testing.T, spares [][]string) []string {
	best := spares[0]
	for _, r := range spares {
		if atoi(t, r[3]) > atoi(t, best[3]) {
			best = r
		}
	}
	return []string{best[0], best[3]}
}

// h9Unnoted lists the spares whose notes column is empty.
func h9Unnoted(spares [][]string) []string {
	var out []string
	for _, r := range spares {
		if strings.TrimSpace(r[5]) == "" {
			out = append(out, r[0])
		}
	}
	return out
}

// heldout9CorpusComputed recomputes the aggregates and single-record
// expectations of heldout9_corpus.jsonl from the real tables.
func heldout9CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fmea, wo, f := c.osr, c.fmea, c.wo, c.f
	in := func(col, value string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r[col] == value }
	}
	electrical := f.top("Electrical System")
	fewest, fewestRows := h9FewestBy(fmea, "Subsystem")
	cheapest := h9Cheapest(osr)
	busiest, orders := mostCommon(wo, "AssetID")
	return map[string][]string{
		"h9c-001": {num(osr.rollupWhere(in("short name", "servoblock")))},
		"h9c-002": {num(osr.rollupWhere(in("short name", "3x5 grid plate")))},
		"h9c-003": osr.distinct("assembly", in("short name", "3x5 grid plate")),
		"h9c-004": {fmt.Sprintf("%.2f", osr.costWhere(in("assembly", "body")))},
		"h9c-005": osr.distinct("short name", func(r map[string]string) bool { return price(r) > 20 }),
		"h9c-006": {strconv.Itoa(count(osr, "assembly", "rocker bogie"))},
		"h9c-007": {cheapest["short name"], fmt.Sprintf("%.2f", price(cheapest))},
		"h9c-008": {fmt.Sprintf("%.2f", osr.costWhere(in("assembly", "general")))},
		"h9c-009": {fmt.Sprintf("%.2f", h9MeanPrice(osr, in("assembly", "body")))},
		"h9c-010": {strconv.Itoa(count(fmea, "Subsystem", "Power Unit"))},
		"h9c-011": {strconv.Itoa(fmea.countWhere(func(r map[string]string) bool { return atof(r["Occurrence"]) >= 3 }))},
		"h9c-012": {fmt.Sprintf("%.2f", fmea.meanWhere("RPN", in("Subsystem", "Power Train")))},
		"h9c-013": {fewest, strconv.Itoa(fewestRows)},
		"h9c-014": fmea.distinct("Component", in("Subsystem", "Load Frame")),
		"h9c-015": {num(electrical.rpn), strconv.Itoa(fmea.countWhere(func(r map[string]string) bool {
			return r["Subsystem"] == "Electrical System" && atof(r["RPN"]) == electrical.rpn
		}))},
		"h9c-016": {strconv.Itoa(len(fmea.distinct("Potential Failure Mode", in("Component", "Engine"))))},
		"h9c-017": {h9Field(fmea, in("Sub-Component", "Transmission Mount"), "Recommended Action")},
		"h9c-018": {strconv.Itoa(count(wo, "AssetID", "AID7"))},
		"h9c-019": h9MostCommonTied(wo, "Work_Order_Type"),
		"h9c-020": {strconv.Itoa(count(wo, "Functional_Location_Description", "hydraulic hoses & lines"))},
		"h9c-021": {num(h9Sum(wo, "Work_Order_Total_Actual_Cost", in("AssetID", "AID3")))},
		"h9c-022": wo.distinct("ShortText", in("WorkCentre", "WC2")),
		"h9c-023": {fmt.Sprintf("%.2f", wo.meanWhere("Work_Order_Total_Actual_Cost", in("AssetID", "AID1")))},
		"h9c-024": {h9Field(wo, in("PONumber", "2079"), "ShortText")},
		"h9c-026": {busiest, strconv.Itoa(orders)},
		"h9c-028": {h9Field(wo, in("PONumber", "2255"), "ShortText")},
		"h9c-030": {h9Field(fmea, in("Sub-Component", "Fuel Tank"), "Recommended Action")},
		"h9c-032": {f.top("Fire Suppression System").sub},
	}
}

// h9FewestBy is the value of col with the fewest rows, and that count.
func h9FewestBy(rows csvTable, col string) (string, int) {
	best, fewest := "", len(rows)+1
	for _, v := range rows.distinct(col, func(map[string]string) bool { return true }) {
		if n := count(rows, col, v); n < fewest {
			best, fewest = v, n
		}
	}
	return best, fewest
}

// h9Cheapest is the first row with the lowest unit price.
func h9Cheapest(rows csvTable) map[string]string {
	best := rows[0]
	for _, r := range rows {
		if price(r) < price(best) {
			best = r
		}
	}
	return best
}

// h9MeanPrice is the mean unit price of the rows keep selects.
func h9MeanPrice(rows csvTable, keep func(map[string]string) bool) float64 {
	sum, n := 0.0, 0
	for _, r := range rows {
		if keep(r) {
			sum += price(r)
			n++
		}
	}
	return sum / float64(n)
}

// h9Sum adds col over the rows keep selects.
func h9Sum(rows csvTable, col string, keep func(map[string]string) bool) float64 {
	sum := 0.0
	for _, r := range rows {
		if keep(r) {
			sum += atof(r[col])
		}
	}
	return sum
}

// h9Field is col of the first row keep selects.
func h9Field(rows csvTable, keep func(map[string]string) bool, col string) string {
	for _, r := range rows {
		if keep(r) {
			return r[col]
		}
	}
	return "no such row"
}

// h9MostCommonTied lists every value of col that has the most rows, ties
// included, then that count.
func h9MostCommonTied(rows csvTable, col string) []string {
	_, most := mostCommon(rows, col)
	out := rows.distinct(col, func(r map[string]string) bool { return count(rows, col, r[col]) == most })
	return append(out, strconv.Itoa(most))
}

// h9SpareStock is the recommended stock of one part on the spare list.
func h9SpareStock(spares [][]string, part string) string {
	for _, r := range spares {
		if r[0] == part {
			return r[3]
		}
	}
	return "no such spare"
}

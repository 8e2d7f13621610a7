package main

import (
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// heldout10DemoComputed recomputes from the demo files every value the
// tenth held-out demo set expects as a roll-up, count, mean, ranking,
// routing span or single record field.
func heldout10DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	top := f.byRPN("")
	bearing := f.avg("Bearing assembly", func(m fmeaFact) int { return m.rpn })
	item, modes := h10MostModes(f)
	serial := f.serialWithMostDowntime()
	suppliers, lines := h10SuppliersWithMostLines(f)
	op := longestOperation()
	share := h10Share(f, func(m fmeaFact) bool { return m.rpn >= 120 })
	return map[string][]string{
		"h10d-037": {spareTerms["CP200-CAS-05"][1]},
		"h10d-041": {h10Torque("Coupling guard bolts")},
		"h10d-044": {strconv.Itoa(routingMinutes("80"))},
		"h10d-052": {num(f.rollup(is("GB/T 5783 M8x25")))},
		"h10d-053": {num(f.rollup(is("GB/T 93 10")))},
		"h10d-054": f.parents("GB/T 5783 M10x30"),
		"h10d-055": f.parents("CP200-BRG-04"),
		"h10d-056": {num(f.rollup(is("CP200-BRG-03")))},
		"h10d-057": {strconv.Itoa(f.distinctSuppliers())},
		"h10d-058": {strconv.Itoa(len(f.suppliedBy("Taizhou Hengxin")))},
		"h10d-059": append(suppliers, strconv.Itoa(lines)),
		"h10d-060": {strconv.Itoa(len(f.assemblies()))},
		"h10d-061": {h2Count(f.bom, func(r []string) bool { return r[6] == "HT250" })},
		"h10d-062": {f.countModes(func(m fmeaFact) bool { return m.s >= 8 })},
		"h10d-063": {num(bearing), num(math.Round(bearing*10) / 10)},
		"h10d-064": {f.countModes(func(m fmeaFact) bool { return m.action == "None" })},
		"h10d-065": {top[0].mode, strconv.Itoa(top[0].rpn), top[1].mode, strconv.Itoa(top[1].rpn), top[2].mode, strconv.Itoa(top[2].rpn)},
		"h10d-066": f.modes(func(m fmeaFact) bool { return m.d >= 7 }),
		"h10d-067": {num(share)},
		"h10d-068": {item, strconv.Itoa(modes)},
		"h10d-069": {num(f.downtime("2403015"))},
		"h10d-070": {serial, num(f.downtime(serial))},
		"h10d-071": {f.countLog(func(r []string) bool { return strings.Contains(r[3], "E07") })},
		"h10d-072": {f.countLog(func(r []string) bool { return strings.HasPrefix(r[1], "2026") })},
		"h10d-073": append([]string{f.countLog(replaced("CP200-SEL-01"))}, h10Serials(f, replaced("CP200-SEL-01"))...),
		"h10d-074": {num(h2Round2(f.totalDowntime(func([]string) bool { return true }) / float64(len(f.log))))},
		"h10d-075": {strconv.Itoa(h10RoutingSpan(30, 70))},
		"h10d-076": {op[0], op[1], op[3]},
		"h10d-077": {h2Count(routing[1:], func(r []string) bool { return r[3] == "15" })},
		"h10d-078": h10TorquesAt("40 N·m"),
		"h10d-079": {num(h10SpareStockValue(t))},
		"h10d-080": {h2Count(tsvTable("spare_terms")[1:], func(r []string) bool { return atof(r[2]) > 14 })},
	}
}

// h10MostModes is the FMEA item with the most failure modes and how many.
func h10MostModes(f *demoFacts) (string, int) {
	item := f.itemWithMostModes()
	n, _ := strconv.Atoi(f.countModes(func(m fmeaFact) bool { return m.item == item }))
	return item, n
}

// h10SuppliersWithMostLines names every supplier tied for the most BOM lines.
func h10SuppliersWithMostLines(f *demoFacts) ([]string, int) {
	counts := map[string]int{}
	most := 0
	for _, r := range f.bom {
		counts[r[8]]++
		most = max(most, counts[r[8]])
	}
	var out []string
	for _, s := range h2Distinct(column(f.bom, 8)) {
		if counts[s] == most {
			out = append(out, s)
		}
	}
	return out, most
}

func column(rows [][]string, i int) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r[i])
	}
	return out
}

// h10Share is the percentage of FMEA rows keep holds, to two decimals.
func h10Share(f *demoFacts, keep func(fmeaFact) bool) float64 {
	n, _ := strconv.Atoi(f.countModes(keep))
	return h2Round2(100 * float64(n) / float64(len(f.fmea)))
}

func replaced(part string) func([]string) bool {
	return func(r []string) bool { return strings.Contains(r[6], part) }
}

// h10Serials lists the pumps of the log rows keep holds, once each.
func h10Serials(f *demoFacts, keep func([]string) bool) []string {
	var out []string
	for _, r := range f.log {
		if keep(r) {
			out = append(out, serialRe.FindStringSubmatch(r[2])[1])
		}
	}
	return h2Distinct(out)
}

// h10RoutingSpan sums the standard minutes of operations first to last.
func h10RoutingSpan(first, last int) int {
	total := 0
	for _, r := range routing[1:] {
		if op, _ := strconv.Atoi(r[0]); op >= first && op <= last {
			n, _ := strconv.Atoi(r[3])
			total += n
		}
	}
	return total
}

func h10Torque(fastener string) string {
	for _, r := range torques[1:] {
		if strings.HasPrefix(r[0], fastener) {
			return r[1]
		}
	}
	return ""
}

// h10TorquesAt counts the torque table's fasteners tightened to torque and
// names them.
func h10TorquesAt(torque string) []string {
	var names []string
	for _, r := range torques[1:] {
		if r[1] == torque {
			names = append(names, r[0])
		}
	}
	return append([]string{strconv.Itoa(len(names))}, names...)
}

// h10SpareStockValue prices the public recommended stock at the internal
// unit prices.
func h10SpareStockValue(t *testing.T) float64 {
	t.Helper()
	rows, err := readCSV(filepath.Join(demoDir, "public", "spare_parts.csv"))
	if err != nil {
		t.Fatal(err)
	}
	total := 0.0
	for _, r := range rows[1:] {
		terms, ok := spareTerms[r[0]]
		if !ok {
			t.Fatalf("spare %s has no commercial terms", r[0])
		}
		total += atof(r[3]) * atof(terms[0])
	}
	return h2Round2(total)
}

// heldout10CorpusComputed recomputes from the real files every value the
// tenth held-out corpus set expects as a roll-up, count, mean, group or
// single record field.
func heldout10CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	inAssembly := func(a string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["assembly"] == a }
	}
	isPart := func(p string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["part #"] == p }
	}
	biggest, rows := mostCommon(osr, "assembly")
	costly, cost := h10CostliestAssembly(osr)
	dearest := osr.maxBy("cost")
	grid := "1116-0024-0040"
	hyd := fm.meanWhere("RPN", func(r map[string]string) bool { return r["Subsystem"] == "Hydraulic System" })
	sub, subMean := fm.highestMean("Subsystem", "RPN")
	joints := h10JointRanges(t)
	widest, span := h10WidestJoint(joints)
	return map[string][]string{
		"h10c-027": {fmt.Sprintf("%.2f", price(osr[slices.IndexFunc(osr, isPart("1309-0016-0008"))]))},
		"h10c-028": {osr[slices.IndexFunc(osr, func(r map[string]string) bool { return r["short name"] == "servo" })]["part #"]},
		"h10c-040": {fmt.Sprintf("%.2f", osr.costWhere(inAssembly("rocker bogie")))},
		"h10c-041": {num(osr.rollupWhere(func(r map[string]string) bool { return strings.HasPrefix(r["part #"], "1106-") }))},
		"h10c-042": {biggest, strconv.Itoa(rows)},
		"h10c-043": {costly, fmt.Sprintf("%.2f", cost)},
		"h10c-044": append(h2Distinct(c.rover.usedIn[grid]), num(c.rover.qty[grid])),
		"h10c-045": {dearest["part #"], fmt.Sprintf("%.2f", price(dearest))},
		"h10c-046": {num(osr.rollupWhere(isPart("2000-0025-0002"))), fmt.Sprintf("%.2f", osr.costWhere(isPart("2000-0025-0002")))},
		"h10c-047": {strconv.Itoa(osr.countWhere(func(r map[string]string) bool { return price(r) < 3 }))},
		"h10c-048": {fmt.Sprintf("%.2f", h10MeanPrice(osr, inAssembly("body")))},
		"h10c-049": {strconv.Itoa(h10FixingsMentioning(t, "M3"))},
		"h10c-050": {strconv.Itoa(h10MaintenanceRows(t, "Monthly"))},
		"h10c-051": {strconv.Itoa(h10MaintenanceRows(t, "Daily"))},
		"h10c-052": {widest, num(span / 2), num(span)},
		"h10c-053": h10LopsidedJoints(joints),
		"h10c-054": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return strings.TrimSpace(r["Recommended Action"]) == "" }))},
		"h10c-055": {num(h2Round2(hyd)), num(math.Round(hyd*10) / 10)},
		"h10c-056": {sub, num(h2Round2(subMean)), num(math.Round(subMean*10) / 10)},
		"h10c-057": {strconv.Itoa(count(fm, "Severity", "4"))},
		"h10c-058": {strconv.Itoa(len(fm.distinct("Component", func(map[string]string) bool { return true })))},
		"h10c-059": {strconv.Itoa(count(wo, "AssetID", "AID1")), strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return r["AssetID"] == "AID1" && startYear(r) == "2006" }))},
		"h10c-060": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool {
			return strings.Contains(strings.ToLower(r["Functional_Location_Description"]), "hydraulic")
		}))},
	}
}

// h10CostliestAssembly is the rover assembly that costs the most for the
// whole rover, multipliers included.
func h10CostliestAssembly(rows csvTable) (string, float64) {
	best, most := "", -1.0
	for _, a := range rows.distinct("assembly", func(map[string]string) bool { return true }) {
		if c := rows.costWhere(func(r map[string]string) bool { return r["assembly"] == a }); c > most {
			best, most = a, c
		}
	}
	return best, most
}

// h10MeanPrice is the mean unit price of the rows keep selects.
func h10MeanPrice(rows csvTable, keep func(map[string]string) bool) float64 {
	sum, n := 0.0, 0
	for _, r := range rows {
		if keep(r) {
			sum += price(r)
			n++
		}
	}
	return sum / float64(n)
}

func h10CorpusLines(t *testing.T, path string) []string {
	t.Helper()
	return strings.Split(string(readFile(t, filepath.Join(corpusDir, path))), "\n")
}

// h10FixingsMentioning counts the fixing hardware lines of the microscope's
// bill of materials that name word.
func h10FixingsMentioning(t *testing.T, word string) int {
	n, inside := 0, false
	for _, line := range h10CorpusLines(t, "openflexure-v6/docs/0_bill_of_materials.md") {
		if strings.HasPrefix(line, "## ") {
			inside = strings.HasPrefix(line, "## Fixing hardware")
			continue
		}
		if inside && strings.HasPrefix(strings.TrimSpace(line), "*") && strings.Contains(line, word) {
			n++
		}
	}
	return n
}

// h10MaintenanceRows counts the arm's maintenance items with a cycle.
func h10MaintenanceRows(t *testing.T, cycle string) int {
	n := 0
	for _, line := range h10CorpusLines(t, "mycobot280-manual-zh-en/en/2-BasicSettings/3.UserNotice/3-UserInstructions.md") {
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		if len(cells) == 3 && strings.TrimSpace(cells[2]) == cycle {
			n++
		}
	}
	return n
}

type h10Joint struct {
	name     string
	low, top float64
}

var h10JointRow = regexp.MustCompile(`^\|\s*(J\d)\s*\|\s*(-?\d+)\s*~\s*\+?(\d+)\s*\|`)

// h10JointRanges reads the arm's joint range table.
func h10JointRanges(t *testing.T) []h10Joint {
	t.Helper()
	var out []h10Joint
	for _, line := range h10CorpusLines(t, "mycobot280-manual-zh-en/en/1-ProductInformation/2.ProductParameter/2-ProductParameters.md") {
		if m := h10JointRow.FindStringSubmatch(line); m != nil {
			out = append(out, h10Joint{m[1], atof(m[2]), atof(m[3])})
		}
	}
	if len(out) != 6 {
		t.Fatalf("found %d joint ranges, want 6", len(out))
	}
	return out
}

func h10WidestJoint(joints []h10Joint) (string, float64) {
	best := joints[0]
	for _, j := range joints {
		if j.top-j.low > best.top-best.low {
			best = j
		}
	}
	return best.name, best.top - best.low
}

func h10LopsidedJoints(joints []h10Joint) []string {
	var out []string
	for _, j := range joints {
		if -j.low != j.top {
			out = append(out, j.name)
		}
	}
	return out
}

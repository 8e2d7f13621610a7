package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

// heldout11DemoComputed recomputes from the demo files every value the
// eleventh held-out demo set expects as a roll-up, where-used list, count,
// mean, share, ranking or single spare term.
func heldout11DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	low := f.byRPN("")
	lowest := low[len(low)-1]
	item, total := h11ItemWithHighestRPNSum(f)
	e07 := h11MeanDowntime(f, func(r []string) bool { return strings.Contains(r[3], "E07") })
	busiest, orders := h11SerialsWithMostOrders(f)
	wo, hours := h11LongestDowntime(f, "2026")
	meanPrice := h11MeanSparePrice()
	cheap := h11CheapestSpare()
	control := f.avg("Control box", func(m fmeaFact) int { return m.rpn })
	wrench := h11TorquesWithTool("Torque wrench 5–25 N·m")
	return map[string][]string{
		"h11d-036": {spareTerms["CP200-CAS-05"][1]},
		"h11d-041": {spareTerms["CP200-CTL-05"][0]},
		"h11d-057": {num(f.rollupRows(func(r []string) bool { return strings.HasPrefix(r[1], "GB/T ") }))},
		"h11d-058": {num(f.rollupUnder("CP200-BRG-00", "GB/T 5783 M8x25"))},
		"h11d-059": f.parentsWhere(suppliedBy("Taizhou Hengxin")),
		"h11d-060": f.parentsWhere(func(r []string) bool { return r[6] == "HT250" }),
		"h11d-061": {f.countModes(func(m fmeaFact) bool { return m.o == 3 })},
		"h11d-062": {num(f.avg("", fmeaSeverity))},
		"h11d-063": {item, strconv.Itoa(total)},
		"h11d-064": {lowest.mode, strconv.Itoa(lowest.rpn)},
		"h11d-065": {num(h10Share(f, func(m fmeaFact) bool { return m.s >= 7 }))},
		"h11d-066": {f.countModes(func(m fmeaFact) bool { return m.d <= 3 })},
		"h11d-067": {num(control), num(h11Round1(control))},
		"h11d-068": {f.countModes(func(m fmeaFact) bool { return m.action != "None" })},
		"h11d-069": {num(f.totalDowntime(func(r []string) bool { return strings.HasPrefix(r[1], "2026") }))},
		"h11d-070": {f.countLog(func(r []string) bool { return strings.Contains(r[2], "S/N 2404102") })},
		"h11d-071": {num(h2Round2(e07)), num(h11Round1(e07))},
		"h11d-072": append(busiest, strconv.Itoa(orders)),
		"h11d-073": {f.countLog(func(r []string) bool { return r[6] == "none" })},
		"h11d-074": {wo, num(hours)},
		"h11d-075": {num(h2Round2(meanPrice)), num(h11Round1(meanPrice))},
		"h11d-076": cheap,
		"h11d-077": {h2Count(tsvTable("spare_terms")[1:], func(r []string) bool { return atof(r[2]) >= 14 })},
		"h11d-078": {strconv.Itoa(len(f.suppliedBy("Shanghai Baoli")))},
		"h11d-079": {h2Count(routing[1:], func(r []string) bool { return atof(r[3]) < 20 })},
		"h11d-080": append([]string{strconv.Itoa(len(wrench))}, wrench...),
	}
}

func h11Round1(v float64) float64 { return float64(int(v*10+0.5)) / 10 }

// h11ItemWithHighestRPNSum is the FMEA item whose failure modes add up to
// the highest RPN, and that sum.
func h11ItemWithHighestRPNSum(f *demoFacts) (string, int) {
	sums := map[string]int{}
	best := ""
	for _, m := range f.fmea {
		sums[m.item] += m.rpn
	}
	for _, m := range f.fmea {
		if sums[m.item] > sums[best] {
			best = m.item
		}
	}
	return best, sums[best]
}

// h11MeanDowntime is the mean downtime of the log rows keep selects.
func h11MeanDowntime(f *demoFacts, keep func([]string) bool) float64 {
	n, _ := strconv.Atoi(f.countLog(keep))
	return f.totalDowntime(keep) / float64(n)
}

// h11SerialsWithMostOrders names every pump tied for the most work orders.
func h11SerialsWithMostOrders(f *demoFacts) ([]string, int) {
	counts := map[string]int{}
	most := 0
	serials := h10Serials(f, func([]string) bool { return true })
	for _, r := range f.log {
		s := serialRe.FindStringSubmatch(r[2])[1]
		counts[s]++
		most = max(most, counts[s])
	}
	var out []string
	for _, s := range serials {
		if counts[s] == most {
			out = append(out, s)
		}
	}
	return out, most
}

// h11LongestDowntime is the work order of a year with the most downtime.
func h11LongestDowntime(f *demoFacts, year string) (string, float64) {
	best, most := "", -1.0
	for _, r := range f.log {
		if strings.HasPrefix(r[1], year) && hours(r) > most {
			best, most = r[0], hours(r)
		}
	}
	return best, most
}

func h11MeanSparePrice() float64 {
	rows := tsvTable("spare_terms")[1:]
	sum := 0.0
	for _, r := range rows {
		sum += atof(r[1])
	}
	return sum / float64(len(rows))
}

// h11CheapestSpare is the spare with the lowest unit price and that price.
func h11CheapestSpare() []string {
	rows := tsvTable("spare_terms")[1:]
	best := rows[0]
	for _, r := range rows {
		if atof(r[1]) < atof(best[1]) {
			best = r
		}
	}
	return []string{best[0], best[1]}
}

// h11TorquesWithTool names the torque table's fasteners tightened with tool.
func h11TorquesWithTool(tool string) []string {
	var names []string
	for _, r := range torques[1:] {
		if strings.HasPrefix(r[2], tool) {
			names = append(names, r[0])
		}
	}
	return names
}

// heldout11CorpusComputed recomputes from the real files every value the
// eleventh held-out corpus set expects as a roll-up, where-used list, count,
// mean, share, extreme or distinct list.
func heldout11CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	all := func(map[string]string) bool { return true }
	inAssembly := func(a string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["assembly"] == a }
	}
	prefixed := func(prefixes ...string) func(map[string]string) bool {
		return func(r map[string]string) bool {
			for _, p := range prefixes {
				if strings.HasPrefix(r["part #"], p) {
					return true
				}
			}
			return false
		}
	}
	cheapest := h11Cheapest(osr)
	rocker := h10MeanPrice(osr, inAssembly("rocker bogie"))
	share := 100 * osr.costWhere(inAssembly("drive wheel")) / osr.costWhere(all)
	subsystem := func(s string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["Subsystem"] == s }
	}
	var electrical csvTable
	for _, r := range fm {
		if subsystem("Electrical System")(r) {
			electrical = append(electrical, r)
		}
	}
	top := electrical.maxBy("RPN")["RPN"]
	fire := fm.meanWhere("Severity", subsystem("Fire Suppression System"))
	fewest, rows := h11LeastCommon(fm, "Subsystem")
	asset, cost := h11CostliestAsset(wo)
	aid7 := wo.meanWhere("Work_Order_Total_Actual_Cost", func(r map[string]string) bool { return r["AssetID"] == "AID7" })
	return map[string][]string{
		"h11c-041": {num(osr.rollupWhere(prefixed("1102-")))},
		"h11c-042": osr.distinct("assembly", prefixed("1109-", "1118-")),
		"h11c-043": {fmt.Sprintf("%.2f", osr.costWhere(inAssembly("corner")))},
		"h11c-044": {strconv.Itoa(osr.countWhere(func(r map[string]string) bool { return price(r) >= 10 }))},
		"h11c-045": {num(osr.rollupWhere(prefixed("1118-")))},
		"h11c-046": {cheapest["part #"], fmt.Sprintf("%.2f", price(cheapest))},
		"h11c-047": append([]string{strconv.Itoa(osr.countWhere(inAssembly("general")))}, osr.distinct("short name", inAssembly("general"))...),
		"h11c-048": {num(h2Round2(rocker)), num(h11Round1(rocker))},
		"h11c-049": h11SharedParts(osr),
		"h11c-050": {num(h2Round2(share)), num(h11Round1(share))},
		"h11c-051": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool {
			return subsystem("Power Train")(r) && atof(r["RPN"]) >= 20
		}))},
		"h11c-052": {top, strconv.Itoa(count(electrical, "RPN", top))},
		"h11c-053": {num(h2Round2(fire)), num(math.Round(fire*10) / 10)},
		"h11c-054": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool {
			return strings.HasPrefix(r["Current Controls"], "Investigated upon component failure")
		}))},
		"h11c-055": {fewest, strconv.Itoa(rows)},
		"h11c-056": fm.distinct("Sub-Component", func(r map[string]string) bool { return r["Component"] == "AFFF" }),
		"h11c-057": {num(h11CostWhere(wo, func(r map[string]string) bool { return startYear(r) == "2007" }))},
		"h11c-058": {strconv.Itoa(count(wo, "WorkCentre", "WC2"))},
		"h11c-059": {asset, num(cost)},
		"h11c-060": {num(h2Round2(aid7)), num(h11Round1(aid7))},
	}
}

// h11Cheapest is the first parts-list row with the lowest unit price.
func h11Cheapest(rows csvTable) map[string]string {
	best := rows[0]
	for _, r := range rows {
		if price(r) < price(best) {
			best = r
		}
	}
	return best
}

// h11SharedParts lists the part numbers used in more than one assembly.
func h11SharedParts(rows csvTable) []string {
	var out []string
	for _, p := range rows.distinct("part #", func(r map[string]string) bool { return r["part #"] != "" }) {
		if len(rows.distinct("assembly", func(r map[string]string) bool { return r["part #"] == p })) > 1 {
			out = append(out, p)
		}
	}
	return out
}

// h11LeastCommon is the value of col held by the fewest rows.
func h11LeastCommon(rows csvTable, col string) (string, int) {
	best, fewest := "", len(rows)+1
	for _, v := range rows.distinct(col, func(map[string]string) bool { return true }) {
		if n := count(rows, col, v); n < fewest {
			best, fewest = v, n
		}
	}
	return best, fewest
}

func h11CostWhere(rows csvTable, keep func(map[string]string) bool) float64 {
	total := 0.0
	for _, r := range rows {
		if keep(r) {
			total += atof(r["Work_Order_Total_Actual_Cost"])
		}
	}
	return total
}

// h11CostliestAsset is the asset whose work orders cost the most in total.
func h11CostliestAsset(rows csvTable) (string, float64) {
	best, most := "", -1.0
	for _, a := range rows.distinct("AssetID", func(map[string]string) bool { return true }) {
		if c := h11CostWhere(rows, func(r map[string]string) bool { return r["AssetID"] == a }); c > most {
			best, most = a, c
		}
	}
	return best, most
}

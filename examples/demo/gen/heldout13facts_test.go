package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// heldout13DemoComputed recomputes from the demo files every value the
// thirteenth held-out demo set expects as a table cell, count, mean, share,
// sum, ranking, roll-up or where-used list.
func heldout13DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	rows := h12FMEARows(t)
	spares := h2Spares(t)
	item, modes := h10MostModes(f)
	share := h10Share(f, func(m fmeaFact) bool { return m.rpn >= 100 })
	detection := f.avg("", func(m fmeaFact) int { return m.d })
	busiest := f.serialWithMostDowntime()
	mean2026 := h11MeanDowntime(f, func(r []string) bool { return strings.HasPrefix(r[1], "2026") })
	all := func(string) bool { return true }
	return map[string][]string{
		"h13d-036": {h12Torque(t, "Motor bolts")},
		"h13d-040": {spares["CP200-IMP-01"][6]},
		"h13d-042": {f.bomField("CP200-CTL-04", 8)},
		"h13d-043": {h12FMEAField(t, rows, "Elastomer swelling", 5)},
		"h13d-044": {h12FMEAField(t, rows, "Bearing fatigue spalling", 10)},
		"h13d-045": {h2LogField(t, f, "WO-25-0150", 4)},
		"h13d-046": {h2LogField(t, f, "WO-26-0119", 6)},
		"h13d-047": {spares["CP200-CAS-05"][7]},
		"h13d-048": {spares["CP200-SEL-03"][6]},
		"h13d-049": {h12Torque(t, "Coupling guard bolts")},
		"h13d-050": {h13RoutingTime(t, "80")},
		"h13d-051": {f.bomField("CP200-CPL-03", 8)},
		"h13d-052": {f.bomField("CP200-BRG-03", 6)},
		"h13d-053": {rpnOf(f, "Contactor welded")},
		"h13d-054": {h2LogField(t, f, "WO-25-0256", 7)},
		"h13d-055": {f.countModes(func(m fmeaFact) bool { return m.s >= 8 })},
		"h13d-056": {num(detection), num(h11Round1(detection))},
		"h13d-057": {item, strconv.Itoa(modes)},
		"h13d-058": {num(share)},
		"h13d-059": {num(f.totalDowntime(func(r []string) bool { return strings.HasPrefix(r[1], "2025") }))},
		"h13d-060": {busiest, num(f.downtime(busiest))},
		"h13d-061": {f.countLog(func(r []string) bool { return strings.Contains(r[3], "E07") })},
		"h13d-062": {num(h2Round2(mean2026)), num(h11Round1(mean2026))},
		"h13d-063": {strconv.Itoa(len(h2SparesWhere(spares, func(r []string) bool { return h2Atoi(r[7]) >= 14 })))},
		"h13d-064": {num(h2SpareStockValue(spares))},
		"h13d-065": {strconv.Itoa(h2RoutingMinutes(60, 110))},
		"h13d-066": {h2Count(torques[1:], func(r []string) bool { return h13Torque(r) >= 40 })},
		"h13d-067": h13PartsOfMaterial(f, "HT200"),
		"h13d-068": {num(f.rollupBelow("CP200-CPL-00", all))},
		"h13d-069": {num(f.rollup(is("CP200-BRG-04")))},
		"h13d-070": f.parents("GB/T 93 10"),
		"h13d-071": f.parentsWhere(suppliedBy("Ningbo Jinhai")),
		"h13d-072": {num(f.rollupRows(suppliedBy("Shanghai Baoli")))},
	}
}

// h13RoutingTime is the standard time, in minutes, of one routing operation.
func h13RoutingTime(t *testing.T, op string) string {
	t.Helper()
	for _, r := range routing[1:] {
		if r[0] == op {
			return r[3]
		}
	}
	t.Fatalf("no routing operation %s", op)
	return ""
}

// h13Torque is the torque, in N·m, of one row of the SOP's torque table.
func h13Torque(r []string) float64 {
	v, _ := strconv.ParseFloat(strings.Fields(r[1])[0], 64)
	return v
}

// h13PartsOfMaterial lists the distinct BOM part numbers made of material.
func h13PartsOfMaterial(f *demoFacts, material string) []string {
	var out []string
	for _, r := range f.bom {
		if r[6] == material && !slices.Contains(out, r[1]) {
			out = append(out, r[1])
		}
	}
	return out
}

// heldout13CorpusComputed recomputes from the real files every value the
// thirteenth held-out corpus set expects as a table cell, count, mean,
// share, sum, largest group or distinct list.
func heldout13CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	subsystem := func(s string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["Subsystem"] == s }
	}
	inAssembly := func(a string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["assembly"] == a }
	}
	fire := fm.meanWhere("RPN", subsystem("Fire Suppression System"))
	component, rows := h13MostCommonWithin(fm, subsystem("Electrical System"), "Component")
	blank := 100 * float64(fm.countWhere(func(r map[string]string) bool { return strings.TrimSpace(r["Recommended Action"]) == "" })) / float64(len(fm))
	mean2007 := wo.meanWhere("Work_Order_Total_Actual_Cost", func(r map[string]string) bool { return startYear(r) == "2007" })
	return map[string][]string{
		"h13c-028": {h13FMEACell(t, fm, "Fuel Tank", "Cracked or leaking", "Recommended Action")},
		"h13c-030": {h13FMEACell(t, fm, "Water Pump", "Mechanical Failure", "Current Controls")},
		"h13c-032": {h13Cell(t, wo, "PONumber", "2509", "AssetID")},
		"h13c-034": {h13Cell(t, wo, "ShortText", "audible alarm on softly at all times", "WorkCentre")},
		"h13c-035": {h13FMEACell(t, fm, "Water Pump", "Mechanical Failure", "RPN")},
		"h13c-036": {h13FMEACell(t, fm, "Differential", "Wearing", "Current Controls")},
		"h13c-037": {h13FMEACell(t, fm, "Radiator", "Leaks", "Recommended Action")},
		"h13c-038": {h13Cell(t, wo, "PONumber", "2370", "Work_Order_Total_Actual_Cost")},
		"h13c-039": {h13Cell(t, wo, "PONumber", "2212", "Work_Order_Basic_Start_Date")},
		"h13c-040": {fmt.Sprintf("%.2f", price(h13Row(t, osr, "part #", "2000-0025-0002")))},
		"h13c-041": {fmt.Sprintf("%.2f", price(h13Row(t, osr, "part #", "5202-2402-0027")))},
		"h13c-042": {h13Cell(t, osr, "short name", "wheel", "long name")},
		"h13c-043": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool {
			return subsystem("Power Train")(r) && atof(r["RPN"]) >= 18
		}))},
		"h13c-044": {num(h2Round2(fire)), num(h11Round1(fire))},
		"h13c-045": {component, strconv.Itoa(rows)},
		"h13c-046": {num(h2Round2(blank)), num(h11Round1(blank))},
		"h13c-047": fm.distinct("Component", subsystem("Hydraulic System")),
		"h13c-048": {strconv.Itoa(count(fm, "Severity", "4"))},
		"h13c-049": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return startYear(r) == "2001" }))},
		"h13c-050": {num(h11CostWhere(wo, func(r map[string]string) bool { return r["AssetID"] == "AID2" }))},
		"h13c-051": {num(h2Round2(mean2007)), num(h11Round1(mean2007)), num(math.Round(mean2007))},
		"h13c-052": {strconv.Itoa(osr.countWhere(inAssembly("body")))},
		"h13c-053": {fmt.Sprintf("%.2f", osr.costWhere(inAssembly("rocker bogie")))},
		"h13c-054": {strconv.Itoa(osr.countWhere(func(r map[string]string) bool { return price(r) > 10 }))},
	}
}

// h13Row is the first row whose column key holds value.
func h13Row(t *testing.T, rows csvTable, key, value string) map[string]string {
	t.Helper()
	for _, r := range rows {
		if strings.TrimSpace(r[key]) == value {
			return r
		}
	}
	t.Fatalf("no row with %s = %q", key, value)
	return nil
}

// h13Cell is one column of the first row whose column key holds value.
func h13Cell(t *testing.T, rows csvTable, key, value, col string) string {
	t.Helper()
	return h13Row(t, rows, key, value)[col]
}

// h13FMEACell is one column of an FMEA failure mode of a sub-component:
// the first filled one, since a mode repeated for another cause may leave
// it blank.
func h13FMEACell(t *testing.T, rows csvTable, sub, mode, col string) string {
	t.Helper()
	for _, r := range rows {
		if r["Sub-Component"] == sub && r["Potential Failure Mode"] == mode && strings.TrimSpace(r[col]) != "" {
			return r[col]
		}
	}
	t.Fatalf("no FMEA %s for %s / %s", col, sub, mode)
	return ""
}

// h13MostCommonWithin is the value of col held by the most rows keep
// selects, and how many.
func h13MostCommonWithin(rows csvTable, keep func(map[string]string) bool, col string) (string, int) {
	counts := map[string]int{}
	best := ""
	for _, r := range rows {
		if keep(r) {
			counts[r[col]]++
			if best == "" || counts[r[col]] > counts[best] {
				best = r[col]
			}
		}
	}
	return best, counts[best]
}

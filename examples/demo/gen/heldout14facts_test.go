package main

import (
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// heldout14DemoComputed recomputes from the demo files every value the
// fourteenth held-out demo set expects as a count, mean, share, sum,
// ranking, roll-up, where-used list or single table cell.
func heldout14DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	spares := h2Spares(t)
	public := h14PublicSpares(t)
	meanO := h14FMEAMean(f, "", func(m fmeaFact) int { return m.o })
	item, severity := h14ItemWithHighestMean(f, fmeaSeverity)
	share := 100 * h14Ratio(f.countModes(func(m fmeaFact) bool { return m.d >= 6 }), len(f.fmea))
	motor := f.byRPN("Motor")[0]
	serial, least := h14SerialWithLeastDowntime(f)
	seal := h14MeanDowntime(f, func(r []string) bool { return strings.HasPrefix(r[3], "Seal leaking") })
	lead := h14MeanSpareLead(spares)
	return map[string][]string{
		"h14d-048": {h14FMEACell(t, "Hub slips on the shaft", 5)},
		"h14d-049": {h14FMEACell(t, "Seal spring clogged", 10)},
		"h14d-050": {h14FMEACell(t, "Contactor welded", 3)},
		"h14d-051": {h2LogField(t, f, "WO-25-0256", 4)},
		"h14d-052": {h2LogField(t, f, "WO-26-0119", 5)},
		"h14d-053": {spares["CP200-CAS-05"][7]},
		"h14d-054": {spares["6306 C3"][6]},
		"h14d-055": {h14Torque(t, "Seal gland bolts")},
		"h14d-056": {h14RoutingTime(t, "90")},
		"h14d-057": {f.bomField("CP200-BRG-04", 8)},
		"h14d-058": {public["CP200-SEL-03"][2]},
		"h14d-059": {public["CP200-CAS-03"][4]},
		"h14d-060": {f.countModes(func(m fmeaFact) bool { return m.s >= 8 })},
		"h14d-061": {num(h2Round2(meanO)), num(h14Round1(meanO))},
		"h14d-062": {item, num(h2Round2(severity))},
		"h14d-063": {num(h2Round2(share))},
		"h14d-064": {f.countModes(func(m fmeaFact) bool { return m.action == "None" })},
		"h14d-065": {strconv.Itoa(h14RPNSum(f, "Bearing assembly"))},
		"h14d-066": f.modes(func(m fmeaFact) bool { return m.rpn >= 120 }),
		"h14d-067": {motor.mode, strconv.Itoa(motor.rpn)},
		"h14d-068": {num(f.totalDowntime(func(r []string) bool { return strings.HasPrefix(r[1], "2025") }))},
		"h14d-069": {serial, num(least)},
		"h14d-070": {num(h2Round2(seal))},
		"h14d-071": {f.countLog(func(r []string) bool { return strings.HasPrefix(r[1], "2026") && r[6] == "none" })},
		"h14d-072": {f.countLog(func(r []string) bool { return h14FaultCode.MatchString(r[3]) })},
		"h14d-073": h2SparesWhere(spares, func(r []string) bool { return atof(r[6]) > 100 }),
		"h14d-074": {num(h2Round2(lead)), num(h14Round1(lead))},
		"h14d-075": {h2Count(routing[1:], func(r []string) bool { return atof(r[3]) >= 30 })},
		"h14d-076": {num(f.rollup(is("GB/T 93 10")))},
		"h14d-077": {num(f.rollupRows(suppliedBy("Shanghai Baoli")))},
		"h14d-078": f.parents("GB/T 5783 M8x25"),
		"h14d-079": f.parentsWhere(suppliedBy("Jiaxing Lianda")),
		"h14d-080": {num(f.rollupBelow("CP200-BRG-00", func(p string) bool { return strings.HasPrefix(p, "GB/T 5783 ") }))},
	}
}

var h14FaultCode = regexp.MustCompile(`\bE0\d\b`)

func h14Round1(v float64) float64 { return math.Round(v*10) / 10 }

func h14Ratio(count string, n int) float64 {
	c, _ := strconv.Atoi(count)
	return float64(c) / float64(n)
}

// h14FMEAMean is the unrounded mean of value over the failure modes of the
// items starting with item.
func h14FMEAMean(f *demoFacts, item string, value func(fmeaFact) int) float64 {
	sum, n := 0, 0
	for _, m := range f.fmea {
		if strings.HasPrefix(m.item, item) {
			sum += value(m)
			n++
		}
	}
	return float64(sum) / float64(n)
}

// h14ItemWithHighestMean is the FMEA item whose failure modes have the
// highest mean of value, and that mean.
func h14ItemWithHighestMean(f *demoFacts, value func(fmeaFact) int) (string, float64) {
	best, most := "", -1.0
	for _, m := range f.fmea {
		if v := h14FMEAMean(f, m.item, value); v > most {
			best, most = m.item, v
		}
	}
	return best, most
}

func h14RPNSum(f *demoFacts, item string) int {
	sum := 0
	for _, m := range f.fmea {
		if strings.HasPrefix(m.item, item) {
			sum += m.rpn
		}
	}
	return sum
}

// h14FMEACell reads one cell of the FMEA row whose failure mode starts
// with mode, straight from fmea.xlsx.
func h14FMEACell(t *testing.T, mode string, col int) string {
	t.Helper()
	rows, err := openWorkbook(t, filepath.Join(demoDir, "internal", "fmea.xlsx")).GetRows("FMEA")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if len(r) > col && strings.HasPrefix(r[2], mode) {
			return r[col]
		}
	}
	t.Fatalf("no FMEA failure mode %q", mode)
	return ""
}

// h14MeanDowntime is the mean downtime of the log rows keep selects.
func h14MeanDowntime(f *demoFacts, keep func([]string) bool) float64 {
	n, _ := strconv.Atoi(f.countLog(keep))
	return f.totalDowntime(keep) / float64(n)
}

// h14SerialWithLeastDowntime is the pump with the fewest downtime hours in
// the log, and those hours.
func h14SerialWithLeastDowntime(f *demoFacts) (string, float64) {
	totals := map[string]float64{}
	var serials []string
	for _, r := range f.log {
		s := serialRe.FindStringSubmatch(r[2])[1]
		if _, ok := totals[s]; !ok {
			serials = append(serials, s)
		}
		totals[s] += hours(r)
	}
	best := serials[0]
	for _, s := range serials {
		if totals[s] < totals[best] {
			best = s
		}
	}
	return best, totals[best]
}

func h14MeanSpareLead(spares map[string][]string) float64 {
	sum := 0.0
	for _, r := range spares {
		sum += atof(r[7])
	}
	return sum / float64(len(spares))
}

// h14PublicSpares reads the public spare_parts.csv, keyed by part number to
// the cells after it: Name, 名称, Recommended stock, Unit, Notes.
func h14PublicSpares(t *testing.T) map[string][]string {
	t.Helper()
	rows, err := readCSV(filepath.Join(demoDir, "public", "spare_parts.csv"))
	if err != nil {
		t.Fatal(err)
	}
	return keyedRows(rows)
}

// h14Torque is the torque, in N·m, of the SOP torque table's fastener that
// starts with name.
func h14Torque(t *testing.T, name string) string {
	t.Helper()
	for _, r := range torques[1:] {
		if strings.HasPrefix(r[0], name) {
			return strings.TrimSuffix(r[1], " N·m")
		}
	}
	t.Fatalf("no torque for %q", name)
	return ""
}

// h14RoutingTime is the standard time, in minutes, of one SOP operation.
func h14RoutingTime(t *testing.T, op string) string {
	t.Helper()
	for _, r := range routing[1:] {
		if r[0] == op {
			return r[3]
		}
	}
	t.Fatalf("no operation %s", op)
	return ""
}

// heldout14CorpusComputed recomputes from the real files every value the
// fourteenth held-out corpus set expects as a count, sum, mean, extreme,
// distinct list, roll-up or single table cell.
func heldout14CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	fmeaRow := func(sub, mode string) map[string]string {
		return h14One(t, fm, func(r map[string]string) bool {
			return r["Sub-Component"] == sub && r["Potential Failure Mode"] == mode
		})
	}
	order := func(po string) map[string]string {
		return h14One(t, wo, func(r map[string]string) bool { return r["PONumber"] == po })
	}
	part := func(p string) map[string]string {
		return h14One(t, osr, func(r map[string]string) bool { return r["part #"] == p })
	}
	subsystem := func(s string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["Subsystem"] == s }
	}
	asset := func(a string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["AssetID"] == a }
	}
	highest, meanRPN := h14HighestMean(fm, "Subsystem", "RPN")
	fire := fm.meanWhere("Detection", subsystem("Fire Suppression System"))
	cooling := h14MaxWhere(fm, "RPN", func(r map[string]string) bool { return r["Component"] == "Cooling System" })
	aid9 := wo.meanWhere("Work_Order_Total_Actual_Cost", asset("AID9"))
	wc2 := func(r map[string]string) bool { return r["WorkCentre"] == "WC2" }
	return map[string][]string{
		"h14c-030": {fmeaRow("Fuel Tank", "Cracked or leaking")["Recommended Action"]},
		"h14c-032": {h14One(t, wo, func(r map[string]string) bool { return r["ShortText"] == "door latch repair" })["AssetID"]},
		"h14c-034": {fmeaRow("Water Pump", "Mechanical Failure")["Potential Cause(s) of Failure"]},
		"h14c-036": {order("2364")["ShortText"]},
		"h14c-037": {fmeaRow("Radiator", "Leaks")["RPN"]},
		"h14c-038": {fmeaRow("Dump Cylinder", "Excessive clearances")["Recommended Action"]},
		"h14c-039": {fmt.Sprintf("%.2f", price(part("2000-0025-0002")))},
		"h14c-040": {part("1106-0041-0328")["req"]},
		"h14c-041": {order("2375")["Work_Order_Total_Actual_Cost"]},
		"h14c-042": {order("2346")["Functional_Location_Description"]},
		"h14c-043": {fmeaRow("Water Pump", "Mechanical Failure")["Current Controls"]},
		"h14c-044": {h14One(t, osr, func(r map[string]string) bool { return r["short name"] == "Idler Bearing Hub" })["part #"]},
		"h14c-045": {strconv.Itoa(count(fm, "Severity", "4"))},
		"h14c-046": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool {
			return subsystem("Power Unit")(r) && atof(r["RPN"]) >= 27
		}))},
		"h14c-047": {highest, num(h2Round2(meanRPN)), num(h14Round1(meanRPN))},
		"h14c-048": {num(h2Round2(fire)), num(h14Round1(fire))},
		"h14c-049": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return strings.TrimSpace(r["Recommended Action"]) == "" }))},
		"h14c-050": {strconv.Itoa(len(fm.distinct("Sub-Component", func(r map[string]string) bool { return r["Component"] == "Transmission" })))},
		"h14c-051": fm.distinct("Sub-Component", func(r map[string]string) bool { return atof(r["Occurrence"]) >= 4 }),
		"h14c-052": {cooling["Sub-Component"], cooling["Potential Failure Mode"], cooling["RPN"]},
		"h14c-053": {num(h14CostWhere(wo, func(r map[string]string) bool { return startYear(r) == "2001" }))},
		"h14c-054": {num(h14CostWhere(wo, asset("AID1")))},
		"h14c-055": {num(h2Round2(aid9)), num(h14Round1(aid9))},
		"h14c-056": {strconv.Itoa(count(wo, "Functional_Location_Description", "hydraulics"))},
		"h14c-057": append([]string{strconv.Itoa(wo.countWhere(wc2))}, wo.distinct("AssetID", wc2)...),
		"h14c-058": {fmt.Sprintf("%.2f", osr.costWhere(func(r map[string]string) bool { return r["assembly"] == "drive wheel" }))},
		"h14c-059": osr.distinct("part #", func(r map[string]string) bool { return price(r) < 2 }),
		"h14c-060": {num(osr.rollupWhere(func(r map[string]string) bool { return strings.HasPrefix(r["part #"], "1106-") }))},
	}
}

// h14One is the first row keep selects; the question names one record.
func h14One(t *testing.T, rows csvTable, keep func(map[string]string) bool) map[string]string {
	t.Helper()
	for _, r := range rows {
		if keep(r) {
			return r
		}
	}
	t.Fatal("no row matches")
	return nil
}

// h14HighestMean is the value of group whose rows have the highest mean
// of col, and that mean.
func h14HighestMean(rows csvTable, group, col string) (string, float64) {
	best, most := "", math.Inf(-1)
	for _, g := range rows.distinct(group, func(map[string]string) bool { return true }) {
		if m := rows.meanWhere(col, func(r map[string]string) bool { return r[group] == g }); m > most {
			best, most = g, m
		}
	}
	return best, most
}

// h14MaxWhere is the first row keep selects with the highest col.
func h14MaxWhere(rows csvTable, col string, keep func(map[string]string) bool) map[string]string {
	var best map[string]string
	for _, r := range rows {
		if keep(r) && (best == nil || atof(r[col]) > atof(best[col])) {
			best = r
		}
	}
	return best
}

func h14CostWhere(rows csvTable, keep func(map[string]string) bool) float64 {
	total := 0.0
	for _, r := range rows {
		if keep(r) {
			total += atof(r["Work_Order_Total_Actual_Cost"])
		}
	}
	return total
}

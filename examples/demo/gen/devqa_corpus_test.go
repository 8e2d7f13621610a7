package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestDevCorpusQA(t *testing.T) {
	requireCorpus(t)
	computed := devCorpusComputed(t)
	checkFrozenCorpusSet(t, "dev_corpus.jsonl", "dev_corpus_paths.txt", 70, func(it qaItem) bool {
		_, ok := computed[it.ID]
		return ok
	})
	checkComputed(t, "dev_corpus.jsonl", computed)
}

// devCorpusComputed computes the aggregate answers of dev_corpus.jsonl from
// the rover parts list, the FMEA sheet and the work orders.
func devCorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fmea, wo, rover, f := c.osr, c.fmea, c.wo, c.rover, c.f
	priciest := osr.maxBy("cost")
	subsystem, mean := fmea.highestMean("Subsystem", "RPN")
	powerTrain := f.top("Power Train")
	year, starts := wo.mostCommonBy(func(r map[string]string) string { return startYear(r) })
	return map[string][]string{
		"dc-028": {num(rover.qty["2000-0025-0002"]) + " servos"},
		"dc-029": {num(osr.rollupWhere(func(r map[string]string) bool { return strings.HasPrefix(r["part #"], "1106-") }))},
		"dc-030": {fmt.Sprintf("%.2f", rover.assemblyCost["rocker bogie"])},
		"dc-031": {fmt.Sprintf("%.2f", osr.costWhere(func(r map[string]string) bool { return r["assembly"] == "corner" }))},
		"dc-032": {priciest["part #"], strings.TrimPrefix(priciest["cost"], "$")},
		"dc-033": osr.distinct("short name", func(r map[string]string) bool { return price(r) < 2 }),
		"dc-034": {num(osr.rollupWhere(func(r map[string]string) bool { return strings.Contains(strings.ToLower(r["short name"]), "gorail") }))},
		"dc-035": rover.usedIn["1611-0514-0008"],
		"dc-036": {strconv.Itoa(count(osr, "assembly", "body"))},
		"dc-039": {strconv.Itoa(count(fmea, "Subsystem", "Electrical System"))},
		"dc-040": {strconv.Itoa(count(fmea, "Severity", "4"))},
		"dc-041": {fmt.Sprintf("%.2f", fmea.meanWhere("RPN", func(r map[string]string) bool { return r["Subsystem"] == "Fire Suppression System" }))},
		"dc-042": fmea.distinct("Component", func(r map[string]string) bool { return r["Subsystem"] == "Hydraulic System" }),
		"dc-043": {strconv.Itoa(fmea.countWhere(func(r map[string]string) bool { return strings.TrimSpace(r["Recommended Action"]) == "" }))},
		"dc-044": {subsystem, fmt.Sprintf("%.2f", mean)},
		"dc-045": fmea.maxOccurrence(),
		"dc-046": {fmt.Sprintf("%.2f%%", 100*float64(fmea.countWhere(func(r map[string]string) bool { return atof(r["Detection"]) >= 4 }))/float64(len(fmea)))},
		"dc-047": {strconv.Itoa(f.countRPN(func(r float64) bool { return r >= 24 }))},
		"dc-048": {strconv.Itoa(count(fmea, "Component", "Data Collection Unit (DCU)"))},
		"dc-053": {num(powerTrain.rpn), counted(fmea.countWhere(func(r map[string]string) bool {
			return r["Subsystem"] == "Power Train" && atof(r["RPN"]) == powerTrain.rpn
		}), " rows")},
		"dc-054": {strconv.Itoa(count(wo, "AssetID", "AID1"))},
		"dc-055": {counted(count(wo, "WorkCentre", "WC2"), " 张")},
		"dc-056": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return strings.Contains(strings.ToLower(r["ShortText"]), "leak") }))},
		"dc-057": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return startYear(r) == "2001" }))},
		"dc-059": wo.distinct("ShortText", func(r map[string]string) bool { return r["AssetID"] == "AID3" }),
		"dc-060": {year, strconv.Itoa(starts)},
		"dc-061": {strconv.Itoa(count(wo, "Functional_Location_Description", "mast"))},
	}
}

func atof(s string) float64 { v, _ := strconv.ParseFloat(strings.TrimSpace(s), 64); return v }

func price(r map[string]string) float64 { return atof(strings.TrimPrefix(r["cost"], "$")) }

func startYear(r map[string]string) string {
	date := r["Work_Order_Basic_Start_Date"]
	return date[strings.LastIndex(date, "/")+1:]
}

func (rows csvTable) countWhere(keep func(map[string]string) bool) int {
	n := 0
	for _, r := range rows {
		if keep(r) {
			n++
		}
	}
	return n
}

func (rows csvTable) distinct(col string, keep func(map[string]string) bool) []string {
	var out []string
	for _, r := range rows {
		if keep(r) && !slices.Contains(out, r[col]) {
			out = append(out, r[col])
		}
	}
	return out
}

// rollupWhere is the quantity in the whole rover of the rows keep selects.
func (rows csvTable) rollupWhere(keep func(map[string]string) bool) float64 {
	total := 0.0
	for _, r := range rows {
		if keep(r) {
			total += atof(r["req"]) * atof(r["mult"])
		}
	}
	return total
}

// costWhere is what the rows keep selects cost for the whole rover.
func (rows csvTable) costWhere(keep func(map[string]string) bool) float64 {
	total := 0.0
	for _, r := range rows {
		if keep(r) {
			total += price(r) * atof(r["req"]) * atof(r["mult"])
		}
	}
	return total
}

func (rows csvTable) maxBy(col string) map[string]string {
	best := rows[0]
	for _, r := range rows {
		if atof(strings.TrimPrefix(r[col], "$")) > atof(strings.TrimPrefix(best[col], "$")) {
			best = r
		}
	}
	return best
}

func (rows csvTable) meanWhere(col string, keep func(map[string]string) bool) float64 {
	sum, n := 0.0, 0
	for _, r := range rows {
		if keep(r) {
			sum += atof(r[col])
			n++
		}
	}
	return sum / float64(n)
}

// highestMean is the group whose rows have the highest mean of col.
func (rows csvTable) highestMean(group, col string) (string, float64) {
	best, bestMean := "", -1.0
	for _, g := range rows.distinct(group, func(map[string]string) bool { return true }) {
		if m := rows.meanWhere(col, func(r map[string]string) bool { return r[group] == g }); m > bestMean {
			best, bestMean = g, m
		}
	}
	return best, bestMean
}

// maxOccurrence names the rows with the highest occurrence rating by
// sub-component and failure mode.
func (rows csvTable) maxOccurrence() []string {
	top := 0.0
	for _, r := range rows {
		top = max(top, atof(r["Occurrence"]))
	}
	var out []string
	for _, r := range rows {
		if atof(r["Occurrence"]) == top {
			out = append(out, r["Sub-Component"], r["Potential Failure Mode"])
		}
	}
	return out
}

func (rows csvTable) mostCommonBy(key func(map[string]string) string) (string, int) {
	counts := map[string]int{}
	best := ""
	for _, r := range rows {
		k := key(r)
		counts[k]++
		if counts[k] > counts[best] {
			best = k
		}
	}
	return best, counts[best]
}

package main

import (
	"encoding/csv"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// heldout2DemoComputed recomputes, from the demo files, every value the
// aggregate and single-record questions of heldout2_demo.jsonl expect.
func heldout2DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	t.Helper()
	spares := h2Spares(t)
	fm := f.fmea
	rpnSum := func(item string) int {
		n := 0
		for _, m := range fm {
			if m.item == item {
				n += m.rpn
			}
		}
		return n
	}
	lowest := slices.MinFunc(fm, func(a, b fmeaFact) int { return a.rpn - b.rpn })
	items := h2Distinct(h2Map(fm, func(m fmeaFact) string { return m.item }))
	mostModes := slices.MaxFunc(items, func(a, b string) int {
		return h2Atoi(h2Count(fm, func(m fmeaFact) bool { return m.item == a })) - h2Atoi(h2Count(fm, func(m fmeaFact) bool { return m.item == b }))
	})
	topTotal := slices.MaxFunc(items, func(a, b string) int { return rpnSum(a) - rpnSum(b) })
	none := h2Atoi(h2Count(fm, func(m fmeaFact) bool { return m.action == "None" }))
	serial, serialHours := h2MostDowntime(f)
	op := slices.MaxFunc(routing[1:], func(a, b []string) int { return h2Atoi(a[3]) - h2Atoi(b[3]) })
	outside := h2Distinct(h2Map(f.bom, func(r []string) string { return r[8] }))
	outside = slices.DeleteFunc(outside, func(s string) bool { return strings.Contains(s, "in-house") })
	return map[string][]string{
		"h2d-051": {f.bomField("CP200-CAS-05", 8)},
		"h2d-052": {spares["6308 C3"][6], spares["6308 C3"][7]},
		"h2d-053": {h2Mode(t, fm, "Contactor welded").action},
		"h2d-054": {h2ModeCause(t, "Insulation failure")},
		"h2d-055": {h2LogField(t, f, "WO-25-0228", 5)},
		"h2d-056": {h2LogField(t, f, "WO-26-0048", 5)},
		"h2d-060": {h2Count(fm, func(m fmeaFact) bool { return m.rpn >= 120 })},
		"h2d-061": {h2Count(fm, func(m fmeaFact) bool { return m.s >= 8 })},
		"h2d-062": {num(f.avg("", func(m fmeaFact) int { return m.d }))},
		"h2d-063": {mostModes},
		"h2d-064": {lowest.mode, strconv.Itoa(lowest.rpn)},
		"h2d-065": {num(h2Round2(float64(none) * 100 / float64(len(fm))))},
		"h2d-066": {topTotal, strconv.Itoa(rpnSum(topTotal))},
		"h2d-067": {num(f.totalLogHours(func([]string) bool { return true }))},
		"h2d-068": {serial, num(serialHours)},
		"h2d-069": {h2Count(f.log, func(r []string) bool { return strings.Contains(r[3], "E07") })},
		"h2d-070": {h2Count(f.log, func(r []string) bool { return strings.HasPrefix(r[1], "2026") })},
		"h2d-071": {num(f.totalLogHours(func(r []string) bool { return strings.Contains(r[2], "S/N 2409210") }) /
			float64(h2Atoi(h2Count(f.log, func(r []string) bool { return strings.Contains(r[2], "S/N 2409210") }))))},
		"h2d-072": f.workOrders(func(r []string) bool { return strings.Contains(r[6], "CP200-SEL-01") }),
		"h2d-073": h2FaultCodes(f),
		"h2d-074": {op[0], op[3]},
		"h2d-075": {strconv.Itoa(h2RoutingMinutes(70, 100))},
		"h2d-076": {strconv.Itoa(len(outside))},
		"h2d-077": {strconv.Itoa(len(h2Distinct(h2Map(slices.DeleteFunc(slices.Clone(f.bom), func(r []string) bool {
			return !strings.HasPrefix(r[8], "Taizhou Hengxin")
		}), func(r []string) string { return r[1] }))))},
		"h2d-078": {num(h2SpareStockValue(spares))},
		"h2d-079": h2SparesWhere(spares, func(r []string) bool { return h2Atoi(r[7]) > 20 }),
		"h2d-080": h2Distinct(h2Map(slices.DeleteFunc(slices.Clone(f.bom), func(r []string) bool { return r[6] != "HT250" }),
			func(r []string) string { return r[1] })),
		"h2d-081": {num(f.rollup(is("CP200-BRG-04")))},
		"h2d-082": {num(f.rollupBelow("CP200-BSE-00", func(p string) bool { return strings.HasPrefix(p, "GB/T 5783 ") }))},
		"h2d-083": {num(f.rollupBelow("CP200-CPL-00", func(string) bool { return true }))},
		"h2d-084": append(f.parents("CP200-SEL-03"), num(f.rollup(is("CP200-SEL-03")))),
		"h2d-085": h2Distinct(slices.Concat(f.parents("CP200-CAS-03"), f.parents("CP200-SEL-01"), f.parents("CP200-SEL-03"), f.parents("CP200-BRG-04"))),
	}
}

func h2Atoi(s string) int { n, _ := strconv.Atoi(strings.TrimSpace(s)); return n }

func h2Map[T any](xs []T, f func(T) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func (f *demoFacts) bomField(part string, col int) string {
	for _, r := range f.bom {
		if r[1] == part {
			return r[col]
		}
	}
	return "no part " + part
}

// rollupBelow sums the quantities, per pump, of the parts below one level-1
// assembly that match, multiplying by every sub-assembly quantity between.
func (f *demoFacts) rollupBelow(assembly string, match func(string) bool) float64 {
	inside, total := false, 0.0
	var stack []float64
	for _, r := range f.bom {
		level := h2Atoi(r[0])
		qty, _ := strconv.ParseFloat(r[4], 64)
		if level <= 1 {
			inside = r[1] == assembly
			stack = []float64{}
			continue
		}
		stack = stack[:level-2]
		if inside && match(r[1]) {
			total += qty * perUnit(stack)
		}
		stack = append(stack, qty)
	}
	return total
}

func (f *demoFacts) totalLogHours(keep func([]string) bool) float64 {
	total := 0.0
	for _, r := range f.log {
		if keep(r) {
			h, _ := strconv.ParseFloat(r[7], 64)
			total += h
		}
	}
	return total
}

var h2Serial = regexp.MustCompile(`S/N (\d+)`)

func h2MostDowntime(f *demoFacts) (string, float64) {
	hours := map[string]float64{}
	var order []string
	for _, r := range f.log {
		s := h2Serial.FindStringSubmatch(r[2])[1]
		if _, ok := hours[s]; !ok {
			order = append(order, s)
		}
		h, _ := strconv.ParseFloat(r[7], 64)
		hours[s] += h
	}
	best := slices.MaxFunc(order, func(a, b string) int {
		switch {
		case hours[a] > hours[b]:
			return 1
		case hours[a] < hours[b]:
			return -1
		}
		return 0
	})
	return best, hours[best]
}

var h2Code = regexp.MustCompile(`\bE0\d\b`)

func h2FaultCodes(f *demoFacts) []string {
	var out []string
	for _, r := range f.log {
		out = append(out, h2Code.FindAllString(r[3], -1)...)
	}
	out = h2Distinct(out)
	slices.Sort(out)
	return out
}

func h2RoutingMinutes(from, to int) int {
	total := 0
	for _, r := range routing[1:] {
		if op := h2Atoi(r[0]); op >= from && op <= to {
			total += h2Atoi(r[3])
		}
	}
	return total
}

func h2Mode(t *testing.T, fm []fmeaFact, mode string) fmeaFact {
	t.Helper()
	for _, m := range fm {
		if m.mode == mode {
			return m
		}
	}
	t.Fatalf("no FMEA failure mode %q", mode)
	return fmeaFact{}
}

// h2ModeCause reads the Potential Cause column, which demoFacts does not keep.
func h2ModeCause(t *testing.T, mode string) string {
	t.Helper()
	rows, err := openWorkbook(t, filepath.Join(demoDir, "internal", "fmea.xlsx")).GetRows("FMEA")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if r[2] == mode {
			return r[5]
		}
	}
	return "no failure mode " + mode
}

func h2LogField(t *testing.T, f *demoFacts, wo string, col int) string {
	t.Helper()
	for _, r := range f.log {
		if r[0] == wo {
			return r[col]
		}
	}
	t.Fatalf("no work order %s", wo)
	return ""
}

// h2Spares reads the internal "Spare parts" sheet of bom.xlsx, keyed by part:
// Part No., Name, 名称, Recommended stock, Unit, Supplier, Unit price, Lead time.
func h2Spares(t *testing.T) map[string][]string {
	t.Helper()
	rows, err := openWorkbook(t, filepath.Join(demoDir, "internal", "bom.xlsx")).GetRows("Spare parts")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 2 || len(rows[0]) != 8 || rows[0][6] != "Unit price (CNY)" || rows[0][7] != "Lead time (days)" {
		t.Fatalf("Spare parts sheet header %v", rows[0])
	}
	out := map[string][]string{}
	for _, r := range rows[1:] {
		out[r[0]] = r
	}
	return out
}

func h2SpareStockValue(spares map[string][]string) float64 {
	total := 0.0
	for _, r := range spares {
		stock, _ := strconv.ParseFloat(r[3], 64)
		price, _ := strconv.ParseFloat(r[6], 64)
		total += stock * price
	}
	return h2Round2(total)
}

func h2SparesWhere(spares map[string][]string, keep func([]string) bool) []string {
	var out []string
	for part, r := range spares {
		if keep(r) {
			out = append(out, part)
		}
	}
	slices.Sort(out)
	return out
}

// corpusFilesUnder lists the files under one path of shared/corpus (a file or
// a folder taken recursively), keyed by base name.
func corpusFilesUnder(t *testing.T, path string) map[string][]string {
	t.Helper()
	files := map[string][]string{}
	err := filepath.WalkDir(filepath.Join(corpusDir, path), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files[d.Name()] = append(files[d.Name()], p)
		}
		return err
	})
	if err != nil {
		t.Fatalf("corpus path %s: %v", path, err)
	}
	return files
}

// h2Table is a CSV file of the corpus as header-keyed rows.
type h2Table []map[string]string

func h2ReadCSV(t *testing.T, path string, fix func(row []string) []string) h2Table {
	t.Helper()
	data := strings.TrimPrefix(string(readFile(t, filepath.Join(corpusDir, path))), "\ufeff")
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out h2Table
	for _, row := range rows[1:] {
		row = fix(row)
		if len(row) != len(rows[0]) {
			t.Fatalf("%s: row %v has %d fields, header %d", path, row, len(row), len(rows[0]))
		}
		m := map[string]string{}
		for i, h := range rows[0] {
			m[strings.TrimSpace(h)] = strings.TrimSpace(row[i])
		}
		out = append(out, m)
	}
	return out
}

// roverRow joins the long name back together: some long names hold unquoted
// commas, and the cost and quantities are always the last three fields.
func roverRow(row []string) []string {
	if len(row) <= 8 {
		return row
	}
	n := len(row)
	return slices.Concat(row[:3], []string{strings.Join(row[3:n-4], ",")}, row[n-4:])
}

func (rows h2Table) where(keep func(map[string]string) bool) h2Table {
	return slices.DeleteFunc(slices.Clone(rows), func(r map[string]string) bool { return !keep(r) })
}

func (rows h2Table) col(name string) []string {
	return h2Map(rows, func(r map[string]string) string { return r[name] })
}

func h2Float(s string) float64 {
	v, _ := strconv.ParseFloat(strings.TrimPrefix(strings.TrimSpace(s), "$"), 64)
	return v
}

func roverQty(r map[string]string) float64 {
	return h2Float(r["# req in assy"]) * h2Float(r["assembly multiplier"])
}

func roverCost(rows h2Table) float64 {
	total := 0.0
	for _, r := range rows {
		total += h2Float(r["cost pp"]) * roverQty(r)
	}
	return h2Round2(total)
}

func roverTotalQty(rows h2Table) float64 {
	total := 0.0
	for _, r := range rows {
		total += roverQty(r)
	}
	return total
}

// meanBy groups rows by one column and returns the group with the highest
// mean of another, and that mean.
func (rows h2Table) highestMeanBy(group, value string) (string, float64) {
	sum, n := map[string]float64{}, map[string]float64{}
	for _, r := range rows {
		sum[r[group]] += h2Float(r[value])
		n[r[group]]++
	}
	best := ""
	for g := range sum {
		if best == "" || sum[g]/n[g] > sum[best]/n[best] {
			best = g
		}
	}
	return best, sum[best] / n[best]
}

func (rows h2Table) largestGroup(col string) (string, int) {
	n := map[string]int{}
	best := ""
	for _, r := range rows {
		n[r[col]]++
		if best == "" || n[r[col]] > n[best] {
			best = r[col]
		}
	}
	return best, n[best]
}

func (rows h2Table) sumBy(group, value string) (string, float64) {
	sum := map[string]float64{}
	best := ""
	for _, r := range rows {
		sum[r[group]] += h2Float(r[value])
	}
	for g := range sum {
		if best == "" || sum[g] > sum[best] {
			best = g
		}
	}
	return best, sum[best]
}

func (rows h2Table) one(t *testing.T, keep func(map[string]string) bool) map[string]string {
	t.Helper()
	hits := rows.where(keep)
	if len(hits) == 0 {
		t.Fatal("no row matches")
	}
	return hits[0]
}

func h2N(rows h2Table) string { return strconv.Itoa(len(rows)) }

var openflexureCount = regexp.MustCompile(`(\d+)x \[M3x25mm`)

// heldout2CorpusComputed recomputes, from the real files, every value the
// aggregate and single-record questions of heldout2_corpus.jsonl expect.
func heldout2CorpusComputed(t *testing.T) map[string][]string {
	t.Helper()
	rover := h2ReadCSV(t, "osr-bom/parts_list.csv", roverRow)
	fmea := h2ReadCSV(t, "fmea-hybrid-rag/data/dataset/fmea_dataset_filled.csv", func(r []string) []string { return r })
	wo := h2ReadCSV(t, "mwo-workorders/work_orders.csv", func(r []string) []string { return r })
	pn := func(p string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["part #"] == p }
	}
	asm := func(a string) func(map[string]string) bool {
		return func(r map[string]string) bool { return r["assembly"] == a }
	}
	dearest := slices.MaxFunc(rover, func(a, b map[string]string) int {
		return int(100 * (h2Float(a["cost pp"]) - h2Float(b["cost pp"])))
	})
	mount := rover.one(t, func(r map[string]string) bool { return r["short name"] == "clamping mount" })
	sub, subMean := fmea.highestMeanBy("Subsystem", "RPN")
	comp, compRows := fmea.largestGroup("Component")
	asset, assetCost := wo.sumBy("AssetID", "Work_Order_Total_Actual_Cost")
	blank := fmea.where(func(r map[string]string) bool { return r["Recommended Action"] == "" })
	elec := fmea.where(func(r map[string]string) bool { return r["Subsystem"] == "Electrical System" })
	m3 := openflexureCount.FindStringSubmatch(string(readFile(t, filepath.Join(corpusDir, "openflexure-v6/docs/0_bill_of_materials.md"))))
	fmeaRow := func(subc, mode string) map[string]string {
		return fmea.one(t, func(r map[string]string) bool {
			return r["Sub-Component"] == subc && r["Potential Failure Mode"] == mode
		})
	}
	return map[string][]string{
		"h2c-036": {m3[1]},
		"h2c-046": {num(roverTotalQty(rover.where(pn("1118-0024-0096"))))},
		"h2c-047": {num(roverTotalQty(rover.where(pn("1116-0024-0040"))))},
		"h2c-048": {num(roverCost(rover.where(asm("rocker bogie"))))},
		"h2c-049": {num(roverCost(rover.where(asm("body"))))},
		"h2c-050": h2Distinct(rover.where(pn("1116-0024-0040")).col("assembly")),
		"h2c-051": {dearest["short name"], strings.TrimPrefix(dearest["cost pp"], "$")},
		"h2c-052": {h2N(rover.where(func(r map[string]string) bool { return h2Float(r["cost pp"]) > 10 }))},
		"h2c-053": {strings.TrimPrefix(mount["cost pp"], "$"), mount["part #"]},
		"h2c-055": {num(roverCost(rover))},
		"h2c-058": {h2N(fmea.where(func(r map[string]string) bool { return r["Subsystem"] == "Hydraulic System" }))},
		"h2c-059": {h2N(fmea.where(func(r map[string]string) bool { return h2Float(r["RPN"]) >= 24 }))},
		"h2c-060": {sub, num(h2Round2(subMean)), strconv.FormatFloat(subMean, 'f', 1, 64)},
		"h2c-061": h2Distinct(fmea.where(func(r map[string]string) bool { return r["Subsystem"] == "Power Train" }).col("Component")),
		"h2c-062": h2Percent(float64(len(blank)) * 100 / float64(len(fmea))),
		"h2c-063": {num(h2Round2(h2Sum(elec.col("Severity")) / float64(len(elec))))},
		"h2c-064": h2Distinct(fmea.where(func(r map[string]string) bool { return r["Subsystem"] == "Fire Suppression System" }).col("Component")),
		"h2c-065": {comp, strconv.Itoa(compRows)},
		"h2c-066": {h2N(fmea.where(func(r map[string]string) bool { return h2Float(r["Occurrence"]) >= 4 }))},
		"h2c-067": {fmeaRow("Radiator", "Blockages")["Current Controls"]},
		"h2c-068": {fmeaRow("Condenser", "Leaking")["Potential Cause(s) of Failure"]},
		"h2c-069": {fmeaRow("Dump Cylinder", "Wearing")["Recommended Action"]},
		"h2c-070": {fmeaRow("Fuel Tank", "Cracked or leaking")["Potential Effect(s) of Failure"]},
		"h2c-071": {h2N(wo.where(func(r map[string]string) bool { return r["AssetID"] == "AID7" }))},
		"h2c-072": {asset, num(assetCost)},
		"h2c-073": {h2N(wo.where(func(r map[string]string) bool { return strings.Contains(strings.ToLower(r["ShortText"]), "leak") }))},
		"h2c-074": {h2N(wo.where(func(r map[string]string) bool { return strings.HasSuffix(r["Work_Order_Basic_Start_Date"], "/2001") }))},
		"h2c-075": wo.where(func(r map[string]string) bool { return r["Exclusion"] == "TRUE" }).col("PONumber"),
		"h2c-076": {wo.one(t, func(r map[string]string) bool { return r["PONumber"] == "2509" })["ShortText"]},
		"h2c-077": {num(h2Sum(wo.where(func(r map[string]string) bool { return r["AssetID"] == "AID9" }).col("Work_Order_Total_Actual_Cost")))},
		"h2c-079": {fmeaRow("Fuel Cooler", "Leaking")["Potential Cause(s) of Failure"]},
		"h2c-083": {wo.one(t, func(r map[string]string) bool { return r["PONumber"] == "2043" })["ShortText"]},
	}
}

func h2Sum(values []string) float64 {
	total := 0.0
	for _, v := range values {
		total += h2Float(v)
	}
	return total
}

// h2Percent writes a share as answers round it: to two, one and no decimals.
func h2Percent(p float64) []string {
	return []string{num(h2Round2(p)), strconv.FormatFloat(p, 'f', 1, 64), strconv.FormatFloat(p, 'f', 0, 64)}
}

package main

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/corpustest"
	"github.com/kgassist/kgassist/internal/testlines"
)

// corpusDir is shared/corpus next to the repository root.
var corpusDir = filepath.Join("..", "..", "..", "..", "shared", "corpus")

func requireCorpus(t *testing.T) {
	t.Helper()
	corpustest.Dir(t)
}

func corpusFiles(t *testing.T) map[string][]string {
	t.Helper()
	return corpusFilesFrom(t, "corpus_paths.txt")
}

// corpusFilesFrom lists the files a paths file names (a line may name a
// folder, taken recursively), keyed by base name as the sources field is.
func corpusFilesFrom(t *testing.T, paths string) map[string][]string {
	t.Helper()
	files := map[string][]string{}
	for _, line := range testlines.Read(t, filepath.Join(qaDir, paths)) {
		path, audience, _ := strings.Cut(line, "\t")
		if audience != "" && audience != "public" {
			t.Errorf("corpus path %s: the corpus set is asked at public clearance, audience %q", path, audience)
		}
		for name, found := range corpusFilesUnder(t, path) {
			files[name] = append(files[name], found...)
		}
	}
	return files
}

func TestCorpusQA(t *testing.T) {
	requireCorpus(t)
	items := loadQA(t, "corpus.jsonl")
	checkSchema(t, items)
	abstain := 0
	for _, it := range items {
		if it.Abstain {
			abstain++
		}
	}
	if len(items) < 45 || abstain < 8 {
		t.Errorf("%d questions, %d unanswerable; want at least 45 and 8", len(items), abstain)
	}
	files := corpusFiles(t)
	computed := corpusComputed(t)
	for _, it := range items {
		if values, ok := computed[it.ID]; ok {
			if err := matchGroups(values, it.Expect); err != "" {
				t.Errorf("%s %q: %s", it.ID, it.Question, err)
			}
			continue
		}
		text := sourceText(t, files, it)
		for _, g := range it.Expect {
			if !containsAny(text, g) {
				t.Errorf("%s %q: none of %q is in %v", it.ID, it.Question, g, it.Sources)
			}
		}
	}
}

func sourceText(t *testing.T, files map[string][]string, it qaItem) string {
	var b strings.Builder
	for _, s := range it.Sources {
		if len(files[s]) == 0 {
			t.Errorf("%s: source %s is not among the ingested corpus paths", it.ID, s)
		}
		for _, p := range files[s] {
			b.WriteString(normalize(string(readFile(t, p))) + "\n")
		}
	}
	return b.String()
}

// corpusTables are the corpus tables the aggregate answers are computed
// from: the rover parts list, the FMEA sheet and the work orders, with the
// parts list rolled up and the FMEA lines parsed.
type corpusTables struct {
	osr, fmea, wo csvTable
	rover         rollup
	f             fmeaLines
}

func readCorpusTables(t *testing.T) corpusTables {
	t.Helper()
	c := corpusTables{
		osr:  readCorpusCSV(t, "osr-bom/parts_list.csv"),
		fmea: readCorpusCSV(t, "fmea-hybrid-rag/data/dataset/fmea_dataset_filled.csv"),
		wo:   readCorpusCSV(t, "mwo-workorders/work_orders.csv"),
	}
	c.rover, c.f = roverRollup(c.osr), fmeaTable(c.fmea)
	return c
}

// corpusComputed computes the aggregate answers from the corpus tables.
func corpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	wo, rover, f := c.wo, c.rover, c.f
	top := f.top("")
	hydraulic, fire := f.top("Hydraulic System"), f.top("Fire Suppression System")
	asset, n := mostCommon(wo, "AssetID")
	location, m := mostCommon(wo, "Functional_Location_Description")
	return map[string][]string{
		"corpus-031": {num(rover.qty["5202-2402-0027"])},
		"corpus-032": {num(rover.qty["1120-0002-0072"])},
		"corpus-033": rover.usedIn["1120-0002-0072"],
		"corpus-034": rover.usedIn["1116-0024-0040"],
		"corpus-035": {num(rover.qty["2000-0025-0002"])},
		"corpus-037": {fmt.Sprintf("%.2f", rover.assemblyCost["drive wheel"])},
		"corpus-038": {fmt.Sprintf("%.2f", rover.total)},
		"corpus-039": {f.rpnWhere("Condenser", "Leaking")},
		"corpus-040": {num(top.rpn), strconv.Itoa(f.countRPN(func(r float64) bool { return r == top.rpn }))},
		"corpus-041": {strconv.Itoa(f.countRPN(func(r float64) bool { return r > 30 }))},
		"corpus-042": {strconv.Itoa(f.countRPN(func(r float64) bool { return r > 20 }))},
		"corpus-043": {num(hydraulic.rpn)},
		"corpus-044": {fire.sub, num(fire.rpn)},
		"corpus-045": {strconv.Itoa(f.distinct("Subsystem"))},
		"corpus-046": {fmt.Sprintf("%.1f", f.avgRPN())},
		"corpus-048": f.inconsistent("Solenoid Wiring", "Corrosion"),
		"corpus-049": {asset, strconv.Itoa(n)},
		"corpus-050": {strconv.Itoa(count(wo, "AssetID", "AID3"))},
		"corpus-052": {location, strconv.Itoa(m)},
	}
}

// csvTable is a CSV file as header-keyed rows.
type csvTable []map[string]string

func readCorpusCSV(t *testing.T, path string) csvTable {
	t.Helper()
	data := strings.TrimPrefix(string(readFile(t, filepath.Join(corpusDir, path))), "\ufeff")
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = -1 // the rover list has rows with unquoted commas
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out csvTable
	for _, row := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[strings.TrimSpace(h)] = row[i]
		}
		// Extra fields come from commas in the long name; the numbers are
		// always the last three fields.
		m["cost"], m["req"], m["mult"] = row[len(row)-3], row[len(row)-2], row[len(row)-1]
		out = append(out, m)
	}
	return out
}

type rollup struct {
	qty          map[string]float64
	usedIn       map[string][]string
	assemblyCost map[string]float64 // one assembly, before its multiplier
	total        float64
}

func roverRollup(rows csvTable) rollup {
	r := rollup{qty: map[string]float64{}, usedIn: map[string][]string{}, assemblyCost: map[string]float64{}}
	for _, row := range rows {
		cost, _ := strconv.ParseFloat(strings.TrimPrefix(row["cost"], "$"), 64)
		req, _ := strconv.ParseFloat(row["req"], 64)
		mult, _ := strconv.ParseFloat(row["mult"], 64)
		part, asm := row["part #"], row["assembly"]
		r.qty[part] += req * mult
		r.usedIn[part] = append(r.usedIn[part], asm)
		r.assemblyCost[asm] += cost * req
		r.total += cost * req * mult
	}
	return r
}

type fmeaLine struct {
	sub, mode string
	rpn       float64
	row       map[string]string
}

type fmeaLines []fmeaLine

func fmeaTable(rows csvTable) fmeaLines {
	var out fmeaLines
	for _, r := range rows {
		rpn, _ := strconv.ParseFloat(r["RPN"], 64)
		out = append(out, fmeaLine{r["Sub-Component"], r["Potential Failure Mode"], rpn, r})
	}
	return out
}

// top is the first row with the highest RPN, within a subsystem if given.
func (f fmeaLines) top(subsystem string) fmeaLine {
	var in fmeaLines
	for _, l := range f {
		if subsystem == "" || l.row["Subsystem"] == subsystem {
			in = append(in, l)
		}
	}
	sort.SliceStable(in, func(i, j int) bool { return in[i].rpn > in[j].rpn })
	return in[0]
}

func (f fmeaLines) countRPN(keep func(float64) bool) int {
	n := 0
	for _, l := range f {
		if keep(l.rpn) {
			n++
		}
	}
	return n
}

func (f fmeaLines) rpnWhere(sub, mode string) string {
	for _, l := range f {
		if l.sub == sub && l.mode == mode {
			return num(l.rpn)
		}
	}
	return "no such row"
}

func (f fmeaLines) distinct(col string) int {
	seen := map[string]bool{}
	for _, l := range f {
		seen[l.row[col]] = true
	}
	return len(seen)
}

func (f fmeaLines) avgRPN() float64 {
	sum := 0.0
	for _, l := range f {
		sum += l.rpn
	}
	return sum / float64(len(f))
}

// inconsistent returns the stated RPN of a row and the product S×O×D.
func (f fmeaLines) inconsistent(sub, mode string) []string {
	for _, l := range f {
		if l.sub == sub && l.mode == mode {
			s, _ := strconv.Atoi(l.row["Severity"])
			o, _ := strconv.Atoi(l.row["Occurrence"])
			d, _ := strconv.Atoi(l.row["Detection"])
			return []string{num(l.rpn), strconv.Itoa(s * o * d)}
		}
	}
	return nil
}

func mostCommon(rows csvTable, col string) (string, int) {
	counts := map[string]int{}
	best := ""
	for _, r := range rows {
		counts[r[col]]++
		if counts[r[col]] > counts[best] {
			best = r[col]
		}
	}
	return best, counts[best]
}

func count(rows csvTable, col, value string) int {
	n := 0
	for _, r := range rows {
		if r[col] == value {
			n++
		}
	}
	return n
}

// colIs keeps the rows whose column name holds exactly value.
func colIs(name, value string) func(map[string]string) bool {
	return func(r map[string]string) bool { return r[name] == value }
}

// corpusCells reads single cells of the corpus tables, as the held-out
// sets ask them: a work order's by its number, a rover part's by its
// short name, an FMEA row's by its subsystem and failure mode.
type corpusCells struct {
	t *testing.T
	c corpusTables
}

func (k corpusCells) wo(po, column string) string {
	return h13Cell(k.t, k.c.wo, "PONumber", po, column)
}

func (k corpusCells) part(short, column string) string {
	return h13Cell(k.t, k.c.osr, "short name", short, column)
}

func (k corpusCells) fmea(sub, mode, column string) string {
	return h13FMEACell(k.t, k.c.fmea, sub, mode, column)
}

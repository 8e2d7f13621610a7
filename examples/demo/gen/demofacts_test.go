package main

import (
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// demoFacts holds the tables of the demo corpus, read back from the files a
// user ingests, so the numbers in demo.jsonl are computed, not typed.
type demoFacts struct {
	bom  [][]string // bom.csv without header: Level, Part No., ..., Qty (4), ..., Supplier (8)
	fmea []fmeaFact
	log  [][]string // maintenance_log.csv without header
}

type fmeaFact struct {
	item, mode, action string
	s, o, d, rpn       int
}

func loadDemoFacts(t *testing.T) *demoFacts {
	t.Helper()
	bom, err := readCSV(filepath.Join(demoDir, "internal", "bom.csv"))
	if err != nil {
		t.Fatal(err)
	}
	log, err := readCSV(filepath.Join(demoDir, "internal", "maintenance_log.csv"))
	if err != nil {
		t.Fatal(err)
	}
	return &demoFacts{bom: bom[1:], fmea: readFMEA(t), log: log[1:]}
}

// readFMEA reads fmea.xlsx, filling blank and merged Item cells from above.
func readFMEA(t *testing.T) []fmeaFact {
	rows, err := openWorkbook(t, filepath.Join(demoDir, "internal", "fmea.xlsx")).GetRows("FMEA")
	if err != nil {
		t.Fatal(err)
	}
	var out []fmeaFact
	item := ""
	for _, r := range rows[1:] {
		if r[0] != "" {
			item = r[0]
		}
		f := fmeaFact{item: item, mode: r[2], action: r[10], s: atoi(t, r[4]), o: atoi(t, r[6]), d: atoi(t, r[8]), rpn: atoi(t, r[9])}
		if f.rpn != f.s*f.o*f.d {
			t.Errorf("FMEA %q: RPN %d is not S×O×D = %d", f.mode, f.rpn, f.s*f.o*f.d)
		}
		out = append(out, f)
	}
	return out
}

func atoi(t *testing.T, s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// rollup is the total quantity of part in one pump: each occurrence times the
// quantities of all assemblies above it.
func (f *demoFacts) rollup(match func(part string) bool) float64 {
	return f.rollupRows(func(r []string) bool { return match(r[1]) })
}

func is(part string) func(string) bool { return func(p string) bool { return p == part } }

// parents lists the assemblies that directly contain part.
func (f *demoFacts) parents(part string) []string {
	var stack, out []string
	for _, r := range f.bom {
		level, _ := strconv.Atoi(r[0])
		stack = append(stack[:level], r[1])
		if r[1] == part && !slices.Contains(out, stack[level-1]) {
			out = append(out, stack[level-1])
		}
	}
	return out
}

// assemblies lists level-1 rows that have children.
func (f *demoFacts) assemblies() []string {
	var out []string
	for i, r := range f.bom {
		if r[0] == "1" && i+1 < len(f.bom) && f.bom[i+1][0] == "2" {
			out = append(out, r[1])
		}
	}
	return out
}

func (f *demoFacts) suppliedBy(prefix string) []string {
	var out []string
	for _, r := range f.bom {
		if strings.HasPrefix(r[8], prefix) && !slices.Contains(out, r[1]) {
			out = append(out, r[1])
		}
	}
	return out
}

func (f *demoFacts) countRPN(keep func(int) bool) string {
	n := 0
	for _, m := range f.fmea {
		if keep(m.rpn) {
			n++
		}
	}
	return strconv.Itoa(n)
}

// byRPN returns the failure modes from the highest RPN down.
func (f *demoFacts) byRPN(item string) []fmeaFact {
	var out []fmeaFact
	for _, m := range f.fmea {
		if strings.HasPrefix(m.item, item) {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].rpn > out[j].rpn })
	return out
}

func (f *demoFacts) avg(item string, value func(fmeaFact) int) float64 {
	sum, n := 0, 0
	for _, m := range f.fmea {
		if strings.HasPrefix(m.item, item) {
			sum += value(m)
			n++
		}
	}
	return float64(int(float64(sum)/float64(n)*100+0.5)) / 100
}

// topItemByAvgRPN is the item whose failure modes have the highest mean RPN.
func (f *demoFacts) topItemByAvgRPN() string {
	best, bestAvg := "", -1.0
	for _, m := range f.fmea {
		if a := f.avg(m.item, func(x fmeaFact) int { return x.rpn }); a > bestAvg {
			best, bestAvg = m.item, a
		}
	}
	return best
}

func (f *demoFacts) modes(keep func(fmeaFact) bool) []string {
	var out []string
	for _, m := range f.fmea {
		if keep(m) {
			out = append(out, m.mode)
		}
	}
	return out
}

func (f *demoFacts) workOrders(keep func(r []string) bool) []string {
	var out []string
	for _, r := range f.log {
		if keep(r) {
			out = append(out, r[0])
		}
	}
	return out
}

func (f *demoFacts) downtime(serial string) float64 {
	total := 0.0
	for _, r := range f.log {
		if strings.Contains(r[2], "S/N "+serial) {
			h, _ := strconv.ParseFloat(r[7], 64)
			total += h
		}
	}
	return total
}

func (f *demoFacts) longestDowntime() []string {
	best, hours := "", -1.0
	for _, r := range f.log {
		if h, _ := strconv.ParseFloat(r[7], 64); h > hours {
			best, hours = r[0], h
		}
	}
	return []string{best, num(hours)}
}

var routingTotal = func() string {
	total := 0
	for _, r := range routing[1:] {
		n, _ := strconv.Atoi(r[3])
		total += n
	}
	return strconv.Itoa(total)
}

var boltM = regexp.MustCompile(`^GB/T 5783 `)

// demoComputed gives, for each question whose answer is an aggregate, the
// values computed from the corpus; each must match one expect group.
var demoComputed = map[string]func(f *demoFacts) []string{
	"demo-039": func(f *demoFacts) []string { return []string{num(f.rollup(is("GB/T 5783 M10x30")))} },
	"demo-040": func(f *demoFacts) []string { return []string{num(f.rollup(is("GB/T 5783 M8x25")))} },
	"demo-041": func(f *demoFacts) []string { return []string{num(f.rollup(is("GB/T 93 10")))} },
	"demo-042": func(f *demoFacts) []string { return []string{num(f.rollup(boltM.MatchString))} },
	"demo-043": func(f *demoFacts) []string { return []string{num(f.rollup(is("LUB-LiX-2"))) + " L"} },
	"demo-044": func(f *demoFacts) []string { return []string{num(f.rollup(is("CBL-YJV-4x4"))) + " m"} },
	"demo-045": func(f *demoFacts) []string { return []string{num(f.rollup(is("PNT-RAL5015"))) + " kg"} },
	"demo-046": func(f *demoFacts) []string { return []string{num(f.rollup(is("CP200-BRG-04")))} },
	"demo-047": func(f *demoFacts) []string { return f.assemblies() },
	"demo-048": func(f *demoFacts) []string { return f.parents("GB/T 5783 M10x30") },
	"demo-049": func(f *demoFacts) []string { return f.parents("GB/T 5783 M8x25") },
	"demo-050": func(f *demoFacts) []string { return f.parents("CP200-SEL-03") },
	"demo-051": func(f *demoFacts) []string { return f.suppliedBy("Ningbo Jinhai") },
	"demo-052": func(f *demoFacts) []string { return f.parents("GB/T 93 10") },
	"demo-056": func(f *demoFacts) []string { return []string{routingTotal()} },
	"demo-067": func(f *demoFacts) []string { return []string{f.countRPN(func(r int) bool { return r > 100 })} },
	"demo-068": func(f *demoFacts) []string { return []string{f.countRPN(func(r int) bool { return r > 100 })} },
	"demo-069": func(f *demoFacts) []string { return []string{f.countRPN(func(r int) bool { return r >= 100 })} },
	"demo-070": func(f *demoFacts) []string { m := f.byRPN("")[0]; return []string{strconv.Itoa(m.rpn), m.mode} },
	"demo-071": func(f *demoFacts) []string { m := f.byRPN("")[0]; return []string{strconv.Itoa(m.rpn), m.mode} },
	"demo-072": func(f *demoFacts) []string { m := f.byRPN("")[1]; return []string{strconv.Itoa(m.rpn), m.mode} },
	"demo-073": func(f *demoFacts) []string {
		m := f.byRPN("Control box")[0]
		return []string{m.mode, strconv.Itoa(m.rpn)}
	},
	"demo-074": func(f *demoFacts) []string { return []string{f.byRPN("")[0].action} },
	"demo-075": func(f *demoFacts) []string { return []string{num(f.avg("Mechanical seal", fmeaSeverity))} },
	"demo-076": func(f *demoFacts) []string { return []string{num(f.avg("Mechanical seal", fmeaSeverity))} },
	"demo-077": func(f *demoFacts) []string { return []string{num(f.avg("", func(m fmeaFact) int { return m.rpn }))} },
	"demo-078": func(f *demoFacts) []string { return []string{f.topItemByAvgRPN()} },
	"demo-079": func(f *demoFacts) []string { return f.modes(func(m fmeaFact) bool { return m.s >= 9 }) },
	"demo-080": func(f *demoFacts) []string { return f.modes(func(m fmeaFact) bool { return m.d >= 7 }) },
	"demo-081": func(f *demoFacts) []string { return []string{rpnOf(f, "Impeller loosens")} },
	"demo-082": func(f *demoFacts) []string { return []string{rpnOf(f, "Cavitation erosion")} },
	"demo-083": func(f *demoFacts) []string { return f.modes(func(m fmeaFact) bool { return m.o >= 5 }) },
	"demo-084": func(f *demoFacts) []string {
		return f.workOrders(func(r []string) bool { return strings.Contains(r[6], "CP200-SEL-01") })
	},
	"demo-085": func(f *demoFacts) []string { return []string{num(f.downtime("2406055"))} },
	"demo-086": func(f *demoFacts) []string {
		return f.workOrders(func(r []string) bool { return strings.Contains(r[3], "E07") })
	},
	"demo-088": func(f *demoFacts) []string { return f.longestDowntime() },
	"demo-089": func(f *demoFacts) []string {
		return []string{strconv.Itoa(len(f.workOrders(func(r []string) bool { return strings.HasPrefix(r[1], "2025") })))}
	},
	"demo-128": func(f *demoFacts) []string { return []string{rpnOf(f, "Bearing fatigue")} },
}

func fmeaSeverity(m fmeaFact) int { return m.s }

func rpnOf(f *demoFacts, mode string) string {
	for _, m := range f.fmea {
		if strings.HasPrefix(m.mode, mode) {
			return strconv.Itoa(m.rpn)
		}
	}
	return "no such failure mode"
}

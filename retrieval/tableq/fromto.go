package tableq

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reFromTo is a span of steps named by their names: "from incoming
// inspection to casing assembly", "from bearing assembly thru impeller
// mounting", "从来料检验到泵体装配".
var reFromTo = regexp.MustCompile(`(?:\bfrom |从)(.+?)(?: to | through | thru | till | until | up to | up till |一直到|直到|到|至)(.+)`)

// stepSpan reads the first and the last step of a span by their names as
// the operation numbers between them: every step from the one to the
// other, not the two alone. It returns the filters and the mentions left.
func (t *Table) stepSpan(q *question, ms []mention) ([]Filter, []mention) {
	op := t.roleColumn("operation")
	if op < 0 || !t.Columns[op].Numeric {
		return nil, ms
	}
	loc := reFromTo.FindStringSubmatchIndex(q.text)
	if loc == nil {
		return t.stepsBeforeOrAfter(q, ms)
	}
	first, a := t.stepNamed(q, ms, span{loc[2], loc[3]})
	last, b := t.stepNamed(q, ms, span{loc[4], loc[5]})
	// the two may be named in different columns ("从轴承装配到性能试验" read
	// as a Chinese and an English name): each is one row's number
	if first < 0 || last < 0 {
		return nil, ms
	}
	lo, hi := min(first, last), max(first, last)
	q.take(span{loc[0], a.end})
	q.take(span{loc[3], loc[4]}) // the word joining the two: "thru" is no filter
	q.take(b.span)
	var rest []mention
	for _, m := range ms {
		if m.span != a.span && m.span != b.span {
			rest = append(rest, m)
		}
	}
	name := t.Columns[op].Name
	return []Filter{{Column: name, Op: "ge", Value: fmtNum(lo)}, {Column: name, Op: "le", Value: fmtNum(hi)}}, rest
}

// reBeforeStep and reAfterStep are the steps on one side of a step named
// by its name: "all operations before the hydrostatic test", "水压试验之前的
// 工序", "the steps after casing assembly", "泵体装配以后的工序".
var (
	// A verb of order before the cue goes with it: "the minutes that come after casing assembly".
	reBeforeStep = regexp.MustCompile(`(?:\b(?:come|comes|came|coming|go|goes|happen|happens)\s+)?(?:\bbefore |\bprior to |\bahead of |\bpreceding )(.+)|(.+?)(?:之前|以前|前面|前)(?:的|那)`)
	reAfterStep  = regexp.MustCompile(`(?:\b(?:come|comes|came|coming|go|goes|happen|happens)\s+)?(?:\bafter |\bfollowing )(.+)|(.+?)(?:之后|以后|后面|后)(?:的|那)`)
)

// stepsBeforeOrAfter reads the steps on one side of a named step as the
// operation numbers below or above its own, the step itself left out.
// Only a figure over them is read so: "which step comes before the
// hydrostatic test" asks for one step, which the routing's order says.
func (t *Table) stepsBeforeOrAfter(q *question, ms []mention) ([]Filter, []mention) {
	if !(q.asksSum() || q.has(cueAvg) || q.has(cueCount) || q.has(cueMax) || q.has(cueMin)) {
		return nil, ms
	}
	for _, side := range []struct {
		re *regexp.Regexp
		op string
	}{{reBeforeStep, "lt"}, {reAfterStep, "gt"}} {
		loc := side.re.FindStringSubmatchIndex(q.text)
		if loc == nil {
			continue
		}
		n, m := t.stepNamedBefore(q, ms, loc)
		if n < 0 {
			continue
		}
		said := span{loc[0], m.end} // the cue with the name: "before the …"
		if loc[2] < 0 {
			said = span{m.start, loc[1]} // "…之前的"
		}
		q.take(said)
		var rest []mention
		for _, o := range ms {
			if o.span != m.span {
				rest = append(rest, o)
			}
		}
		return []Filter{{Column: t.Columns[t.roleColumn("operation")].Name, Op: side.op, Value: fmtNum(n)}}, rest
	}
	return nil, ms
}

// stepNamedBefore is the step an English cue names after it, or the one a
// Chinese cue ends: "请问水压试验之前的" names it after what the asker says
// first, so each later start is tried, the longest name first.
func (t *Table) stepNamedBefore(q *question, ms []mention, loc []int) (float64, mention) {
	if loc[2] >= 0 {
		return t.stepNamed(q, ms, span{loc[2], loc[3]})
	}
	for start := loc[4]; start < loc[5]; {
		if n, m := t.stepNamed(q, ms, span{start, loc[5]}); n >= 0 {
			return n, m
		}
		_, size := utf8.DecodeRuneInString(q.text[start:])
		start += size
	}
	return -1, mention{}
}

// stepNamed is the operation number of the step named at the start of
// s, and the mention naming it; a Chinese name may be the start of the
// step's name ("来料检验" of "来料检验与清洗").
func (t *Table) stepNamed(q *question, ms []mention, s span) (float64, mention) {
	if n, m, ok := t.stepNumbered(q, s); ok {
		return n, m
	}
	for _, m := range ms {
		if m.value == "" || m.start < s.start || m.end > s.end {
			continue
		}
		if !stepLeadIn(q.text[s.start:m.start]) {
			continue
		}
		if n, ok := t.stepNumber(m.col, m.value, m.partial); ok {
			return n, m
		}
	}
	// a Chinese name said by its start: the value sharing the longest
	// start with what is said, three characters or more
	text := []rune(q.text[s.start:s.end])
	best, bestCol, bestLen, bestSaid := "", -1, 2, 0
	for _, col := range t.textColumnsWithHan() {
		for _, v := range t.values(col) {
			if n, said := commonStart(text, []rune(v)); n > bestLen {
				best, bestCol, bestLen, bestSaid = v, col, n, said
			}
		}
	}
	if bestCol >= 0 {
		if n, ok := t.stepNumber(bestCol, best, false); ok {
			said := saidOfRest(text, bestSaid, []rune(best)[bestLen:])
			return n, mention{col: bestCol, value: best, span: span{s.start, s.start + len(string(text[:said]))}}
		}
	}
	return -1, mention{}
}

// saidOfRest extends a name said by its start over the Chinese that
// follows and that the rest of the name holds: "控制箱接线" names
// "控制箱安装与接线", and its "接线" is no further word for a row to hold.
func saidOfRest(text []rune, said int, rest []rune) int {
	for said < len(text) && unicode.Is(unicode.Han, text[said]) && slices.Contains(rest, text[said]) {
		said++
	}
	return said
}

// reStepNumber is a step named by its number: "op 30", "operation 70",
// "step 40", "工序 30".
var reStepNumber = regexp.MustCompile(`^\s*(?:the\s+)?(?:op|ops|operation|operations|step|steps|工序)\.?\s*(\d+)\b`)

// stepNumbered is the operation number a span starts with when it names
// the step by its number, and a mention spanning the words that do.
func (t *Table) stepNumbered(q *question, s span) (float64, mention, bool) {
	op := t.roleColumn("operation")
	m := reStepNumber.FindStringSubmatchIndex(q.text[s.start:s.end])
	if op < 0 || m == nil {
		return 0, mention{}, false
	}
	num := q.text[s.start+m[2] : s.start+m[3]]
	n, ok := t.stepNumber(op, num, false)
	if !ok {
		return 0, mention{}, false
	}
	return n, mention{col: op, value: num, span: span{s.start, s.start + m[1]}}, true
}

// stepLeadIn reports what may come before a step's name in a span: an
// article or the word for a step ("to the performance test", "从工序 轴承装配").
func stepLeadIn(s string) bool {
	switch strings.TrimSpace(s) {
	case "", "the", "step", "the step", "operation", "the operation", "工序":
		return true
	}
	return false
}

// hanJoiners join the two halves of a step's name ("涂装与包装"), which
// a question may leave out ("涂装包装").
var hanJoiners = map[rune]bool{'与': true, '和': true, '及': true, '、': true}

// commonStart counts the characters said and named alike from the start
// of said and name, joiners left out of either; said is how many runes
// of said they took.
func commonStart(said, name []rune) (n, took int) {
	i, j := 0, 0
	for i < len(said) && j < len(name) {
		switch {
		case said[i] == name[j]:
			i, j, n = i+1, j+1, n+1
			took = i
		case hanJoiners[name[j]]:
			j++
		case hanJoiners[said[i]]:
			i++
		default:
			return n, took
		}
	}
	return n, took
}

func (t *Table) stepNumber(col int, value string, partial bool) (float64, bool) {
	op := "eq"
	if partial {
		op = "match"
	}
	rows := t.filter([]Filter{{Column: t.Columns[col].Name, Op: op, Value: value}})
	if len(rows) != 1 {
		return 0, false
	}
	return Number(rows[0].Cell(t.roleColumn("operation")))
}

func (t *Table) textColumnsWithHan() []int {
	var out []int
	for i, c := range t.Columns {
		if !c.Numeric && slicesAnyHan(t.values(i)) {
			out = append(out, i)
		}
	}
	return out
}

func slicesAnyHan(vs []string) bool {
	for _, v := range vs {
		if hasHan(v) {
			return true
		}
	}
	return false
}

func fmtNum(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

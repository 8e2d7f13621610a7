package tableq

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wholesCounted adds the multiplier column to a cost summed per
// assembly when the question counts the assemblies as the product holds
// them; it runs once every filter is read.
func (t *Table) wholesCounted(q *question, p Plan) []string {
	mult := t.roleColumn("multiplier")
	if p.Aggregate != "sum" || len(p.Times) == 0 || mult < 0 {
		return p.Times
	}
	if slices.Contains(p.Times, t.Columns[mult].Name) {
		// "for the whole rover (all six wheels)": the count restates
		// the multiplier already applied; taken, it is no threshold
		t.countsWholes(q, p.Filters, mult)
		return p.Times
	}
	if t.countsWholes(q, p.Filters, mult) {
		return append(p.Times, t.Columns[mult].Name)
	}
	return p.Times
}

// reWholeCount is a count said before what is counted: "the six drive
// motors" (number words are figures by now), "六个驱动轮总成",
// "6 个驱动轮组件", "四套".
var reWholeCount = regexp.MustCompile(`(?:^|\s)(\d{1,2})(?: [a-z]|\s*(?:个|套|只|台|组)\s*(?:\p{Han}|[a-z]))|([二两三四五六七八九十])(?:个|套|只|台|组)?\p{Han}`)

var hanDigits = map[string]int{"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

// countsWholes reports a count the question gives of the assemblies it
// prices ("what do the six drive motors cost") that is the multiplier
// column's value on every row the filters keep: the asker counts what
// the product holds, so the figure is for all of them. The count is
// taken, so it is no threshold.
func (t *Table) countsWholes(q *question, fs []Filter, mult int) bool {
	if len(fs) == 0 {
		return false
	}
	rows := t.filter(fs)
	if len(rows) == 0 {
		return false
	}
	for _, m := range reWholeCount.FindAllStringSubmatchIndex(q.text, -1) {
		n, s := 0, span{}
		if m[2] >= 0 {
			n, _ = strconv.Atoi(q.text[m[2]:m[3]])
			s = span{m[2], m[3]}
		} else {
			n, s = hanDigits[q.text[m[4]:m[5]]], span{m[4], m[5]}
		}
		if n < 2 || !q.free(s) || !allEqual(rows, mult, n) {
			continue
		}
		q.take(s)
		return true
	}
	return false
}

func allEqual(rows []Row, col, n int) bool {
	for _, r := range rows {
		if x, ok := Number(r.Cell(col)); !ok || x != float64(n) {
			return false
		}
	}
	return true
}

// rePerProduct is "per pump", "for each pump", "for the CP200", "into one
// complete pump": what every figure of the document is counted for.
var rePerProduct = regexp.MustCompile(`\b(?:per|for each|for every|for one|for a|for the whole|for the full|for the|for our|in one|into one|in each|in a single|in the whole) (?:(?:complete|whole|entire|full|finished) )?([a-z0-9]+)\b`)

// reIntoOne counts into one whole: "go into one rover", which a parts
// list whose title never names the rover builds all the same.
var reIntoOne = regexp.MustCompile(`^(?:into one|in one|for one) `)

// takeProductWords takes "per pump" where the pump is what the document
// is about (a word of its title, or one most rows hold, as the CP200 of
// its part numbers): the routing of the pump's assembly is timed per
// pump, and "pump" there singles out no step. It reports whether it
// took one.
func (q *question) takeProductWords(t *Table) bool {
	took := false
	title := map[string]bool{}
	for _, w := range reWord.FindAllString(strings.ToLower(t.Ref.DocTitle+" "+t.topLine()), -1) {
		for _, part := range strings.Split(w, "-") { // "cp200" of "HF-CP200"
			title[Stem(part)] = true
		}
	}
	for _, m := range rePerProduct.FindAllStringSubmatchIndex(q.text, -1) {
		s := span{m[0], m[1]}
		w := q.text[m[2]:m[3]]
		if codeGoesOn(q.text, m[3]) {
			continue // "for the P-101 cooling loop": "p" is the start of a code that names rows
		}
		if (title[Stem(w)] || t.mostRowsHold(w) || reIntoOne.MatchString(q.text[m[0]:m[1]]) && !t.anyRow(Filter{Column: AnyColumn, Op: "mention", Value: w})) && q.free(s) {
			q.take(s)
			took = true
		}
	}
	for _, loc := range reWord.FindAllStringIndex(q.text, -1) {
		if s := (span{loc[0], loc[1]}); titleModel(q.text[loc[0]:loc[1]], title) && q.free(s) {
			q.take(s) // "the CP200 routing": the model the sheet is of singles out no row
		}
	}
	for _, m := range reWholeSheet.FindAllStringSubmatchIndex(q.text, -1) {
		if s := (span{m[2], m[3]}); q.free(s) {
			q.take(s) // "across the whole pump FMEA": every row of it
			took = true
		}
	}
	if loc := reOneMachineZh.FindStringIndex(q.text); loc != nil {
		s := span{loc[0], t.machineNounEnd(q.text, loc[1])}
		if q.free(s) {
			q.take(s)
			took = true
		}
	}
	return took
}

// codeGoesOn reports a word that a dash at end joins to more letters or
// digits: the word is a piece of a code ("P-101", "CP200-SEL-01").
func codeGoesOn(text string, end int) bool {
	return end+1 < len(text) && text[end] == '-' && isLatin(text[end+1])
}

// titleModel reports a model code ("cp200", "hf-cp200") whose every
// part is a word of the sheet's title; a part number ("cp200-sel-01") has
// parts the title lacks.
func titleModel(w string, title map[string]bool) bool {
	if !strings.ContainsAny(w, "0123456789") || !strings.ContainsFunc(w, unicode.IsLetter) {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		if !title[Stem(part)] {
			return false
		}
	}
	return true
}

// reWholeSheet is "the whole pump", "the entire CP200" said of a sheet
// ("… FMEA", "… BOM"): the word between says what the sheet is of, and
// "whole" that every row counts, so it filters nothing.
var reWholeSheet = regexp.MustCompile(`\b((?:whole|entire|complete|full) [a-z0-9-]+)\s+(?:fmea|dfmea|pfmea|bom|log|sheet|table|list|register)\b`)

// reOneMachineZh counts by the machine: 台 is the measure word of a whole
// machine, so "一台泵里", "每台" and "整台" name the product the sheet builds.
var reOneMachineZh = regexp.MustCompile(`(?:一整|一|每|整)台`)

// machineNounEnd extends a Chinese count of machines from end over the
// noun naming the product, as the sheet's top line writes it ("泵" of
// "单级离心泵"), and the place word after it ("里", "上").
func (t *Table) machineNounEnd(text string, end int) int {
	top := t.topRow()
	if top < 0 {
		return end
	}
	name := strings.Join(t.Rows[top].Cells, " ")
	for n := 0; n < 4 && end < len(text); n++ {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !unicode.Is(unicode.Han, r) || !strings.ContainsRune(name, r) {
			break
		}
		end += size
	}
	if r, size := utf8.DecodeRuneInString(text[end:]); strings.ContainsRune("里上中内", r) {
		end += size
	}
	return end
}

// topLine is the description of a levelled sheet's first row at its
// lowest level: the product the whole sheet builds ("Centrifugal pump
// HF-CP200"), whose name says "one pump" is the whole.
func (t *Table) topLine() string {
	top := t.topRow()
	if top < 0 {
		return ""
	}
	return t.Rows[top].Cell(t.roleColumn("description"))
}

// topRow is the index of a levelled sheet's first row at its lowest
// level, or -1.
func (t *Table) topRow() int {
	level, desc := t.roleColumn("level"), t.roleColumn("description")
	if level < 0 || desc < 0 || len(t.Rows) == 0 {
		return -1
	}
	top, at := 0.0, -1
	for i, r := range t.Rows {
		if n, ok := Number(r.Cell(level)); ok && (at < 0 || n < top) {
			top, at = n, i
		}
	}
	return at
}

// mostRowsHold reports a word more than half the rows hold.
func (t *Table) mostRowsHold(w string) bool {
	return 2*len(t.filter([]Filter{{Column: AnyColumn, Op: "match", Value: w}})) > len(t.Rows)
}

// listedColumn is the column that says what each row is, for listing a
// whole sheet: its Chinese name for a Chinese question, else its
// description or name, else its key. -1 when none says.
func (t *Table) listedColumn(zh bool) int {
	if c := t.roleColumn("name"); zh && c >= 0 && slicesAnyHan(t.values(c)) {
		return c
	}
	if c := t.roleColumn("description"); c >= 0 {
		return c
	}
	for i, c := range t.Columns {
		if h := normHeader(c.Name); (h == "name" || h == "description") && !c.Numeric {
			return i
		}
	}
	if c := t.roleColumn("name"); c >= 0 {
		return c
	}
	return t.keyColumn()
}

// asksFigure reports a question that asks for a figure or a ranking
// besides which rows: "which spare part has the highest unit price" over
// a sheet with no price is no listing of the whole sheet.
func asksFigure(q *question) bool {
	for _, set := range [][]string{cueMax, cueMin, cueMost, cueFewest, cueAvg, cuePercent, cueCount, cueOrder, cueGT, cueLT} {
		if q.has(set) {
			return true
		}
	}
	return q.asksSum()
}

// reSettingZh opens a question with what it is asked of: "漫游车上哪些组件…",
// "整台火星车一共要用…".
var reSettingZh = regexp.MustCompile(`^(?:在)?(\p{Han}{2,4}?)(?:上|里)|^(?:整台|整个|一整台|一台|每台)(\p{Han}{2,4}?)(?:一共|总共|共|要|需要|用|得|的|$)`)

// takeProductHan takes the opening setting of a Chinese question over a
// flat parts list when no row holds what it names: it is the product the
// list builds, as "on the rover" is, and singles out no line.
func (t *Table) takeProductHan(q *question, tr Translate) bool {
	m := reSettingZh.FindStringSubmatchIndex(q.text)
	if tr == nil || !t.multiplied() || m == nil {
		return false
	}
	if m[2] < 0 {
		m[2], m[3] = m[4], m[5]
		m[1] = m[5] // what follows the product is the question's own
	}
	en, rest := tr(q.text[m[2]:m[3]])
	if len(en) == 0 || hasHan(rest) {
		return false
	}
	for _, w := range en {
		if t.anyRow(Filter{Column: AnyColumn, Op: "match", Value: w}) {
			return false
		}
	}
	q.take(span{m[0], m[1]})
	return true
}

// reAssemblyOf is an assembly said to be of the product: "the general
// assembly of the rover".
var reAssemblyOf = regexp.MustCompile(`\b(?:assembly|assemblies|section) ((?:of|on|in) the ([a-z]+))\b`)

// takeAssemblyOf takes "of the rover" after an assembly a flat parts list
// groups its lines by, when no row holds the noun: the product the list
// builds, which singles out no line.
func (t *Table) takeAssemblyOf(q *question) {
	if !t.multiplied() {
		return
	}
	for _, m := range reAssemblyOf.FindAllStringSubmatchIndex(q.text, -1) {
		if s := (span{m[2], m[3]}); q.free(s) && !t.anyRow(Filter{Column: AnyColumn, Op: "match", Value: q.text[m[4]:m[5]]}) {
			q.take(s)
		}
	}
}

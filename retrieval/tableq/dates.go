package tableq

import (
	"regexp"
	"strings"
)

// Dates in a sheet are read for their year and month only: work orders
// "in 2001" or "which year has the most work orders" ask no more. The
// forms are those sheets write: 13/09/2001, 2001-09-13, 2001/9/13,
// 2001年9月13日. A cell such as 0/1/00 is no date.
var (
	reDayFirst  = regexp.MustCompile(`^\d{1,2}[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b`)
	reYearFirst = regexp.MustCompile(`^((?:19|20)\d\d)\s*[/.年-]\s*(\d{1,2})`)
	reYearAsked = regexp.MustCompile(`(?:^|[^\p{L}\p{N}$])((?:19|20)\d\d)(?:$|[^\p{L}\p{N}-]|年)`)
)

// reDateValue is how a plan writes the year or month a filter keeps.
var reDateValue = map[string]*regexp.Regexp{"year": regexp.MustCompile(`^(?:19|20)\d\d$`), "month": regexp.MustCompile(`^(?:19|20)\d\d-(?:0[1-9]|1[0-2])$`)}

// dateParts gives a cell's year and its month as "2001-09".
func dateParts(cell string) (year, month string, ok bool) {
	cell = strings.TrimSpace(cell)
	if m := reYearFirst.FindStringSubmatch(cell); m != nil {
		return m[1], m[1] + "-" + pad2(m[2]), true
	}
	if m := reDayFirst.FindStringSubmatch(cell); m != nil {
		return m[2], m[2] + "-" + pad2(m[1]), true
	}
	return "", "", false
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// datePart is the year or the month of cell, by part; "" when none.
func datePart(cell, part string) string {
	y, m, ok := dateParts(cell)
	switch {
	case !ok:
		return ""
	case part == "month":
		return m
	}
	return y
}

// isDateColumn reports a column whose filled cells are mostly dates, as
// read by dateParts, or one the mappings call a date.
func (t *Table) isDateColumn(i int) bool {
	c := t.Columns[i]
	if c.Numeric || c.Filled == 0 {
		return false
	}
	dates := 0
	for _, r := range t.Rows {
		if _, _, ok := dateParts(r.Cell(i)); ok {
			dates++
		}
	}
	return dates*2 >= c.Filled && dates > 0
}

// dateColumn is the date column a question means: one it names, else the
// one the mappings call the date, else the one with the most dates.
func (t *Table) dateColumn(ms []mention, used map[int]bool) int {
	for i, m := range ms {
		if m.value == "" && !used[i] && t.isDateColumn(m.col) {
			used[i] = true
			return m.col
		}
	}
	if c := t.roleColumn("date"); c >= 0 && t.isDateColumn(c) {
		return c
	}
	best, most := -1, 0
	for i := range t.Columns {
		if !t.isDateColumn(i) {
			continue
		}
		n := 0
		for _, r := range t.Rows {
			if _, _, ok := dateParts(r.Cell(i)); ok {
				n++
			}
		}
		if n > most {
			best, most = i, n
		}
	}
	return best
}

// yearFilter reads "in 2001", "2001 年的工单": a year no other filter took,
// kept when the table's dates hold it.
func (t *Table) yearFilter(q *question, ms []mention, used map[int]bool) (Filter, bool) {
	for _, m := range reYearAsked.FindAllStringSubmatchIndex(q.text, -1) {
		s := span{m[2], m[3]}
		if !q.free(s) || !yearSaid(q.text, s) {
			continue
		}
		col := t.dateColumn(ms, used)
		if col < 0 {
			return Filter{}, false
		}
		f := Filter{Column: t.Columns[col].Name, Op: "year", Value: q.text[s.start:s.end]}
		if !t.anyRow(f) {
			return Filter{}, false
		}
		q.take(s)
		t.takeDateWords(q, col)
		rest := q.text[s.end:]
		if at := len(rest) - len(strings.TrimLeft(rest, " ")); strings.HasPrefix(rest[at:], "年") {
			q.take(span{s.end + at, s.end + at + len("年")}) // "2001 年": the year's own word
		}
		return f, true
	}
	return Filter{}, false
}

// reMonthAsked is a month of a year: "March 2026", "2026 年 3 月", "2026-03".
var reMonthAsked = regexp.MustCompile(`(?:(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,? ((?:19|20)\d\d))|(?:((?:19|20)\d\d) ?(?:年 ?|-|/)(\d{1,2}) ?月?)`)

var monthNumbers = map[string]string{"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06",
	"jul": "07", "aug": "08", "sep": "09", "oct": "10", "nov": "11", "dec": "12"}

// monthFilter reads "in March 2026", "2026 年 3 月的工单": the rows whose
// date falls in that month, when the table's dates hold it.
func (t *Table) monthFilter(q *question, ms []mention, used map[int]bool) (Filter, bool) {
	for _, m := range reMonthAsked.FindAllStringSubmatchIndex(q.text, -1) {
		s := span{m[0], m[1]}
		if !q.free(s) {
			continue
		}
		var value string
		if m[2] >= 0 {
			name := q.text[m[2]:m[3]]
			value = q.text[m[4]:m[5]] + "-" + monthNumbers[name[:3]]
		} else {
			value = q.text[m[6]:m[7]] + "-" + pad2(q.text[m[8]:m[9]])
		}
		col := t.dateColumn(ms, used)
		if col < 0 {
			return Filter{}, false
		}
		f := Filter{Column: t.Columns[col].Name, Op: "month", Value: value}
		if !t.anyRow(f) {
			return Filter{}, false
		}
		q.take(s)
		t.takeDateWords(q, col)
		return f, true
	}
	return Filter{}, false
}

// yearSaid reports a number said as a year: "in 2001", "during 2006",
// "2001 年", "在2001", "2026 work orders", not "above 2000" or "PO number 2001".
func yearSaid(text string, s span) bool {
	after := strings.TrimLeft(text[s.end:], " ")
	if strings.HasPrefix(after, "年") || yearOfRows(after) {
		return true
	}
	before := strings.TrimRight(text[:s.start], " ")
	for _, w := range []string{" in", " during", " of", " for", " since", "在", "于"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// yearOfRows reports a year said before the log's rows it dates: "2026
// work orders", "2006 jobs".
func yearOfRows(after string) bool {
	after = strings.ToLower(after)
	for _, w := range append([]string{"work order", "log entries", "log entry", "logs", "service log", "maintenance log", "service records", "maintenance records", "entries"}, cueLogRows...) {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// yearNouns and monthNouns name a date's part as a group: "which year",
// "per month", "哪一年", "每月".
var (
	yearNouns  = []string{"years", "year", "年份", "年度", "年"}
	monthNouns = []string{"months", "month", "月份", "月"}
)

// dateGroup reads "which year has the most …", "work orders per month",
// "按年统计": the date column, grouped by that part.
// each reports a group per part ("每年", "by year") rather than the top one.
func (t *Table) dateGroup(q *question, ms []mention, used map[int]bool) (col int, part string, each bool) {
	for _, p := range []struct {
		name  string
		nouns []string
	}{{"year", yearNouns}, {"month", monthNouns}} {
		for _, w := range p.nouns {
			for _, s := range q.findExact(w) {
				before := q.text[max(0, s.start-20):s.start]
				if !q.free(s) || !(endsWithCue(before, cueWhich) || endsWithCue(before, cueGroupBy) || endsWithCue(before, cueHanPer)) {
					continue
				}
				col := t.dateColumn(ms, used)
				if col < 0 {
					return -1, "", false
				}
				q.take(s)
				t.takeDateWords(q, col)
				each := endsWithCue(before, cueGroupBy) || endsWithCue(before, cueHanEach)
				return col, p.name, each
			}
		}
	}
	return -1, "", false
}

// cueHanPer groups by a date's part: "每年", "按年", "哪年"; cueHanEach
// asks for every part, not the top one.
var (
	cueHanPer  = []string{"每", "按", "哪", "哪一", "哪个"}
	cueHanEach = []string{"每", "按", "各"}
)

// dateVerbs say when a record began; beside a year or a date group they
// name the date, not the rows: "work orders started in 2006".
var (
	dateVerbs    = []string{"start", "began", "begin", "open", "raise", "creat", "issu", "log"}
	hanDateVerbs = []string{"开工", "开始", "创建", "开单", "下单"}
)

// takeDateWords takes the words that say which date a year is of: the
// date column's own header words, and the verbs of a record's start.
func (t *Table) takeDateWords(q *question, col int) {
	for _, v := range hanDateVerbs {
		for _, s := range q.findExact(v) {
			q.take(s)
		}
	}
	header := strings.Fields(normHeader(t.Columns[col].Name))
	for _, w := range q.words {
		s := span{w.start, w.end}
		if !q.free(s) || len(w.stem) < 3 || isKindWord(t, w.raw) {
			continue
		}
		for _, h := range append(header, dateVerbs...) {
			if strings.HasPrefix(h, w.stem) && len(w.stem) >= 4 || strings.HasPrefix(w.stem, h) && len(h) >= 3 {
				q.take(s)
				break
			}
		}
	}
}

func isKindWord(t *Table, w string) bool {
	for _, n := range kindNouns[t.Kind] {
		for _, k := range strings.Fields(n) {
			if k == w {
				return true
			}
		}
	}
	return false
}

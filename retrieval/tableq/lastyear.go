package tableq

import (
	"regexp"
	"strconv"
)

// reLastYear is a year said relative to now: "last year", 去年. A log
// knows no today, so the year meant is the one before its latest date:
// a log running into 2026 was last year in 2025. The answer names the
// year kept ("Date in 2025"), so a reader sees which was summed.
var reLastYear = regexp.MustCompile(`(?i)\b(?:last|previous) year\b|去年|上一年`)

// lastYearFilter reads "last year" as the year before the latest one the
// table's dates hold, when rows of that year are in it.
func (t *Table) lastYearFilter(q *question, ms []mention, used map[int]bool) (Filter, bool) {
	m := reLastYear.FindStringIndex(q.text)
	if m == nil || !q.free(span{m[0], m[1]}) {
		return Filter{}, false
	}
	col := t.dateColumn(ms, used)
	if col < 0 {
		return Filter{}, false
	}
	latest := 0
	for _, r := range t.Rows {
		if y, _, ok := dateParts(r.Cell(col)); ok {
			n, _ := strconv.Atoi(y)
			latest = max(latest, n)
		}
	}
	if latest == 0 {
		return Filter{}, false
	}
	f := Filter{Column: t.Columns[col].Name, Op: "year", Value: strconv.Itoa(latest - 1)}
	if !t.anyRow(f) {
		return Filter{}, false
	}
	q.take(span{m[0], m[1]})
	t.takeDateWords(q, col)
	return f, true
}

package tableq

import (
	"regexp"
	"strings"
)

// "How many FMEA lines literally say 'No current controls'?" counts the
// rows whose cell is that text as written. The sheet's reading of it as
// an empty cell ("no current controls" is how some sheets leave one
// blank) would count the blank cells too.

var (
	reQuotedLiteral = regexp.MustCompile(`['"“‘「]([^'"”’」]{2,60})['"”’」]`)
	reAsWritten     = regexp.MustCompile(`(?i)\b(?:literally|exactly|verbatim|word for word)\b|字面|原文|原样`)
	reCountAsked    = regexp.MustCompile(`(?i)\bhow many\b|\bnumber of\b|多少|几`)
)

// literalCountPlan reads a count of the rows holding a quoted text as
// written, where the question says so or the text is one the sheet reads
// as empty.
func (t *Table) literalCountPlan(text string) (Plan, bool) {
	m := reQuotedLiteral.FindStringSubmatch(text)
	if m == nil || !reCountAsked.MatchString(text) {
		return Plan{}, false
	}
	literal := strings.TrimSpace(m[1])
	if !reAsWritten.MatchString(text) && !isNull(literal) {
		return Plan{}, false
	}
	col := -1
	for i := range t.Columns {
		if t.anyRow(Filter{Column: t.Columns[i].Name, Op: "eq", Value: literal}) {
			if col >= 0 {
				return Plan{}, false // in two columns: which one is asked is not said
			}
			col = i
		}
	}
	if col < 0 {
		return Plan{}, false
	}
	return Plan{Filters: []Filter{{Column: t.Columns[col].Name, Op: "eq", Value: literal}}, Aggregate: "count"}, true
}

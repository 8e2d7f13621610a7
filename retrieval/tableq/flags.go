package tableq

import (
	"regexp"
	"strings"
)

// A column of yes/no marks is asked by what it flags: "work orders
// flagged as exclusions" are the rows whose Exclusion column is TRUE.

// reFlagged is the verb that asks for a flag, before the column's name.
var reFlagged = regexp.MustCompile(`\b(?:flagged|marked|ticked|tagged|set) (?:as |for )?(?:an? |the )?$`)

// trueMarks are the cells that set a flag.
var trueMarks = map[string]bool{"true": true, "yes": true, "y": true, "x": true, "1": true, "是": true, "✓": true}

// falseMarks are the cells that leave it unset.
var falseMarks = map[string]bool{"false": true, "no": true, "n": true, "0": true, "否": true, "": true}

// flagged reads "flagged as <column>" for a column of yes/no marks as
// the rows that have the flag set.
func (t *Table) flagged(q *question) []Filter {
	var out []Filter
	for i := range t.Columns {
		// The question's wording is checked before the column's cells,
		// which most questions never need read.
		mark, checked, ok := "", false, false
		for _, name := range t.columnNames(i) {
			for _, s := range q.find(name) {
				verb := reFlagged.FindStringIndex(q.text[:s.start])
				if !q.free(s) || verb == nil {
					continue
				}
				if !checked {
					mark, ok = t.flagColumn(i)
					checked = true
				}
				if !ok {
					continue
				}
				q.take(span{verb[0], s.end}) // "flagged as exclusions" filters nothing else
				out = append(out, Filter{Column: t.Columns[i].Name, Op: "eq", Value: mark})
			}
		}
	}
	return out
}

// flagColumn reports a column whose cells are all yes/no marks or empty,
// some of them set, and the set mark as the sheet writes it.
func (t *Table) flagColumn(i int) (string, bool) {
	mark := ""
	for _, r := range t.Rows {
		v := strings.TrimSpace(r.Cell(i))
		switch lv := strings.ToLower(v); {
		case trueMarks[lv]:
			mark = v
		case !falseMarks[lv] && !isNull(v):
			return "", false
		}
	}
	return mark, mark != ""
}

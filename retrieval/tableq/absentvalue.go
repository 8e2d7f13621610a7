package tableq

import (
	"regexp"
	"strings"
	"unicode"
)

// reValueAfterName is the word said right after a column's name as its
// value: "revision D", "revision of D", "版本为 D".
var reValueAfterName = regexp.MustCompile(`^\s*(?:of |is |= ?|为|是|等于)?\s*([\p{L}\p{N}-]+)`)

// absentValues reads a value said right after a column's name that no row
// holds but that is written as every value of the column is ("revision D"
// of a BOM whose revisions run A to C): a filter that keeps no row, so the
// answer says none rather than dropping the value and counting every row.
func (t *Table) absentValues(text string, q *question, ms []mention, used map[int]bool) []Filter {
	var out []Filter
	for i, m := range ms {
		if m.value != "" || used[i] || t.Columns[m.col].Numeric {
			continue
		}
		loc := reValueAfterName.FindStringSubmatchIndex(q.text[m.end:])
		if loc == nil {
			continue
		}
		s := span{m.end + loc[2], m.end + loc[3]}
		v := q.text[s.start:s.end]
		if !q.free(s) || !t.shapedAsValues(m.col, v) {
			continue
		}
		q.take(s)
		used[i] = true
		out = append(out, Filter{Column: t.Columns[m.col].Name, Op: "eq", Value: asWritten(text, v)})
	}
	return out
}

// shapedAsValues reports a word that is none of a column's values but is
// written as all of them are: letters, digits and dashes in the same
// places ("D" among "A", "B", "C"; "WC4" among "WC1", "WC2").
func (t *Table) shapedAsValues(col int, v string) bool {
	values := t.values(col)
	if len(values) < 2 {
		return false
	}
	want := valueShape(v)
	for _, have := range values {
		if strings.EqualFold(have, v) || valueShape(have) != want {
			return false
		}
	}
	return true
}

// valueShape writes a letter as a, a digit as 9 and keeps anything else.
func valueShape(v string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsLetter(r):
			return 'a'
		case unicode.IsDigit(r):
			return '9'
		}
		return r
	}, strings.ToLower(v))
}

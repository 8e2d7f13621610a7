package tableq

import (
	"regexp"
	"strings"
)

// A figure of three digits or more that opens a name the rows write
// ("304 stainless" of "304 stainless steel", a grade) is part of that
// name, not a quantity: the rows that mention the name are the ones asked
// about. A smaller one ("2 hole U channel") is a count in a name the rows
// spell several ways ("2hole Uchannel").

var reFigureThenWord = regexp.MustCompile(`\b(\d{3,}[a-zA-Z]?)\s+([a-zA-Z]{3,})\b`)

// gradeFilters are mention filters for each free figure whose next word
// rows mention with it; the figures are taken.
func (t *Table) gradeFilters(q *question) []Filter {
	var out []Filter
	for _, m := range reFigureThenWord.FindAllStringSubmatchIndex(q.text, -1) {
		s := span{m[0], m[1]}
		if !q.free(span{m[2], m[3]}) {
			continue
		}
		phrase := strings.ToLower(q.text[m[2]:m[3]] + " " + q.text[m[4]:m[5]])
		f := Filter{Column: AnyColumn, Op: "mention", Value: phrase}
		if !t.anyRow(f) {
			continue
		}
		out = append(out, f)
		q.take(s)
	}
	return out
}

package tableq

import (
	"regexp"
	"strings"
)

// A maker's series is the leading block of its part numbers: goBILDA's
// 1118-0024-0096 and 1118-0024-0288 are both "1118 series" open goRAIL.
// "How many 1118 open goRAIL pieces", "1109 或 1118 系列" name the rows
// whose part number opens with it, every length of the series at once.

// reSeries is a bare figure, with the word that calls it a series.
// A standard's number is a series too: "GB/T 5783" opens the part numbers
// of every size of hex bolt it gives.
var reSeries = regexp.MustCompile(`(?i)\b((?:gb/t|gb|din|iso|jis)\s*\d{3,5}|\d{3,5})(?:(?:\s*|-)series\b|\s*系列)?`)

// reAllSizes says a series is asked whole, every size of it: "(GB/T
// 5783, all sizes)", "所有规格". The words single out no row.
var reAllSizes = regexp.MustCompile(`\b(?:all|any|every|of all|in all) sizes?\b|所有规格|全部规格|各种规格|各规格|不分规格|不论规格`)

// seriesFilters reads the figures the question gives that open part
// numbers of the sheet and are no whole part number, taking them and
// their "series"; several are alternatives, as eq values are.
func (t *Table) seriesFilters(q *question) []Filter {
	code := t.roleColumn("part_no")
	if code < 0 {
		return nil
	}
	for _, m := range reAllSizes.FindAllStringIndex(q.text, -1) {
		q.take(span{m[0], m[1]})
	}
	var out []Filter
	for _, m := range reSeries.FindAllStringSubmatchIndex(q.text, -1) {
		s, v := span{m[2], m[3]}, q.text[m[2]:m[3]]
		if !q.free(s) || s.start > 0 && (isLatin(q.text[s.start-1]) || q.text[s.start-1] == '-') ||
			s.end < len(q.text) && (isLatin(q.text[s.end]) || q.text[s.end] == '-' && !hyphenSeries(q.text[s.end:]) || q.text[s.end] == '.') {
			continue // a code's inner figure, a measure ("96mm"), a decimal
		}
		f := Filter{Column: t.Columns[code].Name, Op: "series", Value: v}
		if !t.anyRow(f) {
			continue
		}
		f.Value = t.seriesAsWritten(code, v)
		q.take(span{m[0], m[1]})
		out = append(out, f)
	}
	return out
}

// hyphenSeries reports "-series" after a figure: "1106-series square
// beams" names the series, not a code's inner figure.
func hyphenSeries(rest string) bool {
	return len(rest) >= len("-series") && strings.EqualFold(rest[:len("-series")], "-series")
}

// inSeries reports a part number that opens with the series figure and
// goes on past a separator.
func inSeries(cell, series string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(strings.TrimSpace(cell)), strings.ToLower(strings.TrimSpace(series)))
	return ok && rest != "" && strings.ContainsRune("-./ ", rune(rest[0]))
}

// seriesAsWritten is the series as the sheet's part numbers write it
// ("GB/T 5783" for the question's "gb/t 5783"), so the answer says it so.
func (t *Table) seriesAsWritten(code int, v string) string {
	for _, r := range t.Rows {
		cell, n := strings.TrimSpace(r.Cell(code)), len(strings.TrimSpace(v))
		if inSeries(cell, v) && n <= len(cell) && strings.EqualFold(cell[:n], strings.TrimSpace(v)) {
			return cell[:n]
		}
	}
	return v
}

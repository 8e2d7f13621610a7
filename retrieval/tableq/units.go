package tableq

import (
	"strings"
	"unicode"
)

// units are the ways a figure's unit is written, by what it measures; a
// column's unit is in its header ("Downtime (h)", "Lead time (days)",
// "Unit price (CNY)").
var units = map[string][]string{
	"hour":   {"h", "hr", "hrs", "hour", "hours", "小时", "个小时", "钟头"},
	"minute": {"min", "mins", "minute", "minutes", "分钟"},
	"day":    {"d", "day", "days", "天", "日"},
	"cny":    {"cny", "rmb", "yuan", "元", "人民币"},
	"usd":    {"usd", "$", "dollars", "dollar", "美元"},
}

// unitOf names what a written unit measures.
func unitOf(w string) string {
	w = strings.ToLower(strings.TrimSpace(w))
	for u, forms := range units {
		for _, f := range forms {
			if w == f {
				return u
			}
		}
	}
	return ""
}

// headerUnit is the unit a header gives in brackets.
func headerUnit(h string) string {
	i := strings.IndexAny(h, "(（")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(h[i:], "(（")
	if j := strings.IndexAny(rest, ")）"); j >= 0 {
		rest = rest[:j]
	}
	return unitOf(rest)
}

// unitColumn finds the numeric column whose header's unit is the unit
// written after a figure ending at end, when exactly one column has it;
// it returns the unit's place too.
func (t *Table) unitColumn(q *question, end int) (int, span) {
	rest := q.text[end:]
	trimmed := strings.TrimLeft(rest, " ")
	at := end + len(rest) - len(trimmed)
	stop := strings.IndexFunc(trimmed, func(r rune) bool { return !unicode.IsLetter(r) || unicode.Is(unicode.Han, r) })
	word := trimmed
	if stop >= 0 {
		word = trimmed[:stop]
	}
	if word == "" { // a Chinese unit: the longest form that starts here
		for _, forms := range units {
			for _, f := range forms {
				if hasHan(f) && strings.HasPrefix(trimmed, f) && len(f) > len(word) {
					word = f
				}
			}
		}
	}
	u := unitOf(word)
	if u == "" {
		return -1, span{}
	}
	found := -1
	for i, c := range t.Columns {
		if c.Numeric && headerUnit(c.Name) == u {
			if found >= 0 {
				return -1, span{} // two columns in hours: the question must say which
			}
			found = i
		}
	}
	return found, span{at, at + len(word)}
}

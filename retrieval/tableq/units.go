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
	"week":   {"wk", "wks", "week", "weeks", "周", "星期", "个星期"},
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

// minutes are the time units in minutes, so a figure in one converts to
// a column counted in another ("two weeks" against "Lead time (days)").
var minutes = map[string]float64{"minute": 1, "hour": 60, "day": 1440, "week": 10080}

// factor converts a figure in unit from to unit to; 0 when it cannot.
func factor(from, to string) float64 {
	if from == to {
		return 1
	}
	f, t := minutes[from], minutes[to]
	if f == 0 || t == 0 {
		return 0
	}
	return f / t
}

// unitAt reads the unit written right after a figure ending at end.
func unitAt(q *question, end int) (string, span) {
	rest := q.text[end:]
	trimmed := strings.TrimLeft(rest, " -") // "15-minute jobs"
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
		return "", span{}
	}
	return u, span{at, at + len(word)}
}

// unitColumn finds the numeric column whose header's unit is the unit
// written after a figure ending at end, or one it converts to, when
// exactly one column has it; it returns the unit's place and the factor
// that converts the figure.
func (t *Table) unitColumn(q *question, end int) (int, span, float64) {
	u, at := unitAt(q, end)
	if u == "" {
		return -1, span{}, 0
	}
	for _, exact := range []bool{true, false} {
		found, f := -1, 0.0
		for i, c := range t.Columns {
			if !c.Numeric {
				continue
			}
			hu := headerUnit(c.Name)
			if (exact && hu == u) || (!exact && hu != "" && factor(u, hu) > 0) {
				if found >= 0 {
					return -1, span{}, 0 // two columns in hours: the question must say which
				}
				found, f = i, factor(u, hu)
			}
		}
		if found >= 0 {
			return found, at, f
		}
	}
	return -1, span{}, 0
}

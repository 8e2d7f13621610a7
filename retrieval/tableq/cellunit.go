package tableq

import (
	"strings"
	"unicode"
)

// A column may write its unit in every cell rather than in its header:
// a torque table's "45 N·m". A threshold said in that unit ("40 N·m及以上
// 的紧固件", "fasteners at 40 Nm or more") is on the one numeric column
// whose cells carry it, though the question names no column.

// cellUnitColumn is the numeric column whose filled cells all write the
// unit said right after a figure ending at end, and the unit's span;
// -1 when no column or more than one does.
func (t *Table) cellUnitColumn(q *question, end int) (int, span) {
	rest := q.text[end:]
	trimmed := strings.TrimLeft(rest, " ")
	at := end + len(rest) - len(trimmed)
	word, n := leadingUnit(trimmed)
	said := unitKey(word)
	if said == "" || !hasLetter(said) {
		return -1, span{}
	}
	found := -1
	for i, c := range t.Columns {
		if !c.Numeric || c.Filled == 0 || !t.cellsInUnit(i, said) {
			continue
		}
		if found >= 0 {
			return -1, span{} // two columns in N·m: the question must say which
		}
		found = i
	}
	if found < 0 {
		return -1, span{}
	}
	return found, span{at, at + n}
}

// cellsInUnit reports every filled cell of column col written as a
// figure followed by the unit key u.
func (t *Table) cellsInUnit(col int, u string) bool {
	filled := 0
	for _, r := range t.Rows {
		v := strings.TrimSpace(r.Cell(col))
		if isNull(v) {
			continue
		}
		filled++
		i := strings.IndexAny(v, " \t")
		if i < 0 {
			return false
		}
		unit, _ := leadingUnit(strings.TrimSpace(v[i:]))
		if _, ok := Number(v[:i]); !ok || unitKey(unit) != u {
			return false
		}
	}
	return filled > 0
}

// hanUnits are units written in Chinese, by the Latin unit they are.
var hanUnits = map[string]string{"牛顿米": "N·m", "牛·米": "N·m", "牛米": "N·m", "千瓦": "kW"}

// leadingUnit is the unit word s starts with: letters and the marks a
// unit joins them by ("N·m", "N.m", "kW", "m³/h"), or its Chinese name
// ("牛米"), given as the Latin unit; and how many bytes of s it takes.
func leadingUnit(s string) (string, int) {
	for han, latin := range hanUnits {
		if strings.HasPrefix(s, han) {
			return latin, len(han)
		}
	}
	end := 0
	for i, r := range s {
		if !(unicode.IsLetter(r) && !unicode.Is(unicode.Han, r)) && !strings.ContainsRune("·.⋅/²³-", r) {
			break
		}
		end = i + len(string(r))
	}
	u := strings.TrimRight(s[:end], ".-/")
	return u, len(u)
}

// unitKey writes a unit the same however it is joined: "N·m", "N.m",
// "Nm" and "n⋅m" are one unit.
func unitKey(u string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(u) {
		if !strings.ContainsRune("·.⋅-", r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

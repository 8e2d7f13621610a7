package tableq

import "strings"

// translatedFilter reads the English form of a Chinese word of the
// question as an English question's word would be read: a value of the
// column the question names beside it ("液压系统": 系统 names Subsystem,
// 液压 its "Hydraulic System"), else the one column holding it as a whole
// value ("腐蚀" is the failure mode "Corrosion"), else any column.
func (t *Table) translatedFilter(w, op string, ms []mention, used map[int]bool) Filter {
	if op == "mention" {
		return Filter{Column: AnyColumn, Op: op, Value: w}
	}
	for i, m := range ms {
		if used[i] || m.value != "" || t.Columns[m.col].Numeric {
			continue
		}
		if t.holdsMatch(m.col, w) {
			used[i] = true
			return Filter{Column: t.Columns[m.col].Name, Op: "match", Value: w}
		}
	}
	col, value := -1, ""
	for i, c := range t.Columns {
		if c.Numeric {
			continue
		}
		for _, v := range t.values(i) {
			if !strings.EqualFold(v, w) {
				continue
			}
			if col >= 0 && col != i {
				return Filter{Column: AnyColumn, Op: op, Value: w} // two columns: no telling which
			}
			col, value = i, v
		}
	}
	if col >= 0 {
		op := "eq"
		if t.widerValues(col, value) {
			op = "match" // "leaking" also finds "cracked or leaking"
		}
		return Filter{Column: t.Columns[col].Name, Op: op, Value: value}
	}
	return Filter{Column: AnyColumn, Op: op, Value: w}
}

// holdsMatch reports whether a value of column col matches w.
func (t *Table) holdsMatch(col int, w string) bool {
	for _, v := range t.values(col) {
		if matches(v, w) {
			return true
		}
	}
	return false
}

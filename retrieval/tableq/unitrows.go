package tableq

import (
	"regexp"
	"slices"
	"strings"
)

// A list whose rows each give their unit (pcs, L, set) is asked over the
// rows in one unit: "everything on the spares list that's counted in
// pieces", "按件计的备件". Those rows are the ones whose unit cell is a
// form of that unit, and "how many pieces in total" adds their
// quantities up rather than counting them.

// reCountedIn names the unit rows are counted in.
var reCountedIn = regexp.MustCompile(`\b(?:counted|measured|stocked|listed|given|kept|sold|supplied)\s+in\s+(pieces|piece|pcs|pc|sets|litres|liters|kilograms|kg|metres|meters)\b|(?:按|以)(件|个|只|套|升|公斤|千克|米)(?:计|算)`)

// unitForms are the ways a sheet writes each unit a question may name.
var unitForms = map[string][]string{
	"pcs": {"pcs", "pc", "piece", "pieces", "ea", "each", "件", "个", "只"},
	"set": {"set", "sets", "套"},
	"l":   {"l", "litre", "litres", "liter", "liters", "升"},
	"kg":  {"kg", "kilogram", "kilograms", "公斤", "千克"},
	"m":   {"m", "metre", "metres", "meter", "meters", "米"},
}

// unitsCellColumn is the column of each row's unit, or -1.
func (t *Table) unitsCellColumn() int {
	if i := t.roleColumn("unit"); i >= 0 {
		return i
	}
	for i, c := range t.Columns {
		if !c.Numeric && unitHeaders[strings.ToLower(strings.TrimSpace(c.Name))] {
			return i
		}
	}
	return -1
}

// countedInFilters keeps the rows in the unit the question names, as eq
// filters on the unit column, one for each way the sheet writes that
// unit; none when the sheet has no such rows.
func (t *Table) countedInFilters(q *question) []Filter {
	col := t.unitsCellColumn()
	if col < 0 {
		return nil
	}
	for _, m := range reCountedIn.FindAllStringSubmatchIndex(q.text, -1) {
		s := span{m[0], m[1]}
		if !q.free(s) {
			continue
		}
		word := ""
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				word = q.text[m[g]:m[g+1]]
			}
		}
		var out []Filter
		for _, v := range t.values(col) {
			if sameUnit(v, word) {
				out = append(out, Filter{Column: t.Columns[col].Name, Op: "eq", Value: v})
			}
		}
		if len(out) > 0 {
			q.take(s)
			for _, e := range q.findExact("everything") {
				q.take(e) // "everything … counted in pieces": every row in that unit
			}
			return out
		}
	}
	return nil
}

// sameUnit reports a unit cell v that writes the unit word names.
func sameUnit(v, word string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	for _, forms := range unitForms {
		if slices.Contains(forms, word) && slices.Contains(forms, v) {
			return true
		}
	}
	return false
}

// rePiecesAsked counts pieces, not rows: "how many pieces", "多少件".
var rePiecesAsked = regexp.MustCompile(`\bhow many (?:pieces|pcs|items in total)\b|多少件|几件`)

// sumsInUnit turns a count of the rows in one unit into the sum of their
// quantities when the question counts pieces or a total of them: each
// row stands for as many pieces as its quantity says.
func (t *Table) sumsInUnit(q *question, p *Plan) {
	if p.Aggregate != "count" || p.GroupBy != "" || !rePiecesAsked.MatchString(q.text) && !q.asksSum() {
		return
	}
	if qty := t.quantityInUnit(p.Filters); qty >= 0 {
		p.Aggregate, p.Column = "sum", t.Columns[qty].Name
	}
}

// quantityInUnit is the quantity column of a flat list whose rows the
// filters keep by their unit, or -1: what rows in one unit add up by.
func (t *Table) quantityInUnit(fs []Filter) int {
	unit := t.unitsCellColumn()
	if unit < 0 || t.levelled() || t.multiplied() || !filtersOn(fs, t.Columns[unit].Name) {
		return -1
	}
	return t.quantityColumn()
}

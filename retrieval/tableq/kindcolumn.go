package tableq

import "slices"

// Where the rows of a table are what one of its columns names (an
// FMEA's rows are failure modes, and it has a Failure Mode column), a
// listing of "which failure modes" asks for that column of each row, not
// only the path of items that labels it.

// kindColumn is the text column that the question's name for the rows
// names exactly, or -1: "Load Frame 下面都有哪些失效模式" names the
// Potential Failure Mode column by the word that calls the rows.
func (t *Table) kindColumn(text string) int {
	q := newQuestion(text)
	for _, n := range kindNouns[t.Kind] {
		for _, s := range q.findExact(n) {
			if c := t.columnNamedAt(q, s); c >= 0 {
				return c
			}
		}
	}
	return -1
}

// columnNamedAt is the text column one of whose names is said exactly
// over s, or -1.
func (t *Table) columnNamedAt(q *question, s span) int {
	for i, c := range t.Columns {
		if c.Numeric {
			continue
		}
		for _, name := range t.columnNames(i) {
			if slices.Contains(q.find(name), s) {
				return i
			}
		}
	}
	return -1
}

// showKindColumn adds the column the rows' kind names to what a listing
// gives of each row, unless a filter already says its value.
func (t *Table) showKindColumn(text string, p *Plan) {
	if p.Aggregate != "list" {
		return
	}
	c := t.kindColumn(text)
	if c < 0 {
		return
	}
	name := t.Columns[c].Name
	if slices.Contains(p.Show, name) || filtersOn(p.Filters, name) {
		return
	}
	p.Show = append(p.Show, name)
}

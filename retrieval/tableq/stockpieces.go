package tableq

import (
	"regexp"
	"strings"
)

// "推荐库存一共多少件", "how many pieces is the recommended stock in
// total": a quantity column named and added up, counted in pieces, asks
// for the quantities summed, not for how many rows there are. Summed over
// rows in different units (pcs and L) the figure is no number of pieces,
// and no plan gives one.

// rePieceCount counts pieces or items, the way a stock is counted.
var rePieceCount = regexp.MustCompile(`\bhow many (?:pieces|pcs|units|items)\b|多少件|几件|多少个|几个`)

// quantitySummed reports a count that adds up the quantity column the
// question names: measure is that column, and a mention names it. A
// BOM's pieces are counted through its levels or multipliers instead.
func (t *Table) quantitySummed(q *question, ms []mention, measure int) bool {
	return rePieceCount.MatchString(strings.ToLower(q.text)) && t.quantityNamed(ms, measure)
}

// quantityNamed reports a quantity column the question names, of a sheet
// whose rows each stand for some pieces: "how many control fuses … keep
// on the shelf" counts in it whatever the pieces are called.
func (t *Table) quantityNamed(ms []mention, measure int) bool {
	if measure < 0 || t.levelled() || t.multiplied() || !t.countsItems(measure) {
		return false
	}
	for _, m := range ms {
		if m.col == measure && m.value == "" {
			return true
		}
	}
	return false
}

// reStockHeader names a column of how many items: "Recommended stock",
// "Qty", "数量".
var reStockHeader = regexp.MustCompile(`\bstock\b|\bqty\b|\bquantity\b|库存|数量`)

// countsItems reports a numeric column of how many items a row stands for.
func (t *Table) countsItems(col int) bool {
	c := t.Columns[col]
	return c.Numeric && (c.Role == "qty" || col == t.quantityColumn() || reStockHeader.MatchString(strings.ToLower(c.Name)))
}

// oneUnit reports the rows the filters keep all in one unit, or a table
// that writes no unit per row.
func (t *Table) oneUnit(fs []Filter) bool {
	u := t.unitsCellColumn()
	if u < 0 {
		return true
	}
	first := ""
	for i, r := range t.filter(fs) {
		v := strings.ToLower(strings.TrimSpace(r.Cell(u)))
		if i == 0 {
			first = v
		} else if v != first {
			return false
		}
	}
	return true
}

// reStockAsked asks how many to keep: "建议备几个", "how many should I keep
// in stock", "how many spares on hand".
var reStockAsked = regexp.MustCompile(`(?i)备|库存|\bstock\b|\bkeep\b|on hand|on the shelf`)

// stockOfOneRow reports a count of the one row that the question names by
// a value, in a table whose rows each stand for a stock of items, asked
// how many to keep: the row's quantity answers, not the number one.
func (t *Table) stockOfOneRow(text string, fs []Filter) bool {
	if !t.holdsStock() || !reStockAsked.MatchString(text) || len(t.filter(fs)) != 1 {
		return false
	}
	for _, f := range fs {
		if f.Op != "eq" {
			return false
		}
	}
	return len(fs) > 0
}

// holdsStock reports a column of how many items each row stands for.
func (t *Table) holdsStock() bool {
	for i := range t.Columns {
		if t.countsItems(i) {
			return true
		}
	}
	return false
}

// namedItemsStock reads "O形圈推荐库存几个", "how many O-rings do we keep
// in stock" as the named item's stock in pieces: the rows its name picks
// hold a quantity column the question names, and counting those rows
// would only say the item is listed once. Where the name picks one row,
// that row's field is the answer, which a table plan does not give: it
// reports false.
func (t *Table) namedItemsStock(q *question, p *Plan, ms []mention, measure int) bool {
	if p.Aggregate != "count" || p.GroupBy != "" || textFilters(p.Filters) == 0 || !t.quantityNamed(ms, measure) {
		return true
	}
	switch n := len(t.filter(p.Filters)); {
	case n == 1:
		return false
	case n == 0 || !t.oneUnit(p.Filters):
		return true
	}
	p.Aggregate, p.Column = "sum", t.Columns[measure].Name
	return true
}

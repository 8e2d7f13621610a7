package tableq

import (
	"regexp"
	"slices"
	"strings"
)

// A levelled BOM counts pieces, not lines: "how many spring washers are
// in the base plate assembly" is each matching line's quantity times
// that of every assembly holding it, up to the assembly the question
// names (or the whole product). "How many parts", "几种零件", "how many
// lines" still count lines.

// lineNouns count lines or kinds of part, not the pieces of one.
var lineNouns = map[string]bool{"part": true, "parts": true, "item": true, "items": true, "component": true,
	"components": true, "line": true, "lines": true, "row": true, "rows": true, "entries": true, "records": true,
	"种": true, "条": true, "行": true, "项": true, "款": true, "家": true, "次": true, "单": true}

// reKinds asks for kinds, not pieces: "how many types of bolt".
var reKinds = regexp.MustCompile(`\b(?:different|distinct|unique|kinds?|types?|sorts?|line items?|part numbers?)\b|不同|种类|几种|多少种`)

// itemRoles are the columns that say which part a line is.
var itemRoles = map[string]bool{"part_no": true, "name": true, "description": true}

// countsPieces reports a count over a levelled BOM whose filters only
// name a part (and the assembly it sits in), asked of its pieces. Asked
// of the whole product ("in one pump", "一台泵里"), a count of lines by
// any column is one of pieces too: "how many pieces from Ningbo go into
// one pump" counts each seal as often as the pump holds it.
func (t *Table) countsPieces(question string, p Plan, whole bool) bool {
	if p.Aggregate != "count" || p.GroupBy != "" || !t.levelled() && !t.multiplied() {
		return false
	}
	text := strings.ToLower(question)
	times := t.namesMultiplier(text) // "how many parts, quantity times multiplier": pieces, said so
	asked := rePiecesTotal.MatchString(text)
	if reKinds.MatchString(text) || lineNouns[RowNoun(text)] && !times && !asked {
		return false
	}
	if t.multiplied() && !slices.ContainsFunc(p.Filters, func(f Filter) bool { return f.Op == "series" || t.scopesAssembly(f) }) && !times && !t.spansSeveralParts(p.Filters) {
		return false // one part's lines the parts graph rolls up as well; a series spans several
	}
	named := false
	for _, f := range p.Filters {
		switch {
		case f.Op == "under" || f.Op == "child":
		case f.Op == "match" || f.Op == "mention" || f.Op == "eq" || f.Op == "series":
			if f.Column != AnyColumn && !itemRoles[t.Columns[t.Column(f.Column)].Role] && !whole && !t.multiplied() {
				return false // "how many parts does Ningbo supply": lines
			}
			named = true
		default:
			return false
		}
	}
	// "how many pieces go into the coupling assembly": every line under
	// it, each as often as its quantity says
	return named || asked && t.piecesUnder(p)
}

// scopesAssembly reports a filter naming the assembly a flat list's lines
// sit in: "每个 rocker bogie 总成要几个 control arm" counts the pieces one
// such assembly holds, which no roll-up over the whole product gives.
func (t *Table) scopesAssembly(f Filter) bool {
	if f.Op != "eq" || f.Column == AnyColumn {
		return false
	}
	c := t.Column(f.Column)
	return c >= 0 && t.Columns[c].Role == "assembly"
}

// piecesUnder reports an assembly whose pieces add up plainly: its lines
// hold no sub-assembly and are all counted in one unit.
func (t *Table) piecesUnder(p Plan) bool {
	scope := underScope(p)
	return scope != "" && !t.holdsSubassembly(scope) && t.piecesUnit(t.filter(p.Filters)) != ""
}

// piecesUnread reports pieces asked outright of an assembly that a count
// of lines would answer instead: "底座组件下面所有零件加起来一共多少件" is no
// count of its lines, so no figure is better than that one.
func (t *Table) piecesUnread(question string, p Plan) bool {
	return !p.Pieces && p.Aggregate == "count" && t.levelled() && underScope(p) != "" &&
		rePiecesTotal.MatchString(strings.ToLower(question))
}

// holdsSubassembly reports an assembly keyed key that holds an assembly
// of its own: whether its pieces count the sub-assembly or what it holds
// is for the asker to say, so no figure is given for "every piece under it".
func (t *Table) holdsSubassembly(key string) bool {
	k := t.keyColumn()
	for i, a := range t.Rows {
		if !strings.EqualFold(strings.TrimSpace(a.Cell(k)), strings.TrimSpace(key)) {
			continue
		}
		for _, j := range t.belowRow(i) {
			if len(t.belowRow(j)) > 0 {
				return true
			}
		}
	}
	return false
}

// reQuantityWord asks how many, not what they cost: "the total quantity
// of parts", "数量加起来".
var reQuantityWord = regexp.MustCompile(`\bquantit(?:y|ies)\b|\bqty\b|\bpieces\b|数量|件数`)

// rePiecesTotal asks for pieces outright, not lines: "how many pieces",
// "the total quantity", "所有零件加起来一共多少件".
var rePiecesTotal = regexp.MustCompile(`\bhow many (?:individual |separate )?pieces\b|\b(?:total|overall) (?:quantity|number of pieces)\b|\bcounting (?:the |their )?quantit(?:y|ies)\b|\bpiece count\b|(?:加起来|合计|总共|一共|总计)[^？?，,。]*(?:多少|几)[件包]|件数|数量(?:加起来|之和|合计|总和|总计)`)

// levelled reports a sheet with numeric level and quantity columns.
func (t *Table) levelled() bool {
	level, qty := t.roleColumn("level"), t.roleColumn("qty")
	return level >= 0 && qty >= 0 && t.Columns[level].Numeric && t.Columns[qty].Numeric
}

// multiplied reports a flat parts list whose lines give a quantity per
// assembly and how many of that assembly the product has.
func (t *Table) multiplied() bool {
	qty, mult := t.roleColumn("qty"), t.roleColumn("multiplier")
	return !t.levelled() && qty >= 0 && mult >= 0 && t.Columns[qty].Numeric && t.Columns[mult].Numeric
}

// productPieces is the multiplier to count a flat list's pieces by, for
// the whole product: asked of it, or of a part wherever it is used. A
// count scoped to one assembly ("in the rocker bogie") is of one of them,
// unless the question names the multiplier ("数量乘倍数加起来").
func (t *Table) productPieces(question string, p Plan, whole bool) []string {
	if !p.Pieces || !t.multiplied() {
		return nil
	}
	mult := t.Columns[t.roleColumn("multiplier")].Name
	if whole || t.namesMultiplier(question) {
		return []string{mult}
	}
	for _, f := range p.Filters {
		if f.Op == "eq" && f.Column != AnyColumn && !itemRoles[t.Columns[t.Column(f.Column)].Role] {
			return nil
		}
	}
	return []string{mult}
}

// flatPieces totals the kept lines' quantities, each times the times
// columns; an empty figure counts 1.
func (t *Table) flatPieces(kept []Row, times []string) float64 {
	qty := t.roleColumn("qty")
	total := 0.0
	for _, r := range kept {
		n, ok := Number(r.Cell(qty))
		if !ok {
			n = 1
		}
		for _, c := range times {
			if f, ok := Number(r.Cell(t.Column(c))); ok {
				n *= f
			}
		}
		total += n
	}
	return total
}

// pieces totals the kept lines' quantities, each times those of the
// assemblies holding it below scope (the key of the assembly the plan
// keeps rows under; "" for the whole sheet). A line held by another kept
// line is counted in it already. An empty quantity counts 1. The rows
// returned are the holding assemblies multiplied by, to cite beside the
// kept lines.
func (t *Table) pieces(kept []Row, scope string) (float64, []Row) {
	level, qty, key := t.roleColumn("level"), t.roleColumn("qty"), t.keyColumn()
	keptAt := map[string]bool{}
	for _, r := range kept {
		keptAt[r.Chunk.ID] = true
	}
	count := func(r Row) float64 {
		if n, ok := Number(r.Cell(qty)); ok {
			return n
		}
		return 1
	}
	total := 0.0
	var holders []Row
	held := map[string]bool{}
	for i, r := range t.Rows {
		if !keptAt[r.Chunk.ID] {
			continue
		}
		n := count(r)
		depth, ok := Number(r.Cell(level))
		for j := i - 1; ok && j >= 0; j-- {
			up, ok2 := Number(t.Rows[j].Cell(level))
			if !ok2 || up >= depth {
				continue
			}
			a := t.Rows[j]
			if key >= 0 && scope != "" && strings.EqualFold(strings.TrimSpace(a.Cell(key)), strings.TrimSpace(scope)) {
				break
			}
			if keptAt[a.Chunk.ID] {
				n = 0 // counted with the kept assembly that holds it
				break
			}
			n *= count(a)
			depth = up
			if !held[a.Chunk.ID] && count(a) != 1 {
				held[a.Chunk.ID] = true
				holders = append(holders, a)
			}
		}
		total += n
	}
	return total, holders
}

// piecesUnit is the unit every counted line is in ("pcs"), or "".
func (t *Table) piecesUnit(rows []Row) string {
	unit := t.roleColumn("unit")
	if unit < 0 || len(rows) == 0 {
		return ""
	}
	first := strings.TrimSpace(rows[0].Cell(unit))
	for _, r := range rows[1:] {
		if !strings.EqualFold(strings.TrimSpace(r.Cell(unit)), first) {
			return ""
		}
	}
	return first
}

// underScope is the assembly a plan keeps its rows under, or "".
func underScope(p Plan) string {
	for _, f := range p.Filters {
		if f.Op == "under" || f.Op == "child" {
			return f.Value
		}
	}
	return ""
}

// reTimesSaid joins two figures by multiplying them: "quantity times
// multiplier", "数量乘倍数".
var reTimesSaid = regexp.MustCompile(`(?i)\btimes\b|\bmultiplied\b|[×*]|乘`)

// namesMultiplier reports a count that says its lines' quantities are
// multiplied by the assembly multiplier: "rocker bogie 总共多少个零件（数量乘
// 倍数加起来）", "parts in the rocker bogie, quantity times multiplier".
// Said so, the count is of pieces even where a parts graph rolls the
// assembly up as well.
func (t *Table) namesMultiplier(question string) bool {
	i := t.roleColumn("multiplier")
	if i < 0 || !t.multiplied() || !reTimesSaid.MatchString(question) {
		return false
	}
	q := newQuestion(question)
	for _, name := range t.columnNames(i) {
		if len(q.find(name)) > 0 {
			return true
		}
	}
	return false
}

// spansSeveralParts reports words that keep the lines of more than one
// part: "angle pattern brackets" are the 45° bracket and the angle
// bracket, which no one part's roll-up counts together.
func (t *Table) spansSeveralParts(fs []Filter) bool {
	k := t.keyColumn()
	if k < 0 || len(fs) == 0 || slices.ContainsFunc(fs, func(f Filter) bool { return f.Column != AnyColumn }) {
		return false
	}
	parts := map[string]bool{}
	for _, r := range t.filter(fs) {
		parts[strings.ToLower(strings.TrimSpace(r.Cell(k)))] = true
	}
	return len(parts) > 1
}

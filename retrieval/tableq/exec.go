package tableq

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Result is a plan's answer and the rows behind it.
type Result struct {
	Plan  Plan
	Table *Table
	// Value is the figure asked for: a count, sum, average, extreme or
	// percentage. Count is how many rows it was computed over, Total how
	// many rows the table has.
	Value  float64
	Count  int
	Total  int
	Groups []Group
	// Distinct lists the distinct values of Plan.Column, most frequent first.
	Distinct []Group
	// Part and Whole are, for a share of a column's total, the kept rows'
	// sum and the whole table's.
	Part, Whole float64
	// Rows are the rows the answer rests on, to be cited.
	Rows []Row
	// ByModel marks a plan a language model wrote.
	ByModel bool
	// Noun is what the question calls the rows it counts (RowNoun), Unit
	// the unit of the figure's column (ColumnUnit).
	Noun, Unit string
	// PerAssembly marks pieces counted in one of the assembly holding
	// them, its lines' quantities not multiplied by how many the product
	// has.
	PerAssembly bool
	// Money marks a figure of a cost or price column, which reads with
	// two decimals: 24574.40, not 24574.4.
	Money bool
	// Listed marks a count whose question also asks which rows ("哪些 …
	// 有几个"): the answer names them.
	Listed bool
	// Written are, for a count of rows a column is empty in, the values
	// that say so in words ("No current controls"), each with how many
	// of the counted rows hold it; the rest are blank.
	Written []Group
	// Absent, when set, is the kind of row or the column the question
	// asks about that no table visible to the caller has: the question
	// is not answered, and must not be answered from other passages.
	// Nothing else of the result is set.
	Absent string
}

// Group is one group of rows, or one distinct value, with its figure.
type Group struct {
	Key   string
	Value float64
	Count int
	Rows  []Row
}

// Execute runs a validated plan over t.
func Execute(t *Table, p Plan) (*Result, error) {
	if err := p.Validate(t); err != nil {
		return nil, err
	}
	kept := t.filter(p.Filters)
	if p.Pieces {
		kept = namedAsHead(kept, p.Filters)
	}
	res := &Result{Plan: p, Table: t, Total: len(t.Rows), Count: len(kept)}
	col := t.Column(p.Column)
	switch {
	case p.GroupBy != "":
		res.Groups = t.group(kept, p, col)
		for _, g := range res.Groups {
			res.Rows = append(res.Rows, g.Rows...)
		}
		if len(res.Groups) > 0 {
			res.Value = res.Groups[0].Value
		}
	case p.Aggregate == "distinct":
		res.Distinct = distinct(kept, col, p.Limit)
		for _, g := range res.Distinct {
			res.Rows = append(res.Rows, g.Rows[0])
		}
		res.Value = float64(len(distinct(kept, col, 0)))
	default:
		res.Value, res.Rows, res.Count = aggregate(t.spanned(weighted(t, kept, col, p.Times), col), p.Aggregate, col)
		res.Rows = unweighted(kept, res.Rows)
		if p.Aggregate == "percent" && col >= 0 {
			res.Value, res.Part, res.Whole = t.shareOf(kept, col, p.Times)
		} else if p.Aggregate == "percent" && res.Total > 0 {
			res.Value = 100 * float64(len(kept)) / float64(res.Total)
		}
		if p.Aggregate == "list" {
			res.Rows = orderRows(kept, col, p.Order, p.Limit)
		}
		if p.Holder {
			res.Rows = t.holders(res.Rows)
		}
		if p.Pieces && t.multiplied() {
			res.Value = t.flatPieces(kept, p.Times)
			res.PerAssembly = len(p.Times) == 0
		} else if p.Pieces {
			var holders []Row
			res.Value, holders = t.pieces(kept, underScope(p))
			res.Rows = append(res.Rows, holders...)
		}
		if p.Aggregate == "count" {
			res.Written = writtenAbsence(t, kept, p.Filters)
		}
		if p.Aggregate == "count" && len(p.Show) > 0 {
			// "and on which pumps": the values among the counted rows
			res.Distinct = distinct(kept, t.Column(p.Show[len(p.Show)-1]), 0)
		}
	}
	return res, nil
}

// weighted gives each row's figure in col times its figures in the times
// columns ("cost pp" × "# req in assy"), an empty or unreadable factor
// counting 1, as a sheet leaves the quantity of a single part blank.
// The rows returned are copies; unweighted maps them back.
func weighted(t *Table, rows []Row, col int, times []string) []Row {
	if len(times) == 0 {
		return rows
	}
	out := make([]Row, len(rows))
	for i, r := range rows {
		x, ok := Number(r.Cell(col))
		if ok {
			for _, c := range times {
				if f, ok := Number(r.Cell(t.Column(c))); ok {
					x *= f
				}
			}
		}
		cells := append([]string(nil), r.Cells...)
		if ok {
			cells[col] = strconv.FormatFloat(x, 'f', -1, 64)
		}
		out[i] = Row{Chunk: r.Chunk, Cells: cells}
	}
	return out
}

// unweighted finds the original rows of weighted copies, by chunk.
func unweighted(orig, rows []Row) []Row {
	byID := map[string]Row{}
	for _, r := range orig {
		byID[r.Chunk.ID] = r
	}
	out := make([]Row, 0, len(rows))
	for _, r := range rows {
		if o, ok := byID[r.Chunk.ID]; ok {
			out = append(out, o)
		} else {
			out = append(out, r)
		}
	}
	return out
}

// aggregate computes one figure over rows, with the rows it rests on and
// how many rows had a value.
func aggregate(rows []Row, agg string, col int) (float64, []Row, int) {
	switch agg {
	case "count", "percent", "list":
		return float64(len(rows)), rows, len(rows)
	}
	var vals []float64
	var used []Row
	for _, r := range rows {
		if x, ok := Number(r.Cell(col)); ok {
			vals = append(vals, x)
			used = append(used, r)
		}
	}
	if len(vals) == 0 {
		return 0, nil, 0
	}
	switch agg {
	case "sum", "avg":
		s := 0.0
		for _, x := range vals {
			s += x
		}
		if agg == "avg" {
			s /= float64(len(vals))
		}
		return s, used, len(vals)
	}
	best := vals[0]
	for _, x := range vals {
		if (agg == "max" && x > best) || (agg == "min" && x < best) {
			best = x
		}
	}
	var at []Row
	for i, x := range vals {
		if x == best {
			at = append(at, used[i])
		}
	}
	return best, at, len(vals)
}

func (t *Table) group(rows []Row, p Plan, col int) []Group {
	g := t.Column(p.GroupBy)
	var holderKey func(Row) string
	if p.GroupBy == HolderGroup {
		holderKey = t.holderKeys()
	}
	byKey := map[string][]Row{}
	var keys []string
	for _, r := range rows {
		k := strings.TrimSpace(r.Cell(g))
		if holderKey != nil {
			k = holderKey(r)
		}
		if p.GroupPart != "" {
			k = datePart(k, p.GroupPart)
		}
		if isNull(k) {
			continue
		}
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], r)
	}
	agg := p.Aggregate
	if !numericAgg[agg] && agg != "distinct" {
		agg = "count"
	}
	out := make([]Group, 0, len(keys))
	for _, k := range keys {
		if agg == "distinct" { // distinct values of the column per group
			n := len(distinct(byKey[k], col, 0))
			out = append(out, Group{Key: k, Value: float64(n), Count: len(byKey[k]), Rows: byKey[k]})
			continue
		}
		// A group's cost is its lines' unit cost times their quantities,
		// as the same sum over the whole sheet is.
		v, _, n := aggregate(t.spanned(weighted(t, byKey[k], col, p.Times), col), agg, col)
		if agg != "count" && n == 0 {
			continue
		}
		out = append(out, Group{Key: k, Value: v, Count: len(byKey[k]), Rows: byKey[k]})
	}
	if p.Over > 0 {
		kept := out[:0]
		for _, g := range out {
			if g.Value > p.Over {
				kept = append(kept, g)
			}
		}
		out = kept
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Value != out[j].Value {
			if p.Order == "asc" {
				return out[i].Value < out[j].Value
			}
			return out[i].Value > out[j].Value
		}
		return false // ties keep sheet order
	})
	if p.Limit > 0 && len(out) > p.Limit {
		// A tie at the cut stays in: "which item has the most" answers
		// every item that has the most.
		last := out[p.Limit-1].Value
		n := p.Limit
		for n < len(out) && out[n].Value == last {
			n++
		}
		out = out[:n]
	}
	return out
}

func distinct(rows []Row, col, limit int) []Group {
	byKey := map[string]*Group{}
	var order []string
	for _, r := range rows {
		v := strings.TrimSpace(r.Cell(col))
		if isNull(v) {
			continue
		}
		k := strings.ToLower(v)
		if byKey[k] == nil {
			byKey[k] = &Group{Key: v}
			order = append(order, k)
		}
		byKey[k].Count++
		byKey[k].Rows = append(byKey[k].Rows, r)
	}
	out := make([]Group, 0, len(order))
	for _, k := range order {
		g := *byKey[k]
		g.Value = float64(g.Count)
		out = append(out, g)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

func orderRows(rows []Row, col int, order string, limit int) []Row {
	out := append([]Row(nil), rows...)
	if col >= 0 && order != "" {
		val := func(r Row) float64 {
			if x, ok := Number(r.Cell(col)); ok {
				return x
			}
			if order == "asc" {
				return math.Inf(1)
			}
			return math.Inf(-1)
		}
		sort.SliceStable(out, func(i, j int) bool {
			if order == "asc" {
				return val(out[i]) < val(out[j])
			}
			return val(out[i]) > val(out[j])
		})
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

func (t *Table) filter(fs []Filter) []Row {
	alike := sameColumnEqs(fs)
	var out []Row
	for _, r := range t.Rows {
		if t.keepsAll(r, fs, alike) {
			out = append(out, r)
		}
	}
	return out
}

// anyKept reports whether filter(fs) keeps a row, stopping at the first.
func (t *Table) anyKept(fs []Filter) bool {
	alike := sameColumnEqs(fs)
	for _, r := range t.Rows {
		if t.keepsAll(r, fs, alike) {
			return true
		}
	}
	return false
}

// keepsAll reports whether r passes every filter of fs, or for each
// another eq filter on its column (alike).
func (t *Table) keepsAll(r Row, fs []Filter, alike [][]int) bool {
	for i, f := range fs {
		if !t.keeps(r, f) && !t.keepsAnother(r, fs, alike[i]) {
			return false
		}
	}
	return true
}

// alternatives are the operators no cell meets for two values at once.
var alternatives = map[string]bool{"eq": true, "series": true}

// sameColumnEqs groups, per filter, the other eq filters on its column:
// no cell equals two values, so "the hydrostatic test and the
// performance test" keeps the rows of either.
func sameColumnEqs(fs []Filter) [][]int {
	out := make([][]int, len(fs))
	for i, f := range fs {
		for j, g := range fs {
			if i != j && alternatives[f.Op] && g.Op == f.Op && f.Column == g.Column && f.Column != AnyColumn {
				out[i] = append(out[i], j)
			}
		}
	}
	return out
}

func (t *Table) keepsAnother(r Row, fs []Filter, others []int) bool {
	for _, j := range others {
		if t.keeps(r, fs[j]) {
			return true
		}
	}
	return false
}

// scanRows reports whether any row keeps f, reading every row; anyRow
// remembers its answers.
func (t *Table) scanRows(f Filter) bool {
	for _, r := range t.Rows {
		if t.keeps(r, f) {
			return true
		}
	}
	return false
}

func (t *Table) keeps(r Row, f Filter) bool {
	if f.Column == AnyColumn {
		cols := t.searchColumns()
		if f.Op == "mention" {
			cols = t.textColumns()
		}
		for _, i := range cols {
			if matches(r.Cells[i], f.Value) || t.namedByCode(r.Cells[i], f.Value) {
				return true
			}
		}
		return false
	}
	v := r.Cell(t.Column(f.Column))
	switch f.Op {
	case "has":
		return !isNull(v)
	case "missing":
		return isNull(v)
	case "year", "month":
		return datePart(v, f.Op) == strings.TrimSpace(f.Value)
	case "month_ge":
		m := datePart(v, "month")
		return m != "" && m >= strings.TrimSpace(f.Value)
	case "month_le":
		m := datePart(v, "month")
		return m != "" && m <= strings.TrimSpace(f.Value)
	case "eq":
		return strings.EqualFold(cellText(v), cellText(f.Value))
	case "series":
		return inSeries(v, f.Value)
	case "match", "mention":
		return matches(v, f.Value) || t.namedByCode(v, f.Value)
	case "not":
		return !matches(v, f.Value)
	case "under":
		return t.under(r, f.Value)
	case "child":
		return t.directlyUnder(r, f.Value)
	}
	x, ok := Number(v)
	y, _ := Number(f.Value)
	if !ok {
		return false
	}
	switch f.Op {
	case "gt":
		return x > y
	case "ge":
		return x >= y
	case "lt":
		return x < y
	case "le":
		return x <= y
	}
	return false
}

// keyRoles name what a row is about; "any column" searches those when
// the table has them, so "seal failures" are the rows about a seal, not
// every row whose remedy mentions one.
var keyRoles = map[string]bool{"subsystem": true, "component": true, "subcomponent": true, "failure_mode": true,
	"name": true, "description": true, "assembly": true, "equipment": true, "symptom": true, "parameter": true,
	"subject": true, "part_no": true}

func (t *Table) textColumns() []int {
	t.readColumnKinds()
	return t.textCols
}

func (t *Table) searchColumns() []int {
	t.readColumnKinds()
	return t.searchCols
}

// readColumnKinds sorts the columns into text columns and those a word
// filter searches (the key columns if any, else the text ones), once:
// filters ask for them for every row. Callers must not change them.
func (t *Table) readColumnKinds() {
	t.memo.Lock()
	defer t.memo.Unlock()
	if t.kindsRead {
		return
	}
	var key, text []int
	for i, c := range t.Columns {
		if c.Numeric {
			continue
		}
		text = append(text, i)
		if keyRoles[c.Role] {
			key = append(key, i)
		}
	}
	t.textCols, t.searchCols = slices.Clip(text), slices.Clip(text)
	if len(key) > 0 {
		t.searchCols = slices.Clip(key)
	}
	t.kindsRead = true
}

// matches reports whether cell holds every word of value: a word matches
// a word of the cell that starts with its stem ("leak" finds "leaking");
// Chinese is matched as a substring.
func matches(cell, value string) bool {
	c := lowered(cell)
	cell, words := c.text, c.words
	for _, w := range lowered(value).words {
		if hasHan(w) {
			if !strings.Contains(cell, w) && !(hasLetter(w) && strings.Contains(strings.ReplaceAll(cell, " ", ""), w)) {
				return false // "o形圈" is written "O 形圈" too
			}
			continue
		}
		s := Stem(w)
		found := false
		for _, c := range words {
			if strings.HasPrefix(c, s) || codeTail(c, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// codeTail reports a part number asked without its product prefix:
// "CPL-03" is the cell's "CP200-CPL-03".
func codeTail(cell, w string) bool {
	return strings.ContainsRune(w, '-') && strings.ContainsAny(w, "0123456789") && strings.HasSuffix(cell, "-"+w)
}

func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '-' })
}

// Stem cuts common English endings so that a word finds its inflections.
func Stem(w string) string {
	// "replacements" finds "replaced"; "equipment" keeps its stem
	for _, suf := range []string{"ments", "ment"} {
		if len(w) >= len(suf)+6 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	// "assemblies" finds "assembly", "supplies" "supply"
	if len(w) > 6 && strings.HasSuffix(w, "ies") {
		return w[:len(w)-3] + "y"
	}
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// nameTwins are the columns that name a row beside the one the name role
// went to: a sheet with "Name" and "名称" names each part in both
// languages, and either asker reads one.
func (t *Table) nameTwins() []int {
	var out []int
	for i, c := range t.Columns {
		if c.Role == "" && !c.Numeric && slices.Contains(t.synonyms["name"], strings.ToLower(strings.TrimSpace(c.Name))) {
			out = append(out, i)
		}
	}
	return out
}

// Label names a row by what it is about, "Mechanical seal CP200-SEL-01 —
// Seal leaks at the shaft", with the value of the column the plan read.
func (r *Result) Label(row Row) string {
	var parts []string
	seen := map[string]bool{}
	// a work order is named by its number before what it was about
	if k := r.Table.keyColumn(); k >= 0 && !keyRoles[r.Table.Columns[k].Role] && !isNull(row.Cell(k)) {
		parts = append(parts, strings.TrimSpace(row.Cell(k)))
		seen[parts[0]] = true
	}
	for _, i := range append(r.Table.searchColumns(), r.Table.nameTwins()...) {
		v := strings.TrimSpace(row.Cell(i))
		if isNull(v) || seen[v] || len(parts) == 3 {
			continue
		}
		seen[v] = true
		parts = append(parts, v)
	}
	// an FMEA row is a failure mode of its item, however deep the
	// item's path runs: "Hydraulic System — Valves — Fittings" names no
	// row of its own
	if f := r.Table.roleColumn("failure_mode"); f >= 0 && len(parts) == 3 {
		if v := strings.TrimSpace(row.Cell(f)); !isNull(v) && !seen[v] {
			parts = append(parts, v)
		}
	}
	s := strings.Join(parts, " — ")
	if i := r.Table.Column(r.Plan.Column); i >= 0 && r.Table.Columns[i].Numeric {
		s += " (" + r.Table.Columns[i].Name + " " + row.Cell(i) + ")"
	}
	for _, c := range r.Plan.Show {
		if v := strings.TrimSpace(row.Cell(r.Table.Column(c))); !isNull(v) && !seen[v] {
			s += "; " + c + ": " + v
		}
	}
	return s
}

// Record is the whole of one row, each filled cell with its header: a
// listing that finds one row has found the record asked about, and what
// was asked of it ("when to swap the casing gasket") is one of its
// fields, whichever the question named.
func (r *Result) Record(row Row) string {
	parts := []string{r.Label(row)}
	seen := map[string]bool{}
	for _, p := range strings.Split(parts[0], " — ") {
		seen[p] = true
	}
	for i, c := range r.Table.Columns {
		if v := strings.TrimSpace(row.Cell(i)); !isNull(v) && !seen[v] {
			parts = append(parts, c.Name+": "+v)
		}
	}
	return parts[0] + "; " + strings.Join(parts[1:], "; ")
}

// writtenAbsence are the words the rows a "missing" filter keeps say
// their column is empty with ("No current controls", "N/A"), most
// frequent first: one asking how many rows "say" there is none is
// answered by those, one asking how many have none by all of them.
func writtenAbsence(t *Table, kept []Row, fs []Filter) []Group {
	var missing []Filter
	for _, f := range fs {
		if f.Op == "missing" {
			missing = append(missing, f)
		}
	}
	if len(missing) != 1 {
		return nil
	}
	col := t.Column(missing[0].Column)
	byKey := map[string]int{}
	var out []Group
	for _, r := range kept {
		v := strings.TrimSpace(r.Cell(col))
		if v == "" {
			continue
		}
		k := strings.ToLower(v)
		if _, seen := byKey[k]; !seen {
			byKey[k] = len(out)
			out = append(out, Group{Key: v})
		}
		g := &out[byKey[k]]
		g.Count++
		g.Rows = append(g.Rows, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out
}

// reRangeCell is a cell that gives a range: "-168 ~ +168", "-10 to 45".
var reRangeCell = regexp.MustCompile(`^\s*([+-]?\d+(?:\.\d+)?)\s*[°º]?\s*(?:~|～|to|至|–|—)\s*([+-]?\d+(?:\.\d+)?)\s*[°º]?\s*$`)

// spanned gives each row's range in col as its width, when every filled
// cell of col is a range: "which joint has the largest range" compares
// how far each turns, not where its range begins. The rows returned are
// copies; unweighted maps them back.
func (t *Table) spanned(rows []Row, col int) []Row {
	if col < 0 || !t.rangeColumn(col) {
		return rows
	}
	out := make([]Row, len(rows))
	for i, r := range rows {
		cells := append([]string(nil), r.Cells...)
		if m := reRangeCell.FindStringSubmatch(r.Cell(col)); m != nil {
			lo, _ := strconv.ParseFloat(m[1], 64)
			hi, _ := strconv.ParseFloat(m[2], 64)
			cells[col] = strconv.FormatFloat(math.Abs(hi-lo), 'f', -1, 64)
		}
		out[i] = Row{Chunk: r.Chunk, Cells: cells}
	}
	return out
}

// rangeColumn reports a column whose every filled cell is a range.
func (t *Table) rangeColumn(col int) bool {
	filled := 0
	for _, r := range t.Rows {
		v := r.Cell(col)
		if isNull(v) {
			continue
		}
		if !reRangeCell.MatchString(v) {
			return false
		}
		filled++
	}
	return filled > 0
}

// RangeOf is the range a group of one row holds in column, as written
// ("-180 ~ +180"), when column is a column of ranges: its width alone
// does not say where the range lies. "" otherwise.
func (t *Table) RangeOf(g Group, column string) string {
	col := t.Column(column)
	if col < 0 || len(g.Rows) != 1 || !t.rangeColumn(col) {
		return ""
	}
	return strings.TrimSpace(g.Rows[0].Cell(col))
}

// cellText is a cell as compared for equality: a sentence's closing full
// stop is how one writer ends the same entry another leaves bare.
func cellText(v string) string {
	return strings.TrimSuffix(strings.TrimSpace(v), ".")
}

// shareOf is the kept rows' part of the whole table's figure in col, as a
// percentage, each row's figure times its times columns first: the drive
// wheels' share of what all the parts cost. It returns both sums too.
func (t *Table) shareOf(kept []Row, col int, times []string) (pct, part, whole float64) {
	sum := func(rows []Row) float64 {
		s := 0.0
		for _, r := range weighted(t, rows, col, times) {
			if x, ok := Number(r.Cell(col)); ok {
				s += x
			}
		}
		return s
	}
	part, whole = sum(kept), sum(t.Rows)
	if whole == 0 {
		return 0, part, whole
	}
	return 100 * part / whole, part, whole
}

// filtersOn reports a filter on column: a share of the cost of the parts
// that cost over $10 is a share of rows, not a weighing of that cost.
func filtersOn(fs []Filter, column string) bool {
	return slices.ContainsFunc(fs, func(f Filter) bool { return f.Column == column })
}

// hasLetter reports a Latin letter in s.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < utf8.RuneSelf && isASCIILetter(byte(r)) }) >= 0
}

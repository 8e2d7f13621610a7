package extract

import (
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

// mapRowChunks are the pieces of one table, in row order (a row split
// into several pieces keeps their order).
type mapRowChunks struct {
	pieces []*chunk.Piece
}

// sortRows puts the pieces in row order if a chunker did not.
func (rc *mapRowChunks) sortRows() {
	byRow := func(a, b *chunk.Piece) int { return a.Row - b.Row }
	if !slices.IsSortedFunc(rc.pieces, byRow) {
		slices.SortStableFunc(rc.pieces, byRow)
	}
}

// chunkFor returns the chunk that holds row r: the last piece of that row,
// or of the nearest row above when a chunker put several rows in one
// chunk. It is a binary search, since a table is mapped row by row and a
// scan per row made large tables quadratic.
func (rc *mapRowChunks) chunkFor(r int) (kg.Chunk, bool) {
	i := sort.Search(len(rc.pieces), func(i int) bool { return rc.pieces[i].Row > r })
	if i == 0 {
		return kg.Chunk{}, false
	}
	return rc.pieces[i-1].Chunk, true
}

// mapContext is one table being mapped.
type mapContext struct {
	ctx     context.Context // checked every mapCheckRows rows
	sink    *extractSink
	set     *mapTableSet
	rules   *ruleSet
	table   *load.Table
	cols    mapColumns
	rows    *mapRowChunks
	subject string
	title   string
}

// mapRow is one table row with the chunk that cites it.
type mapRow struct {
	index int
	cells []string
	chunk kg.Chunk
	m     *mapContext
}

// mapCheckRows is how often mapping looks whether its caller gave up: a
// large table takes seconds, which a client that left should not cost.
const mapCheckRows = 1024

// each calls fn for every row that a chunk covers, with cells repaired to
// the header's width. It stops early once m.ctx is done; Extract then
// returns the context's error, so the partial facts are never used.
func (m *mapContext) each(fn func(r mapRow)) {
	for i, cells := range m.table.Rows {
		if i%mapCheckRows == 0 && m.ctx.Err() != nil {
			return
		}
		c, ok := m.rows.chunkFor(i)
		if !ok {
			continue
		}
		fn(mapRow{index: i, cells: m.repair(cells), chunk: c, m: m})
	}
}

// repair folds a row wider than the header, which unquoted commas in a
// free-text column produce, back into that column: the description if the
// table has one, else the name.
//
// Widths count up to the last non-empty cell: the loader pads the header
// and every row to the widest row, so a padded width says nothing.
func (m *mapContext) repair(cells []string) []string {
	header := usedWidth(m.table.Header)
	extra := usedWidth(cells) - header
	if extra <= 0 || header == 0 {
		return cells
	}
	cells = cells[:header+extra]
	col := m.cols.col("description")
	if col < 0 {
		col = m.cols.col("name")
	}
	if col < 0 {
		return cells[:header]
	}
	out := append([]string{}, cells[:col]...)
	out = append(out, strings.Join(cells[col:col+extra+1], ","))
	return append(out, cells[col+extra+1:]...)
}

// usedWidth is the number of cells up to the last non-blank one.
func usedWidth(cells []string) int {
	n := len(cells)
	for n > 0 && strings.TrimSpace(cells[n-1]) == "" {
		n--
	}
	return n
}

// get returns the trimmed cell of role, "" for a missing column or a value
// the mapping file lists as null.
func (r mapRow) get(role string) string {
	i := r.m.cols.col(role)
	if i < 0 || i >= len(r.cells) {
		return ""
	}
	v := strings.TrimSpace(r.cells[i])
	if r.m.set.nulls[mapNormHeader(v)] {
		return ""
	}
	return v
}

// extraProps returns the cells of columns no role claimed, keyed by their
// header, so nothing a row says is dropped.
func (r mapRow) extraProps(p kg.Props) kg.Props {
	if p == nil {
		p = kg.Props{}
	}
	used := map[int]bool{}
	for _, c := range r.m.cols.role {
		used[c] = true
	}
	for i, h := range r.m.table.Header {
		if used[i] || i >= len(r.cells) {
			continue
		}
		v := strings.TrimSpace(r.cells[i])
		key := strings.ReplaceAll(mapNormHeader(h), " ", "_")
		if key == "" || v == "" || r.m.set.nulls[mapNormHeader(v)] {
			continue
		}
		if _, dup := p[key]; !dup {
			p[key] = v
		}
	}
	return p
}

// mapNumber keeps a numeric cell exactly as written ("0.5" stays "0.5"),
// only trimmed, so quantities never gain or lose digits.
func mapNumber(s string) string { return strings.TrimSpace(s) }

// mapFloat parses a numeric cell.
func mapFloat(s string) (float64, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return f, err == nil
}

// mapMoney splits "$25.27" into amount and currency.
func mapMoney(s string) (amount, currency string) {
	s = strings.TrimSpace(s)
	for sym, cur := range map[string]string{"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "￥": "CNY", "RMB": "CNY", "CNY": "CNY", "USD": "USD", "EUR": "EUR"} {
		if strings.HasPrefix(s, sym) {
			return strings.TrimSpace(strings.TrimPrefix(s, sym)), cur
		}
		if strings.HasSuffix(s, sym) {
			return strings.TrimSpace(strings.TrimSuffix(s, sym)), cur
		}
	}
	return strings.ReplaceAll(s, ",", ""), ""
}

// columnCurrency is the currency most cells of role state, for the cells that
// leave it out.
func (m *mapContext) columnCurrency(role string) string {
	counts := map[string]int{}
	m.each(func(r mapRow) {
		if _, cur := mapMoney(r.get(role)); cur != "" {
			counts[cur]++
		}
	})
	best, n := "", 0
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if counts[k] > n {
			best, n = k, counts[k]
		}
	}
	return best
}

// filler fills merged-cell blanks down a hierarchy of roles: a blank cell
// takes the value above only while every column to its left was also
// carried down, so a new component does not inherit the old sub-component.
type mapFiller struct {
	roles []string
	last  map[string]string
}

func newMapFiller(roles ...string) *mapFiller {
	return &mapFiller{roles: roles, last: map[string]string{}}
}

func (f *mapFiller) fill(r mapRow) map[string]string {
	out := map[string]string{}
	carrying := true
	for _, role := range f.roles {
		v := r.get(role)
		switch {
		case v != "":
			carrying = false
		case carrying:
			v = f.last[role]
		}
		out[role] = v
		f.last[role] = v
	}
	return out
}

package tableq

import (
	"regexp"
	"strings"
)

// reRange is a span of figures: "70 through 100", "between 2 and 5",
// "between 20 N·m and 40 N·m",
// "from 10 to 20", "70 到 100", the column's word said again before the
// second ("op 30 through op 70", "operation 30 to operation 70").
var reRange = regexp.MustCompile(`(?:\b(between|from)\s+)?(\d+(?:\.\d+)?)(?:\s*(?:n·m|nm|n\.m|mm|kg|°c|mpa|bar|kw|h|hrs?|min))?\s*(through|thru|to|until|and|–|-|~|到|至)\s*(?:[a-z]{2,12}\.?\s+)?(\d+(?:\.\d+)?)`)

// ranges reads a span of figures right after a numeric column's name as
// both its bounds: "ops 70 through 100" are operations 70 to 100.
func ranges(t *Table, q *question, ms []mention, used map[int]bool) []Filter {
	var out []Filter
	for _, m := range reRange.FindAllStringSubmatchIndex(q.text, -1) {
		whole := span{m[0], m[1]}
		if !q.free(whole) || (q.text[m[6]:m[7]] == "and" && m[2] < 0) {
			continue // "2 and 5" alone is two figures, not a span
		}
		if q.text[m[6]:m[7]] == "-" && insideCode(q.text, whole) {
			continue // "1401-0043-0032" is a part number, not a span
		}
		c := -1
		mi := nearestNumeric(t, ms, used, m[0])
		if mi >= 0 && ms[mi].end <= m[0] && filler(strings.TrimSpace(q.text[ms[mi].end:m[0]])) {
			c = ms[mi].col
			used[mi] = true
		} else if c = t.numberedRows(q, whole); c < 0 {
			// "bolts that take between 20 and 40 N·m": the one column
			// whose cells are written in the unit said after the span
			unit := span{}
			if c, unit = t.cellUnitColumn(q, m[9]); c < 0 {
				continue
			}
			q.take(unit)
		}
		lo, hi := q.text[m[4]:m[5]], q.text[m[8]:m[9]]
		if x, _ := Number(lo); func() bool { y, _ := Number(hi); return x > y }() {
			lo, hi = hi, lo
		}
		q.take(whole)
		q.takeBetween(whole.end)
		col := t.Columns[c].Name
		out = append(out, Filter{Column: col, Op: "ge", Value: lo}, Filter{Column: col, Op: "le", Value: hi})
	}
	return out
}

// insideCode reports a span joined to letters, figures or hyphens on
// either side: a part of a code such as CP200-SEL-01 or 1120-0002-0072.
func insideCode(text string, s span) bool {
	joined := func(b byte) bool { return b == '-' || b == '/' || isASCIILetter(b) || b >= '0' && b <= '9' }
	return s.start > 0 && joined(text[s.start-1]) || s.end < len(text) && joined(text[s.end])
}

// numberedRows is the operation-number column when the figures of a
// span are followed or led by what the rows are ("10到50工序", "10 to 50
// ops", "工序 20 到 50").
func (t *Table) numberedRows(q *question, s span) int {
	c := t.roleColumn("operation")
	if c < 0 || !t.Columns[c].Numeric {
		return -1
	}
	rest := strings.TrimLeft(q.text[s.end:], " ")
	before := strings.TrimRight(q.text[:s.start], " ")
	for _, n := range append(kindNouns[t.Kind], roleWords["operation"]...) {
		if strings.HasPrefix(rest, n) || strings.HasSuffix(before, n) {
			return c
		}
	}
	return -1
}

// reUnitWord is the unit in a count of units: "hours" of "lost the most
// hours", "小时" of "停了多少小时".
var reUnitWord = regexp.MustCompile(`(?:how many|the most|most|the fewest|fewest|多少个?|最多的?)\s*(hours|hrs|minutes|mins|days|weeks|小时|分钟|天|工时)`)

// unitsColumn is the one numeric column counted in the unit a question
// counts, when it names no column: "which pump lost the most hours" adds
// up "Downtime (h)".
func (t *Table) unitsColumn(q *question) int {
	m := reUnitWord.FindStringSubmatchIndex(q.text)
	if m == nil {
		return -1
	}
	c, _, f := t.unitColumn(q, m[2])
	if f != 1 {
		return -1
	}
	return c
}

// reExcept is a value the question leaves out: "(not in-house)",
// "except the body", "other than Ningbo", "rather than in-house", "不含自制", "除了 …".
var reExcept = regexp.MustCompile(`\b(?:not|excluding|except(?: for)?|other than|rather than|instead of|apart from|besides)\s+(?:(?:made |supplied |bought )?(?:from|by|in)\s+)?(?:the\s+)?([a-z0-9][a-z0-9-]*(?:\s+[a-z0-9][a-z0-9-]*){0,2})|(?:不含|不包括|除了|除去)\s*(\p{Han}{2,8})`)

// exclusions reads the values a question leaves out as "not" filters on
// the one column whose values hold them; words that no column holds, or
// more than one does, are left to the rest of the reading. It returns
// the mentions outside what it read.
func (t *Table) exclusions(q *question, ms []mention) ([]Filter, []mention) {
	var out []Filter
	for _, m := range reExcept.FindAllStringSubmatchIndex(q.text, -1) {
		g := [2]int{m[2], m[3]}
		if g[0] < 0 {
			g = [2]int{m[4], m[5]}
		}
		words := strings.Fields(q.text[g[0]:g[1]])
		v, col := "", -1
		for n := len(words); n > 0 && col < 0; n-- { // "not in-house are on": in-house
			v, col = strings.Join(words[:n], " "), t.holdingNamedColumn(strings.Join(words[:n], " "), ms)
		}
		said := len(v)
		if col < 0 {
			v, col, said = t.ownMakeSaid(q.text[g[0]:g[1]])
		}
		if col < 0 || !q.free(span{m[0], g[0]}) {
			continue
		}
		q.take(span{m[0], g[0] + said})
		out = append(out, Filter{Column: t.Columns[col].Name, Op: "not", Value: v})
		var rest []mention
		for _, n := range ms {
			if n.end <= m[0] || n.start >= g[0]+len(v) {
				rest = append(rest, n)
			}
		}
		ms = rest
	}
	return append(out, t.outsideMakers(q)...), ms
}

// ownMake are how a sheet marks what the maker makes itself.
var ownMake = []string{"in-house", "in house", "自制"}

// ownMakeHan are the Chinese words for the maker's own make, which a
// sheet written in English marks "in-house": "除了自制件" leaves those out.
var ownMakeHan = []string{"自制", "自产", "自家"}

// ownMakeSaid reads a Chinese word left out ("自制件") as the maker's own
// make where the sheet marks it: the value as the sheet writes it, its
// column, and how much of said it took; -1 when it is no such word.
func (t *Table) ownMakeSaid(said string) (string, int, int) {
	for _, zh := range ownMakeHan {
		if !strings.HasPrefix(said, zh) {
			continue
		}
		for _, own := range ownMake {
			if col := t.holdingColumn(own); col >= 0 {
				n := len(zh)
				if rest := strings.TrimPrefix(said, zh); strings.HasPrefix(rest, "件") || strings.HasPrefix(rest, "品") {
					n += len("件") // "自制件", "自制品": the parts of own make
				}
				return own, col, n
			}
		}
	}
	return "", -1, 0
}

// reOutside asks for what is bought in: "outside suppliers", "外部供应商".
var reOutside = regexp.MustCompile(`\b(?:outside|external|third-party|bought-in)\b|外部|外购|外协`)

// reOutsideTail is that word before the noun it qualifies.
var reOutsideTail = regexp.MustCompile(`(?:outside|external|third-party|bought-in) $`)

// outsideMakers reads "which outside supplier" as a supplier other than
// the maker itself, where the sheet marks its own make ("in-house").
func (t *Table) outsideMakers(q *question) []Filter {
	for _, m := range reOutside.FindAllStringIndex(q.text, -1) {
		s := span{m[0], m[1]}
		if !q.free(s) {
			continue
		}
		for _, own := range ownMake {
			if col := t.holdingColumn(own); col >= 0 {
				q.take(s)
				return []Filter{{Column: t.Columns[col].Name, Op: "not", Value: own}}
			}
		}
	}
	return nil
}

// holdingColumn is the one text column some value of which holds v's
// words; -1 when none or several do.
func (t *Table) holdingColumn(v string) int {
	col := -1
	for i, c := range t.Columns {
		if !c.Numeric && t.holdsMatch(i, v) {
			if col >= 0 {
				return -1
			}
			col = i
		}
	}
	return col
}

// holdingNamedColumn is holdingColumn, or where several columns hold v,
// the one of them the question names or takes a value from: "the functional location 'mast'
// (not the mast bull hose)" leaves a location out, though work orders'
// short texts say "mast bull hose" too.
func (t *Table) holdingNamedColumn(v string, ms []mention) int {
	if col := t.holdingColumn(v); col >= 0 {
		return col
	}
	col := -1
	for _, m := range ms {
		if m.col < 0 || t.Columns[m.col].Numeric || !t.holdsMatch(m.col, v) {
			continue
		}
		if col >= 0 && col != m.col {
			return -1
		}
		col = m.col
	}
	return col
}

// reBetweenAfter is the 之间 that closes a span, past its unit: "在20到40
// N·m之间" says the bounds once more, no word rows hold.
var reBetweenAfter = regexp.MustCompile(`^\s*(?:[^\s\d\p{Han}]{1,6}\s*)?(之间|以内|范围内)`)

// takeBetween takes that 之间 after a span ending at end.
func (q *question) takeBetween(end int) {
	if m := reBetweenAfter.FindStringSubmatchIndex(q.text[end:]); m != nil {
		q.take(span{end + m[2], end + m[3]})
	}
}

// reSpanWordAgain is a span of figures with the column's word said before
// each ("工序 10 到工序 50"): the second word taken as a column of its
// own left the span unread.
var reSpanWordAgain = regexp.MustCompile(`(\p{Han}{2,4})\s*(\d+)\s*(到|至)\s*(\p{Han}{2,4})\s*(\d+)`)

// spanWordOnce writes such a span with the word once: "工序 10 到 50".
func spanWordOnce(m string) string {
	sm := reSpanWordAgain.FindStringSubmatch(m)
	if !strings.HasSuffix(sm[1], sm[4]) { // "装配工艺里工序 10 到工序 50"
		return m
	}
	return sm[1] + " " + sm[2] + " " + sm[3] + " " + sm[5]
}

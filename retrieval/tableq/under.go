package tableq

import (
	"regexp"
	"strings"
)

// A BOM sheet nests its assemblies by a level column: the rows after an
// assembly's row with a deeper level, up to the next row at its level or
// above, are what it holds. "控制箱组件下面有几种零件", "how many different
// parts are under the control box assembly" ask over those rows.

// reUnderAfter and reUnderBefore are the words that put rows inside a
// named assembly, after its name or before it.
var (
	// "转子组件由几种零件组成", "轴承组件包含几种零件" say what it is made of.
	// "联轴器组件一共用多少个零件", "需要几种零件": what it uses, counted.
	reUnderAfter = regexp.MustCompile(`^\s*(?:下一层|下一级|下层)?\s*(?:一共|总共|共|总计|合计|直接)?\s*(?:下面|下属|底下|下的|里面|里|中|内|由|包含|包括|含有|有几|有多少|有哪些|用了|用(?:多少|几)|需要(?:多少|几|哪些)|要用(?:多少|几|哪些))`)
	// "how many parts make up the rotor assembly": the parts form it.
	reUnderBefore = regexp.MustCompile(`(?:under|below|inside|within|in|into|make up|makes up|form|forms|comprise|compose) (?:the |an? )?$`)
	// reHolderAfter makes the assembly the subject: "does the seal
	// assembly need", "the base plate assembly holds", "the control box
	// assembly lists".
	reHolderAfter = regexp.MustCompile(`^\s*(?:needs?|holds?|contains?|has|have|uses?|takes?|requires?|lists?|includes?|comprises?|consists? of|is made (?:up )?of|is built from)\b`)
)

// assemblyScope finds the assembly the question puts its rows inside,
// named as the sheet names it ("控制箱组件", "control box assembly"), and
// returns the filter that keeps its rows.
func (t *Table) assemblyScope(q *question) (Filter, bool) {
	level, key := t.roleColumn("level"), t.keyColumn()
	if level < 0 || key < 0 || !t.Columns[level].Numeric {
		return Filter{}, false
	}
	for i, r := range t.Rows {
		if len(t.belowRow(i)) == 0 {
			continue
		}
		code := strings.ToLower(strings.TrimSpace(r.Cell(key)))
		for _, name := range append(t.assemblyNames(r), code) {
			for _, s := range q.findExact(name) {
				// "底座组件 CP200-BSE-00 里": the name, then its number
				end := s.end
				if rest := strings.TrimLeft(q.text[end:], " "); name != code && code != "" && strings.HasPrefix(rest, code) {
					end = len(q.text) - len(rest) + len(code)
				}
				zh := hasHan(name) || name == code
				after := reUnderAfter.MatchString(q.text[end:]) && zh && (name != code || hasHan(q.text[end:]))
				before := (reUnderBefore.MatchString(q.text[:s.start]) || reHolderAfter.MatchString(q.text[end:])) && !hasHan(name)
				if (after || before) && q.free(s) {
					q.take(span{s.start, end})
					op := "under"
					if loc := reDirectly.FindStringIndex(q.text); loc != nil {
						op = "child" // "directly under the base plate assembly": its own lines, not theirs
						q.take(span{loc[0], loc[1]})
					}
					return Filter{Column: t.Columns[key].Name, Op: op, Value: r.Cell(key)}, true
				}
			}
		}
	}
	return Filter{}, false
}

// assemblyNames are the ways the sheet names row r as an assembly: a
// name or description that says so, whole or by its leading words.
func (t *Table) assemblyNames(r Row) []string {
	var out []string
	for _, role := range []string{"name", "description"} {
		c := t.roleColumn(role)
		if c < 0 {
			continue
		}
		v := strings.ToLower(strings.TrimSpace(r.Cell(c)))
		for _, n := range append([]string{v}, leadingWords(v)...) {
			n = strings.TrimRight(n, ",;: ")
			if strings.Contains(n, "assembly") || strings.HasSuffix(n, "组件") || strings.HasSuffix(n, "总成") {
				out = append(out, n)
			}
		}
	}
	return out
}

// belowRow is the indexes of the rows assembly row i holds, at any depth.
func (t *Table) belowRow(i int) []int {
	level := t.roleColumn("level")
	top, ok := Number(t.Rows[i].Cell(level))
	if !ok {
		return nil
	}
	var out []int
	for j := i + 1; j < len(t.Rows); j++ {
		l, ok := Number(t.Rows[j].Cell(level))
		if !ok || l <= top {
			break
		}
		out = append(out, j)
	}
	return out
}

// reDirectly keeps an assembly's own lines: "directly under", "direct
// children", "直接下属". A line inside a sub-assembly is the sub-assembly's.
var reDirectly = regexp.MustCompile(`\bdirect(?:ly)?\b|直接|直属|下一级|下一层`)

// directlyUnder reports row r among the lines the assembly keyed key
// holds at the next level, not inside one of its sub-assemblies.
func (t *Table) directlyUnder(r Row, key string) bool {
	k, level := t.keyColumn(), t.roleColumn("level")
	for i, a := range t.Rows {
		if !strings.EqualFold(strings.TrimSpace(a.Cell(k)), strings.TrimSpace(key)) {
			continue
		}
		top, _ := Number(a.Cell(level))
		for _, j := range t.belowRow(i) {
			if l, _ := Number(t.Rows[j].Cell(level)); l == top+1 && t.Rows[j].Chunk.ID == r.Chunk.ID {
				return true
			}
		}
	}
	return false
}

// under reports row r among those the assembly keyed key holds.
func (t *Table) under(r Row, key string) bool {
	k := t.keyColumn()
	for i, a := range t.Rows {
		if !strings.EqualFold(strings.TrimSpace(a.Cell(k)), strings.TrimSpace(key)) {
			continue
		}
		for _, j := range t.belowRow(i) {
			if t.Rows[j].Chunk.ID == r.Chunk.ID {
				return true
			}
		}
	}
	return false
}

// reAsksHolder asks for the assembly a part sits in, not the part's line.
var reAsksHolder = regexp.MustCompile(`\b(?:which|what) (?:sub-?)?assembl(?:y|ies)\b|(?:装在|用在|属于)?哪(?:个|些)(?:组件|总成|部件)|属于哪|装在哪`)

// takeHolderAsked takes "which assembly" from a question over a
// levelled BOM: it asks for the lines' holder and names no line itself.
func (t *Table) takeHolderAsked(q *question) bool {
	if !t.levelled() {
		return false
	}
	loc := reAsksHolder.FindStringIndex(q.text)
	if loc == nil {
		return false
	}
	if sp := strings.IndexByte(q.text[loc[0]:loc[1]], ' '); sp >= 0 {
		loc[0] += sp + 1 // "which" still asks for a listing
	}
	q.take(span{loc[0], loc[1]})
	q.asksHolder = true
	return true
}

// holders are the assemblies holding rows: for each, the nearest row
// above it at a lower level, each once, in the sheet's order.
func (t *Table) holders(rows []Row) []Row {
	holderOf := t.holderIndex()
	seen := map[int]bool{}
	var out []Row
	for _, r := range rows {
		if j, ok := holderOf(r); ok && !seen[j] {
			seen[j] = true
			out = append(out, t.Rows[j])
		}
	}
	return out
}

// holderIndex gives, for a row of t, the index of the row holding it:
// the nearest row above it at a lower level.
func (t *Table) holderIndex() func(Row) (int, bool) {
	level := t.roleColumn("level")
	at := make(map[string]int, len(t.Rows))
	for i, r := range t.Rows {
		at[r.Chunk.ID] = i
	}
	return func(r Row) (int, bool) {
		i, ok := at[r.Chunk.ID]
		depth, okDepth := Number(r.Cell(level))
		if !ok || !okDepth {
			return 0, false
		}
		for j := i - 1; j >= 0; j-- {
			if up, ok := Number(t.Rows[j].Cell(level)); ok && up < depth {
				return j, true
			}
		}
		return 0, false
	}
}

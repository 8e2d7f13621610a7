package retrieval

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// A table of figures repeats its header and title in every row: each
// point of a pump's curve says "Flow (m³/h)" and "Head (m)" under
// "Performance curve points", its cells only numbers. A question whose
// words such a row holds only there has found the table, not the row, and
// the rows would fill the budget as equals, pushing out the row or
// sentence that states what is asked ("Rated head: 32 m"). The best few
// such rows of a table keep their place; the others fall behind the
// passages that hold the question's words themselves. Rows of words
// ("Symptom: motor trips") each say something else, and keep theirs.
const (
	headerRowsKept  = 2
	headerRowFactor = 0.3
)

func demoteHeaderOnlyRows(q Question, f *fusion) {
	all := make([]*candidate, 0, len(f.order))
	for _, id := range f.order {
		all = append(all, f.byID[id])
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
	kept := map[string]int{} // header-only rows seen of each table
	for _, c := range all {
		if c.forced || c.reserved || c.chunk.Kind != "table_row" {
			continue
		}
		values := rowValues(c.chunk.Text)
		if !figuresOnly(values) {
			continue
		}
		switch placement(q.Text, c.chunk.Text) {
		case pointAsked:
			continue
		case pointElsewhere:
			// "flow at 30 m head": a row whose 30 is a flow holds the
			// figure but not the point, and gives way as a header-only row
		default:
			if q.Covered(TokenSet(strings.Join(values, " "))) > 0 {
				continue
			}
		}
		table := c.chunk.DocumentID + "\x00" + c.chunk.SectionPath()
		if kept[table]++; kept[table] > headerRowsKept {
			c.score *= headerRowFactor
		}
	}
}

// rowValues are a row passage's cells without their headers: "Flow
// (m³/h): 40; Head (m): 32.0" holds "40" and "32.0".
func rowValues(text string) []string {
	var out []string
	for _, cell := range strings.Split(text, "; ") {
		if _, v, ok := strings.Cut(cell, ": "); ok {
			cell = v
		}
		out = append(out, cell)
	}
	return out
}

// figuresOnly reports cells with no letter in them: numbers, signs and
// dashes.
func figuresOnly(cells []string) bool {
	for _, c := range cells {
		if strings.IndexFunc(c, unicode.IsLetter) >= 0 {
			return false
		}
	}
	return true
}

// A question that gives a figure in a unit ("flow at 30 m head") names a
// point of a curve by the column of that unit: the row whose Head (m) is
// 30.2 is the point, read at its nearest; a row whose Flow (m³/h) is 30 is
// not, though it holds the token "30".
type rowPlacement int

const (
	pointUnplaced  rowPlacement = iota // the question gives no figure in a unit of the row
	pointAsked                         // a column of the given unit is within a twentieth of the figure
	pointElsewhere                     // the row has that unit, far from the figure
)

var reGivenFigure = regexp.MustCompile(`(\d+(?:\.\d+)?)\s?(米|[^\s\d,;?!，。？；、)）\p{Han}]+)`)

func placement(question, row string) rowPlacement {
	out := pointUnplaced
	for _, m := range reGivenFigure.FindAllStringSubmatch(strings.ToLower(question), -1) {
		y, err := strconv.ParseFloat(m[1], 64)
		unit := FigureUnit(strings.TrimSuffix(strings.Replace(m[2], "米", "m", 1), "."))
		if err != nil || unit == "" {
			continue
		}
		for _, cell := range strings.Split(row, "; ") {
			h, v, ok := strings.Cut(cell, ": ")
			x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if !ok || err != nil || HeaderUnit(h) != unit {
				continue
			}
			if math.Abs(x-y) <= math.Abs(y)/20 {
				return pointAsked
			}
			out = pointElsewhere
		}
	}
	return out
}

// HeaderUnit is the unit a header gives in brackets: "Flow (m³/h)" is "m3/h".
func HeaderUnit(h string) string {
	i := strings.LastIndexAny(h, "(（")
	if i < 0 {
		return ""
	}
	return FigureUnit(strings.TrimRight(h[i:], ")） "))
}

// FigureUnit is a unit as written after a figure, in one spelling:
// "m³/h" and "M3/h" are "m3/h".
func FigureUnit(u string) string {
	u = strings.TrimLeft(u, "(（")
	return strings.ToLower(strings.NewReplacer("³", "3", "²", "2", " ", "").Replace(u))
}

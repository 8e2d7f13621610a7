package load

import (
	"strconv"
	"strings"
)

// An export whose free text holds the delimiter unquoted ("Standoff (6mm
// OD, 8mm Length)") splits one cell into several and shifts every later
// cell of the row one column right: the price lands under the link, the
// quantity under the price. Such a row is mended by joining the pieces
// back where the row's cells then look most like the other rows' cells
// in every column: figures under figures, links under links.

// cellShape is a coarse kind of cell, enough to tell a shifted row.
type cellShape int

const (
	shapeEmpty cellShape = iota
	shapeNumber
	shapeLink
	shapeToken // one word: a part number, a code
	shapeWords
)

// figureMarks are the currency, percent and thousands marks a figure
// may carry in a cell.
var figureMarks = strings.NewReplacer("$", "", "€", "", "¥", "", "£", "", "%", "", ",", "")

func shapeOf(cell string) cellShape {
	c := strings.TrimSpace(cell)
	switch {
	case c == "":
		return shapeEmpty
	case strings.HasPrefix(c, "http://") || strings.HasPrefix(c, "https://"):
		return shapeLink
	}
	n := figureMarks.Replace(c)
	if _, err := strconv.ParseFloat(n, 64); err == nil {
		return shapeNumber
	}
	if !strings.ContainsAny(c, " \t") {
		return shapeToken
	}
	return shapeWords
}

// rejoinSplitCells mends, in place, the rows wider than the header when
// most rows are as wide as the header; joiner is what the delimiter read
// as inside text (", " for a comma). Rows it cannot place are kept as
// they are.
func rejoinSplitCells(header []string, rows [][]string, joiner string) {
	width := len(header)
	usual, wide := 0, 0
	for _, r := range rows {
		switch {
		case len(r) == width:
			usual++
		case len(r) > width:
			wide++
		}
	}
	if wide == 0 || usual <= wide {
		return // no ragged rows, or a header shorter than the data
	}
	shapes, lengths := columnProfile(rows, width)
	for i, r := range rows {
		if len(r) > width {
			if mended, ok := bestJoin(r, width, shapes, lengths, joiner); ok {
				rows[i] = mended
			}
		}
	}
}

// columnProfile is each column's most common shape and mean cell length
// over the rows as wide as the header.
func columnProfile(rows [][]string, width int) ([]cellShape, []float64) {
	counts := make([]map[cellShape]int, width)
	lengths := make([]float64, width)
	n := 0
	for _, r := range rows {
		if len(r) != width {
			continue
		}
		n++
		for j, c := range r {
			if counts[j] == nil {
				counts[j] = map[cellShape]int{}
			}
			counts[j][shapeOf(c)]++
			lengths[j] += float64(len(c))
		}
	}
	shapes := make([]cellShape, width)
	for j := range shapes {
		best := 0
		for s, k := range counts[j] {
			if s != shapeEmpty && (k > best || k == best && s < shapes[j]) {
				shapes[j], best = s, k
			}
		}
		lengths[j] /= float64(n)
	}
	return shapes, lengths
}

// bestJoin joins the row's surplus cells into the text column where the
// mended row agrees best with the columns' shapes, ties going to the
// column of the longest text; ok is false when no join agrees better
// than the row as it stands.
func bestJoin(r []string, width int, shapes []cellShape, lengths []float64, joiner string) ([]string, bool) {
	extra := len(r) - width
	best, bestScore := -1, agreement(r[:width], shapes)
	for at := 0; at < width; at++ {
		if shapes[at] != shapeWords {
			continue // free text is what holds an unquoted delimiter
		}
		score := agreement(joinAt(r, at, extra, joiner), shapes)
		if score > bestScore || score == bestScore && best >= 0 && lengths[at] > lengths[best] {
			best, bestScore = at, score
		}
	}
	if best < 0 {
		return nil, false
	}
	return joinAt(r, best, extra, joiner), true
}

func joinAt(r []string, at, extra int, joiner string) []string {
	out := append([]string(nil), r[:at]...)
	out = append(out, strings.Join(r[at:at+extra+1], joiner))
	return append(out, r[at+extra+1:]...)
}

// agreement counts the filled cells whose shape is their column's.
func agreement(r []string, shapes []cellShape) int {
	n := 0
	for j, c := range r {
		if s := shapeOf(c); s != shapeEmpty && s == shapes[j] {
			n++
		}
	}
	return n
}

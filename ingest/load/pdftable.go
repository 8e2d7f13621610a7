package load

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A PDF draws a table as lines of cells, each placed on its own, and
// pdfVisibleText keeps the cells of a line apart with tabs. Lines that
// share a number of cells are read as a table, its first line the header,
// so that a row is quoted as "Rated head: 32 m", not run into the rows
// around it.

// Bounds of what reads as a table: a header and two rows at least, and
// cells short enough to be labels and values rather than words of a
// sentence placed one by one.
const (
	minPDFTableLines = 3
	maxPDFCellRunes  = 60
	// A caption longer than this is a line of prose, not a table's title.
	maxPDFCaptionRunes = 80
)

// pdfTableRun is the number of lines from the first that form a table, or
// 0 where they do not.
func pdfTableRun(lines []string) int {
	width := len(pdfCells(lines[0]))
	if width < 2 {
		return 0
	}
	n := 0
	for ; n < len(lines); n++ {
		if cells := pdfCells(lines[n]); len(cells) != width || !tableCells(cells) {
			break
		}
	}
	if n < minPDFTableLines {
		return 0
	}
	return n
}

// pdfCells splits a line at its tabs, each cell's spaces collapsed.
func pdfCells(line string) []string {
	if !strings.Contains(line, "\t") {
		return nil
	}
	cells := strings.Split(line, "\t")
	for i, c := range cells {
		cells[i] = loadCollapse(c)
	}
	return cells
}

// tableCells reports whether a line's cells read as a table's: each short,
// and not most of them lone lower-case words, which are prose set word by
// word ("the", "pump", "moves") rather than labels and values.
func tableCells(cells []string) bool {
	words := 0
	for _, c := range cells {
		if utf8.RuneCountInString(c) > maxPDFCellRunes {
			return false
		}
		if loneLowerWord(c) {
			words++
		}
	}
	return 2*words <= len(cells)
}

func loneLowerWord(cell string) bool {
	r, _ := utf8.DecodeRuneInString(cell)
	return unicode.IsLower(r) && !strings.ContainsRune(cell, ' ')
}

func pdfTable(lines []string) *Table {
	t := &Table{Header: pdfCells(lines[0])}
	for _, l := range lines[1:] {
		t.Rows = append(t.Rows, pdfCells(l))
	}
	return t
}

// pdfRowFirstTables reads a table drawn in the layout of one before it,
// whose first line is plainly not a header, as rows only. A data sheet
// draws one header ("Parameter, Value, Tolerance") and then a table of
// the same layout under each heading without it: read alone, the first
// row would name the columns ("Motor rated power: Rated voltage"). The
// header drawn once is not lent to them either: under "Weights" the rows
// are the pump, the motor and the base plate, not parameters of the pump.
func pdfRowFirstTables(blocks []Block) {
	seen := map[int]bool{} // the column counts of the tables so far
	for _, b := range blocks {
		if b.Kind != TableBlock {
			continue
		}
		t := b.Table
		width := len(t.Header)
		if seen[width] && !headedByLabels(t) {
			t.Rows = append([][]string{t.Header}, t.Rows...)
			t.Header = make([]string, width)
		}
		seen[width] = true
	}
}

// headedByLabels reports whether a table's first line is plainly a
// header: a column whose rows mostly start with a number is headed by a
// cell that does not ("Flow (m³/h)" over "40").
func headedByLabels(t *Table) bool {
	for c := range t.Header {
		if startsWithNumber(t.Header[c]) {
			continue
		}
		numbers := 0
		for _, r := range t.Rows {
			if startsWithNumber(r[c]) {
				numbers++
			}
		}
		if 2*numbers > len(t.Rows) {
			return true
		}
	}
	return false
}

// startsWithNumber reports whether a cell opens with a figure, signed or
// not ("40 m³/h", "-10 to +90 °C", "±5%" does not).
func startsWithNumber(cell string) bool {
	cell = strings.TrimLeft(cell, "+-−")
	r, _ := utf8.DecodeRuneInString(cell)
	return unicode.IsDigit(r)
}

// takeCaption takes the line in progress as the caption of the table
// drawn under it: one short line that is no sentence ("Weights",
// "Electrical data"). As the table's name it stays with every row, so a
// row "Total: 118 kg" is found by a question about the weight.
func (p *pageBlocks) takeCaption() string {
	if len(p.para) != 1 {
		return ""
	}
	line := p.para[0]
	if utf8.RuneCountInString(line) > maxPDFCaptionRunes || loadEndsSentence(line) {
		return ""
	}
	p.para = nil
	return line
}

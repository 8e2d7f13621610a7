package load

import (
	"context"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// loadDecode decodes a text format and normalises line ends, so that every
// text parser sees "\n" only.
func loadDecode(ctx context.Context, data []byte) (string, string, error) {
	if err := ctx.Err(); err != nil {
		return "", "", err
	}
	text, enc, err := DecodeText(data)
	if err != nil {
		return "", "", err
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	return text, enc, nil
}

// loadCollapse trims s and folds every run of white space to one space.
// Most cells and lines are already so, and are returned as they are.
func loadCollapse(s string) string {
	if loadCollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func loadCollapsed(s string) bool {
	space := true // at the start, a space would be leading
	for _, r := range s {
		if unicode.IsSpace(r) {
			if r != ' ' || space {
				return false
			}
			space = true
			continue
		}
		space = false
	}
	return !space || s == ""
}

// loadJoin joins wrapped lines of one paragraph. Chinese is written without
// spaces, so a line break between two ideographs joins with nothing; a
// word broken with a hyphen at the end of a line joins with nothing too.
func loadJoin(lines []string) string {
	var b strings.Builder
	for _, line := range lines {
		line = loadCollapse(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			next, _ := utf8.DecodeRuneInString(line)
			if !(loadWide(prev) && loadWide(next)) && prev != '-' && next != '-' {
				b.WriteByte(' ')
			}
		}
		b.WriteString(line)
	}
	return b.String()
}

// loadWide reports ideographs and the full-width punctuation written
// between them, neither of which takes spaces.
func loadWide(r rune) bool {
	return textseg.IsCJK(r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

var (
	loadNumberedHeading = regexp.MustCompile(`^(\d{1,2}(?:\.\d{1,2}){0,5})(\.?)\s+(\S.*)$`)
	loadChineseHeading  = regexp.MustCompile(`^第[一二三四五六七八九十百零〇两\d]+([章节篇部条])`)
)

// loadHeadingLevel guesses whether one line of plain text (or a PDF line) is
// a heading: "1.2 Title", "第三章 ...", or a short line in capitals. Lines
// that end like sentences are never headings.
func loadHeadingLevel(line string) (int, bool) {
	line = strings.TrimSpace(line)
	n := utf8.RuneCountInString(line)
	if n == 0 || n > 80 || loadEndsSentence(line) {
		return 0, false
	}
	if m := loadChineseHeading.FindStringSubmatch(line); m != nil && n <= 40 {
		switch m[1] {
		case "节":
			return 2, true
		case "条":
			return 3, true
		}
		return 1, true
	}
	if m := loadNumberedHeading.FindStringSubmatch(line); m != nil {
		first, _ := utf8.DecodeRuneInString(m[3])
		words := len(strings.Fields(m[3]))
		// "1. Remove the cover" is a step of a list; "1. Scope" and
		// "2.3 Spindle drive" are headings.
		step := m[2] == "." && !strings.Contains(m[1], ".") && words > 4
		if (unicode.IsUpper(first) || textseg.IsCJK(first)) && words <= 12 && !step {
			return min(strings.Count(m[1], ".")+1, 6), true
		}
		return 0, false
	}
	return 1, loadAllCaps(line)
}

func loadEndsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".。!！?？;；,，:：", r)
}

func loadAllCaps(s string) bool {
	var letters int
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 3 && utf8.RuneCountInString(s) <= 60 && len(strings.Fields(s)) <= 8
}

// loadTable builds a table from raw rows: the header is the first row with
// any text, rows are padded to one width so that ragged input (an unquoted
// comma, a missing cell) is kept rather than dropped.
func loadTable(name string, raw [][]string) *Table {
	b := tableRows{name: name}
	for _, row := range raw {
		b.add(row) // no row limit, so no error
	}
	return b.table()
}

// tableRows builds a table one row at a time, so that a loader reading
// rows from a stream holds each row once, and refuses a table of more than
// max rows (0: no limit) as soon as it gets there.
type tableRows struct {
	name  string
	max   int
	rows  [][]string // header first; rows not yet padded
	width int
	// joiner, when set, is how the delimiter reads inside text: rows an
	// unquoted delimiter split are joined back with it (rejoinSplitCells).
	joiner string
}

func (b *tableRows) add(row []string) error {
	if len(b.rows) == 0 && loadRowEmpty(row) {
		return nil
	}
	b.width = max(b.width, len(row))
	if loadRowEmpty(row) {
		return nil
	}
	if b.max > 0 && len(b.rows) > b.max {
		return kg.Errorf(kg.ETOOLARGE, "table %q has more than %d rows; split it into parts of at most %d rows",
			b.name, b.max, b.max)
	}
	cells := make([]string, len(row))
	for i, c := range row {
		cells[i] = loadCollapse(c)
	}
	b.rows = append(b.rows, cells)
	return nil
}

// table pads every row to the widest and returns the table, or nil when
// no row held text.
func (b *tableRows) table() *Table {
	if len(b.rows) == 0 {
		return nil
	}
	if b.joiner != "" {
		rejoinSplitCells(b.rows[0], b.rows[1:], b.joiner)
		b.width = 0
		for _, r := range b.rows {
			b.width = max(b.width, len(r))
		}
	}
	for i, r := range b.rows {
		if len(r) < b.width {
			b.rows[i] = append(r, make([]string, b.width-len(r))...)
		}
	}
	return &Table{Name: b.name, Header: b.rows[0], Rows: b.rows[1:]}
}

func loadRowEmpty(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// loadNeedText is for formats that decoded but held no text at all.
func loadNeedText(format string, p *Parsed) (*Parsed, error) {
	if len(p.Blocks) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "%s file has no text", format)
	}
	return p, nil
}

// MaxTableColumns refuses tables wider than any real export; wider rows
// are refused with a message rather than split into thousands of passages.
const MaxTableColumns = 4096

func checkTableWidth(name string, columns int) error {
	if columns > MaxTableColumns {
		return kg.Errorf(kg.ETOOLARGE, "%s: a row has %d columns, the limit is %d; export fewer columns or split the table",
			name, columns, MaxTableColumns)
	}
	return nil
}

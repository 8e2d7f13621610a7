// Package chunk cuts a loaded document into citable passages: sections
// and pages kept whole, paragraphs packed to a token budget, one passage
// per table row (split when too wide), FAQ entries kept together.
package chunk

import (
	"strings"
	"unicode/utf8"

	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// Piece is a chunk together with the table row it came from, so that table
// mapping can cite the exact row.
type Piece struct {
	Chunk kg.Chunk
	Table *load.Table // nil unless the chunk is a table row
	Row   int         // index into Table.Rows
}

// ChunkOptions tune ChunkDocument. A zero MaxTokens means 180 textseg
// tokens: long enough for a procedure step with its context, short enough
// that a citation points at one idea.
type Options struct {
	MaxTokens int
}

// Chunk kinds.
const (
	KindText     = "text"
	KindList     = "list"
	KindTableRow = "table_row"
)

// ChunkDocument cuts a parsed document into citable chunks. Headings form
// the section path; paragraphs and list items of one section are packed up
// to MaxTokens, long paragraphs split at sentence ends, and a chunk never
// spans two sections or two pages, so every citation has one section and
// one page. Each table row is a chunk of its own that repeats the header
// ("Part No.: P-100; Qty: 1") so it can be read and cited alone.
func Document(docID string, p *load.Parsed, opts Options) []Piece {
	if opts.MaxTokens <= 0 {
		opts.MaxTokens = 180
	}
	c := &chunker{docID: docID, max: opts.MaxTokens}
	if p == nil {
		return nil
	}
	for _, b := range faqBlocks(p.Blocks) {
		c.block(b)
	}
	c.flush()
	return c.pieces
}

type chunker struct {
	docID   string
	max     int
	pieces  []Piece
	section []chunkHeading
	// the chunk being packed
	parts  []string
	tokens int
	bytes  int
	page   int
	list   bool // every part so far is a list item
}

type chunkHeading struct {
	level int
	text  string
}

func (c *chunker) block(b load.Block) {
	if b.Page != c.page {
		c.flush()
		c.page = b.Page
	}
	switch b.Kind {
	case load.Heading:
		c.flush()
		c.heading(b)
	case load.TableBlock:
		c.flush()
		c.table(b.Table)
	case load.Paragraph, load.ListItem:
		for _, piece := range chunkSplit(b.Text, c.max) {
			for _, part := range byteSplit(piece, maxChunkBytes) {
				c.add(part, b.Kind == load.ListItem)
			}
		}
	}
}

func (c *chunker) heading(b load.Block) {
	for len(c.section) > 0 && c.section[len(c.section)-1].level >= b.Level {
		c.section = c.section[:len(c.section)-1]
	}
	if b.Text != "" {
		c.section = append(c.section, chunkHeading{b.Level, b.Text})
	}
}

func (c *chunker) add(text string, list bool) {
	n := chunkTokens(text)
	if len(c.parts) > 0 && (c.tokens+n > c.max || c.bytes+len(text)+1 > maxChunkBytes) {
		c.flush()
	}
	if len(c.parts) == 0 {
		c.list = true
	}
	c.parts = append(c.parts, text)
	c.tokens += n
	c.bytes += len(text) + 1
	c.list = c.list && list
}

func (c *chunker) flush() {
	if len(c.parts) == 0 {
		return
	}
	kind := KindText
	if c.list {
		kind = KindList
	}
	text := strings.Join(c.parts, "\n")
	if q := c.question(); q != "" {
		// An FAQ answer carries its question: searches for the question
		// find the answer, and the reader of a citation sees both.
		text = q + "\n" + text
	}
	c.emit(text, kind, c.path(""), nil, 0)
	c.parts, c.tokens, c.bytes = nil, 0, 0
}

func (c *chunker) table(t *load.Table) {
	if t == nil {
		return
	}
	section := c.path(t.Name)
	if subject := tableSubject(t); subject != "" {
		section = append(section, subject)
	}
	if faqTable(t) {
		c.faqRows(t, section)
		return
	}
	for i, row := range t.Rows {
		for _, text := range rowPieces(t.Header, row, c.max) {
			if text != "" {
				c.emit(text, KindTableRow, section, t, i)
			}
		}
	}
}

// faqRows emits each answer of a question/answer table as a chunk of its
// own under its question.
func (c *chunker) faqRows(t *load.Table, section []string) {
	for i, row := range t.Rows {
		if len(row) < 2 || strings.TrimSpace(row[0]) == "" || strings.TrimSpace(row[1]) == "" {
			continue
		}
		q := strings.TrimSpace(row[0])
		path := append(append([]string{}, section...), q)
		c.emit(q+"\n"+strings.TrimSpace(row[1]), KindText, path, t, i)
	}
}

// question returns the innermost heading when it is a question.
func (c *chunker) question() string {
	if len(c.section) == 0 {
		return ""
	}
	h := c.section[len(c.section)-1].text
	if isQuestionParagraph(h) && !strings.Contains(h, "\n") {
		return stripPrefix(h, questionPrefixes)
	}
	return ""
}

// path returns a fresh copy of the section path, plus extra if non-empty.
func (c *chunker) path(extra string) []string {
	out := make([]string, 0, len(c.section)+1)
	for _, h := range c.section {
		out = append(out, h.text)
	}
	if extra != "" {
		out = append(out, extra)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func (c *chunker) emit(text, kind string, section []string, t *load.Table, row int) {
	ord := len(c.pieces)
	c.pieces = append(c.pieces, Piece{
		Chunk: kg.Chunk{
			ID:         kg.ChunkID(c.docID, ord),
			DocumentID: c.docID,
			Ordinal:    ord,
			Text:       text,
			Section:    section,
			Page:       c.page,
			Lang:       textseg.Lang(text),
			Kind:       kind,
		},
		Table: t,
		Row:   row,
	})
}

// ChunkRowText renders a table row as "Header: value; ..." skipping empty
// cells; a cell under an empty header is written bare.
func RowText(header, row []string) string {
	var parts []string
	for i, v := range row {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		if i < len(header) && strings.TrimSpace(header[i]) != "" {
			v = strings.TrimSpace(header[i]) + ": " + v
		}
		parts = append(parts, v)
	}
	return strings.Join(parts, "; ")
}

func chunkTokens(s string) int {
	n := 0
	textseg.Each(s, func(string) { n++ })
	return n
}

// chunkSplit cuts text that is over max tokens at sentence ends, packing
// sentences back up to max; a single sentence over max is cut at spaces
// (or between characters, for Chinese) as a last resort.
func chunkSplit(text string, max int) []string {
	if chunkTokens(text) <= max {
		return []string{text}
	}
	var out []string
	var cur strings.Builder
	curTokens := 0
	for _, s := range chunkSentences(text) {
		n := chunkTokens(s)
		if n > max {
			if cur.Len() > 0 {
				out = append(out, strings.TrimSpace(cur.String()))
				cur.Reset()
				curTokens = 0
			}
			out = append(out, chunkHardSplit(s, max)...)
			continue
		}
		if curTokens+n > max && cur.Len() > 0 {
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
			curTokens = 0
		}
		cur.WriteString(s)
		curTokens += n
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}

// chunkSentences splits after sentence-ending punctuation. A Latin period
// ends a sentence only before white space, so "1.5 mm" and "v2.0" stay
// whole; Chinese full stops end one wherever they stand.
func chunkSentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		end := i + utf8.RuneLen(r)
		switch r {
		case '。', '！', '？', '；':
		case '.', '!', '?', ';':
			if end < len(text) && text[end] != ' ' && text[end] != '\n' {
				continue
			}
		default:
			continue
		}
		out = append(out, text[start:end])
		start = end
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

func chunkHardSplit(s string, max int) []string {
	var out []string
	var cur strings.Builder
	n := 0
	for _, r := range s {
		cur.WriteRune(r)
		if textseg.IsCJK(r) || r == ' ' {
			n++
		}
		if n >= max && (r == ' ' || textseg.IsCJK(r)) {
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
			n = 0
		}
	}
	if t := strings.TrimSpace(cur.String()); t != "" {
		out = append(out, t)
	}
	return out
}

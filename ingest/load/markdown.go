package load

import (
	"context"
	"html"
	"regexp"
	"strings"
)

var (
	mdATX       = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	mdSetext1   = regexp.MustCompile(`^ {0,3}=+[ \t]*$`)
	mdSetext2   = regexp.MustCompile(`^ {0,3}-+[ \t]*$`)
	mdBreak     = regexp.MustCompile(`^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdFence     = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})")
	mdListItem  = regexp.MustCompile(`^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$`)
	mdOrdered   = regexp.MustCompile(`^[ \t]*(\d{1,9})[.)][ \t]+`)
	mdTableRule = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$`)
	mdQuote     = regexp.MustCompile(`^[ \t]{0,3}>[ \t]?`)

	mdImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]`)
	mdAutolink = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdBreakTag = regexp.MustCompile(`(?i)<br\s*/?>`)
	mdTag      = regexp.MustCompile(`</?[a-zA-Z][^>]*>|<!--.*?-->`)
	mdTemplate = regexp.MustCompile(`\{%.*?%\}`)
	mdEmph     = regexp.MustCompile(`(^|[^\w*])\*([^*\s](?:[^*]*[^*\s])?)\*`)
	mdEscape   = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
	mdRefDef   = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s+\S`)
)

// loadMarkdown reads CommonMark-style Markdown as GitBook and GitHub write
// it: headings, paragraphs, lists, pipe tables and fenced code. Images are
// dropped and links keep their text, so no URL ends up as a passage.
func loadMarkdown(ctx context.Context, name string, data []byte, _ Limits) (*Parsed, error) {
	text, enc, err := loadDecode(ctx, data)
	if err != nil {
		return nil, err
	}
	m := mdParser{lines: mdSkipFrontMatter(strings.Split(text, "\n"))}
	m.parse()
	return loadNeedText("md", &Parsed{Blocks: m.blocks, Encoding: enc})
}

// mdSkipFrontMatter drops a leading YAML block fenced by "---".
func mdSkipFrontMatter(lines []string) []string {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return lines
	}
	for i := 1; i < len(lines) && i < 200; i++ {
		if s := strings.TrimSpace(lines[i]); s == "---" || s == "..." {
			return lines[i+1:]
		}
	}
	return lines
}

type mdParser struct {
	lines  []string
	i      int
	blocks []Block
	para   []string // lines of the paragraph being read
	item   []string // lines of the list item being read
}

func (m *mdParser) parse() {
	for ; m.i < len(m.lines); m.i++ {
		m.line(m.lines[m.i])
	}
	m.flush()
}

func (m *mdParser) line(line string) {
	if q := mdQuote.FindString(line); q != "" {
		line = line[len(q):]
	}
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		m.flush()
	case mdFence.MatchString(line):
		m.flush()
		m.fenced(mdFence.FindStringSubmatch(line)[1])
	case len(m.para) > 0 && len(m.item) == 0 && mdSetext1.MatchString(line):
		m.setext(1)
	case len(m.para) > 0 && len(m.item) == 0 && mdSetext2.MatchString(line):
		m.setext(2)
	case mdBreak.MatchString(line):
		m.flush()
	case mdATX.MatchString(line):
		m.flush()
		g := mdATX.FindStringSubmatch(line)
		m.add(Block{Kind: Heading, Level: len(g[1]), Text: mdInline(g[2])})
	case strings.Contains(line, "|") && m.i+1 < len(m.lines) && mdTableRule.MatchString(m.lines[m.i+1]) && strings.Contains(m.lines[m.i+1], "-"):
		m.flush()
		m.table()
	case mdListItem.MatchString(line):
		m.flushPara()
		m.flushItem()
		m.item = []string{mdOrdinal(line) + mdListItem.FindStringSubmatch(line)[1]}
	case mdRefDef.MatchString(line):
		// Link reference definitions are targets, not text.
	case len(m.item) > 0:
		m.item = append(m.item, trimmed)
	default:
		m.para = append(m.para, trimmed)
	}
}

// fenced keeps a code block as one paragraph, line breaks intact, because
// configuration and commands in manuals are answers in their own right.
func (m *mdParser) fenced(fence string) {
	var code []string
	for m.i++; m.i < len(m.lines); m.i++ {
		if strings.HasPrefix(strings.TrimSpace(m.lines[m.i]), fence) {
			break
		}
		code = append(code, m.lines[m.i])
	}
	if text := strings.TrimSpace(strings.Join(code, "\n")); text != "" {
		m.add(Block{Kind: Paragraph, Text: text})
	}
}

func (m *mdParser) setext(level int) {
	text := mdInline(loadJoin(m.para))
	m.para = nil
	m.add(Block{Kind: Heading, Level: level, Text: text})
}

func (m *mdParser) table() {
	raw := [][]string{mdCells(m.lines[m.i])}
	m.i++ // the delimiter row
	for m.i+1 < len(m.lines) {
		next := m.lines[m.i+1]
		if strings.TrimSpace(next) == "" || !strings.Contains(next, "|") {
			break
		}
		m.i++
		raw = append(raw, mdCells(next))
	}
	if t := loadTable("", raw); t != nil {
		m.add(Block{Kind: TableBlock, Table: t})
	}
}

// mdCells splits a pipe-table row on pipes that are not escaped.
func mdCells(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, `\|`) {
		line = line[:len(line)-1]
	}
	var cells []string
	var cell strings.Builder
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\' && i+1 < len(line) && line[i+1] == '|':
			cell.WriteByte('|')
			i++
		case line[i] == '|':
			cells = append(cells, mdInline(cell.String()))
			cell.Reset()
		default:
			cell.WriteByte(line[i])
		}
	}
	return append(cells, mdInline(cell.String()))
}

func (m *mdParser) flush() {
	m.flushPara()
	m.flushItem()
}

func (m *mdParser) flushPara() {
	if len(m.para) > 0 {
		m.add(Block{Kind: Paragraph, Text: mdInline(loadJoin(m.para))})
		m.para = nil
	}
}

func (m *mdParser) flushItem() {
	if len(m.item) > 0 {
		m.add(Block{Kind: ListItem, Text: mdInline(loadJoin(m.item))})
		m.item = nil
	}
}

func (m *mdParser) add(b Block) {
	if b.Kind != TableBlock && b.Text == "" {
		return
	}
	m.blocks = append(m.blocks, b)
}

// mdInline reduces inline Markdown and embedded HTML to plain text.
func mdInline(s string) string {
	if strings.Contains(s, "<") {
		s = mdDropHidden(s)
	}
	s = mdTemplate.ReplaceAllString(s, " ")
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1$2")
	s = mdAutolink.ReplaceAllString(s, "$1")
	s = mdBreakTag.ReplaceAllString(s, " ")
	s = mdTag.ReplaceAllString(s, "")
	s = strings.NewReplacer("**", "", "__", "", "~~", "", "`", "").Replace(s)
	s = mdEmph.ReplaceAllString(s, "$1$2")
	s = mdEscape.ReplaceAllString(s, "$1")
	return loadCollapse(html.UnescapeString(s))
}

// mdOrdinal keeps the number of an ordered list item ("3. "): the order of
// a procedure's steps is part of what it says.
func mdOrdinal(line string) string {
	if m := mdOrdered.FindStringSubmatch(line); m != nil {
		return m[1] + ". "
	}
	return ""
}

package load

import (
	"context"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// loadHTML reads the visible text of a page. Anything a browser would not
// show (scripts, templates, hidden or aria-hidden elements, inline
// display:none) is skipped, so a poisoned page cannot smuggle instructions
// into answers through invisible text.
func loadHTML(ctx context.Context, name string, data []byte, _ Limits) (*Parsed, error) {
	text, enc, err := loadDecode(ctx, data)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, loadCorrupt("html", name, err)
	}
	htmlPruneHidden(root)
	w := &htmlWalker{}
	w.children(root)
	w.flush()
	return loadNeedText("html", &Parsed{Title: w.title, Blocks: w.blocks, Encoding: enc})
}

type htmlWalker struct {
	blocks []Block
	title  string
	inline strings.Builder // loose text between block elements
}

func (w *htmlWalker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

func (w *htmlWalker) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.inline.WriteString(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return // comments, doctype
	}
	if htmlHidden(n) {
		return
	}
	switch n.DataAtom {
	case atom.Title:
		w.title = htmlText(n)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.emit(Block{Kind: Heading, Level: int(n.Data[1] - '0'), Text: htmlText(n)})
	case atom.P, atom.Dt, atom.Dd, atom.Pre, atom.Figcaption, atom.Address:
		w.emit(Block{Kind: Paragraph, Text: htmlText(n)})
	case atom.Li:
		w.listItem(n)
	case atom.Table:
		w.flush()
		if t := htmlTable(n); t != nil {
			w.blocks = append(w.blocks, Block{Kind: TableBlock, Table: t})
		}
	case atom.Br:
		w.inline.WriteByte(' ')
	default:
		if htmlIsContainer(n.DataAtom) {
			w.flush()
			w.children(n)
			w.flush()
			return
		}
		w.children(n) // inline element: its text joins the current run
	}
}

// listItem emits the item's own text, then any nested lists as items of
// their own, so a sub-list does not glue onto its parent's sentence.
func (w *htmlWalker) listItem(n *html.Node) {
	var own strings.Builder
	var nested []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Ul || c.DataAtom == atom.Ol {
			nested = append(nested, c)
			continue
		}
		htmlCollect(c, &own)
	}
	w.emit(Block{Kind: ListItem, Text: loadCollapse(own.String())})
	for _, l := range nested {
		w.node(l)
	}
}

func (w *htmlWalker) emit(b Block) {
	w.flush()
	if b.Text != "" {
		w.blocks = append(w.blocks, b)
	}
}

func (w *htmlWalker) flush() {
	if s := loadCollapse(w.inline.String()); s != "" {
		w.blocks = append(w.blocks, Block{Kind: Paragraph, Text: s})
	}
	w.inline.Reset()
}

func htmlIsContainer(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Body, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header,
		atom.Footer, atom.Nav, atom.Aside, atom.Ul, atom.Ol, atom.Dl, atom.Blockquote,
		atom.Figure, atom.Form, atom.Fieldset, atom.Details, atom.Summary, atom.Center, atom.Hr:
		return true
	}
	return false
}

// htmlHidden reports elements whose content no reader sees.
func htmlHidden(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object,
		atom.Svg, atom.Math, atom.Head:
		// <head> is only entered for its <title>.
		return n.DataAtom != atom.Head || !htmlHasTitle(n)
	}
	for _, a := range n.Attr {
		key := strings.ToLower(a.Key)
		val := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
		switch {
		case key == "hidden":
			return true
		case key == "aria-hidden" && val == "true":
			return true
		case key == "style" && (strings.Contains(val, "display:none") || strings.Contains(val, "visibility:hidden")):
			return true
		case key == "type" && val == "hidden":
			return true
		}
	}
	return false
}

func htmlHasTitle(head *html.Node) bool {
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Title {
			return true
		}
	}
	return false
}

// htmlText is the visible text under n, white space collapsed.
func htmlText(n *html.Node) string {
	var b strings.Builder
	htmlCollect(n, &b)
	return loadCollapse(b.String())
}

func htmlCollect(n *html.Node, b *strings.Builder) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if htmlHidden(n) {
			return
		}
	default:
		return
	}
	// Block boundaries separate words; inline elements (<b>, <a>) do not.
	block := n.DataAtom == atom.Br || htmlIsContainer(n.DataAtom) || htmlIsBlockText(n.DataAtom)
	if block {
		b.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		htmlCollect(c, b)
	}
	if block {
		b.WriteByte(' ')
	}
}

func htmlIsBlockText(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Li, atom.Dt, atom.Dd, atom.Td, atom.Th, atom.Tr, atom.Pre, atom.Table,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Caption, atom.Figcaption:
		return true
	}
	return false
}

// htmlTable reads rows of th/td cells, not descending into nested tables.
// The header is the thead row, else the first row; colspan repeats a
// cell's value the way merged spreadsheet cells do.
func htmlTable(table *html.Node) *Table {
	var raw [][]string
	headerRow := -1
	var visit func(n *html.Node, inHead bool)
	visit = func(n *html.Node, inHead bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || htmlHidden(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Thead:
				visit(c, true)
			case atom.Tbody, atom.Tfoot:
				visit(c, false)
			case atom.Caption:
				// handled by the caller
			case atom.Tr:
				if inHead && headerRow < 0 {
					headerRow = len(raw)
				}
				raw = append(raw, htmlRow(c))
			}
		}
	}
	visit(table, false)
	if headerRow > 0 { // a thead written after tbody rows still heads the table
		raw[0], raw[headerRow] = raw[headerRow], raw[0]
	}
	return loadTable(htmlCaption(table), raw)
}

func htmlRow(tr *html.Node) []string {
	var row []string
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) || htmlHidden(c) {
			continue
		}
		text := htmlText(c)
		span := 1
		if v, ok := htmlAttr(c, "colspan"); ok {
			if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n > 1 {
				span = min(n, 64)
			}
		}
		for range span {
			row = append(row, text)
		}
	}
	return row
}

func htmlCaption(table *html.Node) string {
	for c := table.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Caption {
			return htmlText(c)
		}
	}
	return ""
}

func htmlAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

package load

import (
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// docxDoc walks document.xml. Paragraphs nest (a text box sits inside a run
// of its anchor paragraph), runs nest with them, and tables nest in cells,
// so all three are stacks.
type docxDoc struct {
	ctx    context.Context
	x      *xmlsafeDecoder
	styles docxStyles
	blocks []Block
	names  []string // open element local names, innermost last
	paras  []*docxPara
	runs   []*docxRun
	tables []*docxTable
	inText bool
	seen   int
}

type docxPara struct {
	style   string
	outline int // 1-based; 0 when unset
	list    bool
	text    strings.Builder
}

type docxRun struct {
	hidden      bool
	color, fill string // for text drawn in the colour behind it
	text        strings.Builder
}

type docxTable struct {
	rows   [][]string
	row    []string
	cont   []bool // cells of row that continue a vertical merge
	cell   strings.Builder
	inCell bool
	vmerge bool // current cell continues a vertical merge
	span   int  // gridSpan of the current cell
}

func (d *docxDoc) parse() error {
	for {
		tok, err := d.x.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if d.seen++; d.seen%4096 == 0 && d.ctx.Err() != nil {
			return d.ctx.Err()
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "Fallback" {
				// mc:Fallback repeats mc:Choice content for old readers.
				if err := d.x.Skip(); err != nil {
					return err
				}
				continue
			}
			d.start(t)
			d.names = append(d.names, t.Name.Local)
		case xml.EndElement:
			if len(d.names) > 0 {
				d.names = d.names[:len(d.names)-1]
			}
			d.end(t.Name.Local)
		case xml.CharData:
			if d.inText && len(d.runs) > 0 {
				d.runs[len(d.runs)-1].text.Write(t)
			}
		}
	}
}

// parent reports whether the innermost open elements are path, outermost
// first.
func (d *docxDoc) parent(path ...string) bool {
	if len(d.names) < len(path) {
		return false
	}
	tail := d.names[len(d.names)-len(path):]
	for i := range path {
		if tail[i] != path[i] {
			return false
		}
	}
	return true
}

func (d *docxDoc) start(e xml.StartElement) {
	val, hasVal := xmlsafeAttr(e, "val")
	switch e.Name.Local {
	case "p":
		d.paras = append(d.paras, &docxPara{})
	case "pStyle", "outlineLvl", "numPr":
		d.paraProp(e.Name.Local, val)
	case "r":
		d.runs = append(d.runs, &docxRun{})
	case "vanish", "specVanish", "webHidden", "color", "sz", "rStyle", "shd", "highlight":
		d.runProp(e, val, hasVal)
	case "t":
		d.inText = d.parent("r")
	case "tab", "br", "cr":
		if d.parent("r") && len(d.runs) > 0 {
			d.runs[len(d.runs)-1].text.WriteByte(' ')
		}
	case "tbl":
		d.tables = append(d.tables, &docxTable{})
	case "tc":
		if t := d.table(); t != nil {
			t.cell.Reset()
			t.inCell, t.vmerge, t.span = true, false, 1
		}
	case "gridSpan", "vMerge":
		d.cellProp(e.Name.Local, val, hasVal)
	}
}

func (d *docxDoc) paraProp(name, val string) {
	if !d.parent("pPr") || len(d.paras) == 0 {
		return
	}
	p := d.paras[len(d.paras)-1]
	switch name {
	case "pStyle":
		p.style = val
	case "outlineLvl":
		if n, err := strconv.Atoi(val); err == nil && n >= 0 && n < 9 {
			p.outline = n + 1
		}
	case "numPr":
		p.list = true
	}
}

// runProp marks runs a reader cannot see: vanished, white or nearly so,
// in the theme's background colour, in the colour of their own shading,
// at most two points high, or in a character style that is any of these.
func (d *docxDoc) runProp(e xml.StartElement, val string, hasVal bool) {
	if !d.parent("r", "rPr") || len(d.runs) == 0 {
		return
	}
	r := d.runs[len(d.runs)-1]
	switch name := e.Name.Local; name {
	case "vanish", "specVanish", "webHidden":
		r.hidden = r.hidden || !hasVal || docxOn(val)
	case "rStyle":
		r.hidden = r.hidden || d.styles.hidden[val]
	case "shd":
		r.fill, _ = xmlsafeAttr(e, "fill")
	case "highlight":
		r.fill = docxHighlight[strings.ToLower(val)]
	default:
		if name == "color" {
			r.color = val
		}
		r.hidden = r.hidden || docxRunPropHides(e, val)
	}
	if r.color != "" && r.fill != "" && coloursClose(r.color, r.fill) {
		r.hidden = true
	}
}

// docxHighlight are the highlight colours that text could vanish into.
var docxHighlight = map[string]string{"black": "000000", "white": "FFFFFF", "darkblue": "000080", "darkgray": "808080", "lightgray": "C0C0C0"}

// docxRunPropHides judges one run property, in a run or a style.
func docxRunPropHides(e xml.StartElement, val string) bool {
	switch e.Name.Local {
	case "vanish", "specVanish":
		return val == "" || docxOn(val)
	case "color":
		theme, _ := xmlsafeAttr(e, "themeColor")
		theme = strings.ToLower(theme)
		if theme == "background1" || theme == "bg1" || theme == "light1" {
			return true
		}
		return !strings.EqualFold(val, "auto") && colourInvisible(val)
	case "sz":
		n, err := strconv.Atoi(val)
		return err == nil && n <= 4 // half-points: two points or less
	}
	return false
}

func docxOn(val string) bool {
	switch strings.ToLower(val) {
	case "0", "false", "off":
		return false
	}
	return true
}

func (d *docxDoc) cellProp(name, val string, hasVal bool) {
	t := d.table()
	if t == nil || !d.parent("tc", "tcPr") {
		return
	}
	switch name {
	case "gridSpan":
		if n, err := strconv.Atoi(val); err == nil && n > 1 {
			t.span = min(n, 64)
		}
	case "vMerge":
		t.vmerge = !hasVal || val == "continue"
	}
}

func (d *docxDoc) table() *docxTable {
	if len(d.tables) == 0 {
		return nil
	}
	return d.tables[len(d.tables)-1]
}

func (d *docxDoc) end(name string) {
	switch name {
	case "t":
		d.inText = false
	case "r":
		d.endRun()
	case "p":
		d.endPara()
	case "tc":
		if t := d.table(); t != nil && t.inCell {
			text := loadCollapse(t.cell.String())
			for range t.span {
				t.row = append(t.row, text)
				t.cont = append(t.cont, t.vmerge)
			}
			t.inCell = false
		}
	case "tr":
		if t := d.table(); t != nil {
			t.endRow()
		}
	case "tbl":
		d.endTable()
	}
}

func (d *docxDoc) endRun() {
	if len(d.runs) == 0 {
		return
	}
	r := d.runs[len(d.runs)-1]
	d.runs = d.runs[:len(d.runs)-1]
	if r.hidden || len(d.paras) == 0 || d.styles.hidden[d.paras[len(d.paras)-1].style] {
		return
	}
	d.paras[len(d.paras)-1].text.WriteString(r.text.String())
}

func (d *docxDoc) endPara() {
	if len(d.paras) == 0 {
		return
	}
	p := d.paras[len(d.paras)-1]
	d.paras = d.paras[:len(d.paras)-1]
	text := loadCollapse(p.text.String())
	if text == "" {
		return
	}
	if t := d.table(); t != nil && t.inCell {
		t.cell.WriteString(text + " ")
		return
	}
	level := d.styles.level[p.style]
	if _, known := d.styles.level[p.style]; !known {
		level = docxLevelFromName(p.style)
	}
	if p.outline > 0 {
		level = p.outline
	}
	switch {
	case level > 0:
		d.blocks = append(d.blocks, Block{Kind: Heading, Level: level, Text: text})
	case p.list || d.styles.list[p.style]:
		d.blocks = append(d.blocks, Block{Kind: ListItem, Text: text})
	default:
		d.blocks = append(d.blocks, Block{Kind: Paragraph, Text: text})
	}
}

// endRow fills cells that continue a vertical merge with the value above,
// as merged spreadsheet cells are.
func (t *docxTable) endRow() {
	if len(t.rows) > 0 {
		above := t.rows[len(t.rows)-1]
		for i, cont := range t.cont {
			if cont && i < len(above) && t.row[i] == "" {
				t.row[i] = above[i]
			}
		}
	}
	t.rows = append(t.rows, t.row)
	t.row, t.cont = nil, nil
}

// endTable emits a top-level table; a table nested in a cell is flattened
// into that cell's text.
func (d *docxDoc) endTable() {
	if len(d.tables) == 0 {
		return
	}
	t := d.tables[len(d.tables)-1]
	d.tables = d.tables[:len(d.tables)-1]
	if outer := d.table(); outer != nil && outer.inCell {
		for _, row := range t.rows {
			outer.cell.WriteString(strings.Join(row, " ") + " ")
		}
		return
	}
	if tbl := loadTable("", t.rows); tbl != nil {
		d.blocks = append(d.blocks, Block{Kind: TableBlock, Table: tbl})
	}
}

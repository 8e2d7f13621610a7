package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// pdfLine is one line of text on a page. A line with cells is a table row:
// the cells are placed at the x offsets of widths but kept in one text
// object, so text extraction returns the row as one line.
type pdfLine struct {
	size   float64
	bold   bool
	text   string
	cells  []string
	widths []float64
}

const (
	pageWidth, pageHeight = 595, 842 // A4 in points
	marginLeft, marginTop = 50, 790
)

// pdfBytes writes a PDF 1.4 file with one page per element of pages, using the
// standard Helvetica fonts with WinAnsi encoding so no font has to be embedded.
func pdfBytes(title string, pages [][]pdfLine) ([]byte, error) {
	w := &pdfWriter{}
	w.buf.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	pageIDs := make([]int, len(pages))
	for i := range pages {
		pageIDs[i] = 5 + 2*i // objects 1-4 are fixed, each page takes two
	}
	w.object(1, "<< /Type /Catalog /Pages 2 0 R >>")
	w.object(2, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", refs(pageIDs), len(pages)))
	w.object(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	w.object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	for i, lines := range pages {
		content, err := pageContent(lines)
		if err != nil {
			return nil, kg.Wrap("gen.pdf", err)
		}
		w.object(pageIDs[i], fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>",
			pageWidth, pageHeight, pageIDs[i]+1))
		w.object(pageIDs[i]+1, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	}
	info := 5 + 2*len(pages)
	pdfTitle, err := pdfString(title)
	if err != nil {
		return nil, kg.Wrap("gen.pdf", err)
	}
	w.object(info, fmt.Sprintf("<< /Title %s /Producer (kgassist demo generator) /CreationDate (D:20260105080000Z) >>", pdfTitle))
	w.trailer(info)
	return w.buf.Bytes(), nil
}

func refs(ids []int) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = fmt.Sprintf("%d 0 R", id)
	}
	return strings.Join(s, " ")
}

// pdfWriter records the byte offset of every object for the xref table.
type pdfWriter struct {
	buf     bytes.Buffer
	offsets map[int]int
}

func (w *pdfWriter) object(id int, body string) {
	if w.offsets == nil {
		w.offsets = map[int]int{}
	}
	w.offsets[id] = w.buf.Len()
	fmt.Fprintf(&w.buf, "%d 0 obj\n%s\nendobj\n", id, body)
}

func (w *pdfWriter) trailer(info int) {
	n := len(w.offsets) + 1
	start := w.buf.Len()
	fmt.Fprintf(&w.buf, "xref\n0 %d\n0000000000 65535 f \n", n)
	for id := 1; id < n; id++ {
		fmt.Fprintf(&w.buf, "%010d 00000 n \n", w.offsets[id])
	}
	fmt.Fprintf(&w.buf, "trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", n, info, start)
}

// pageContent lays lines out top-down, one text object per line.
func pageContent(lines []pdfLine) (string, error) {
	var b strings.Builder
	y := float64(marginTop)
	for _, l := range lines {
		font := "F1"
		if l.bold {
			font = "F2"
		}
		fmt.Fprintf(&b, "BT /%s %g Tf %d %g Td ", font, l.size, marginLeft, y)
		if err := writeLineText(&b, l); err != nil {
			return "", err
		}
		b.WriteString("ET\n")
		y -= l.size * 1.5
	}
	return b.String(), nil
}

func writeLineText(b *strings.Builder, l pdfLine) error {
	if l.cells == nil {
		s, err := pdfString(l.text)
		b.WriteString(s + " Tj ")
		return err
	}
	for i, c := range l.cells {
		if i > 0 {
			fmt.Fprintf(b, "%g 0 Td ", l.widths[i-1])
			c = " " + c // keeps cells apart in extracted text
		}
		s, err := pdfString(c)
		if err != nil {
			return err
		}
		b.WriteString(s + " Tj ")
	}
	return nil
}

// winAnsi maps the non-ASCII characters the data sheet uses to their
// WinAnsiEncoding bytes.
var winAnsi = map[rune]byte{
	'–': 0x96, '—': 0x97, '°': 0xB0, '±': 0xB1, '²': 0xB2, '³': 0xB3,
	'µ': 0xB5, '·': 0xB7, '×': 0xD7, 'Ø': 0xD8,
}

// pdfString encodes s as a PDF literal string in WinAnsiEncoding.
func pdfString(s string) (string, error) {
	var b strings.Builder
	b.WriteByte('(')
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7F:
			b.WriteRune(r)
		case winAnsi[r] != 0:
			b.WriteByte(winAnsi[r])
		default:
			return "", kg.Errorf(kg.EINVALID, "character %q has no WinAnsi code", r)
		}
	}
	b.WriteByte(')')
	return b.String(), nil
}

package load

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/minipdf"
	"github.com/kgassist/kgassist/internal/ziptest"
	"github.com/xuri/excelize/v2"
)

// secret is what every hidden variant carries; none may reach a passage.
const secret = "AMBERKESTREL"

const hiddenStyles = `<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="character" w:styleId="Ghost"><w:name w:val="Ghost"/><w:rPr><w:vanish/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="GhostPara"><w:name w:val="Ghost Para"/><w:rPr><w:vanish/></w:rPr></w:style>
</w:styles>`

func hiddenDOCX(t *testing.T, run string) []byte {
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t xml:space="preserve">The seal is checked weekly. </w:t></w:r>` + run + `</w:p></w:body></w:document>`
	return ziptest.Archive([2]string{"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		[2]string{"word/styles.xml", hiddenStyles},
		[2]string{"word/document.xml", doc})
}

func hiddenXLSX(t *testing.T, hide func(f *excelize.File)) []byte {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetRow("Sheet1", "A1", &[]any{"Part", "Note", "Extra"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"P-100", "Impeller", ""})
	f.SetSheetRow("Sheet1", "A3", &[]any{"P-101", "Shaft", ""})
	hide(f)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestHiddenTextStaysOutOfPassages(t *testing.T) {
	html := func(body string) []byte {
		return []byte("<html><head><style>.gh{display:none} p.w{color:#ffffff}</style></head><body><p>The seal is checked weekly.</p>" + body + "</body></html>")
	}
	cases := []struct {
		name, file string
		data       []byte
	}{
		{"html color #fff", "a.html", html(`<p style="color:#fff">` + secret + `</p>`)},
		{"html color transparent", "a.html", html(`<span style="color: transparent">` + secret + `</span>`)},
		{"html font-size 0", "a.html", html(`<p style="font-size:0">` + secret + `</p>`)},
		{"html opacity 0", "a.html", html(`<div style="opacity:0">` + secret + `</div>`)},
		{"html off-screen", "a.html", html(`<div style="position:absolute;left:-9999px">` + secret + `</div>`)},
		{"html font color", "a.html", html(`<font color="#ffffff">` + secret + `</font>`)},
		{"html style class display:none", "a.html", html(`<div class="note gh">` + secret + `</div>`)},
		{"html style class white", "a.html", html(`<p class="w">` + secret + `</p>`)},
		{"html hidden attribute", "a.html", html(`<div hidden>` + secret + `</div>`)},
		{"markdown span display:none", "a.md", []byte("# Seal\n\nThe seal is checked weekly. <span style=\"display:none\">" + secret + "</span> Done.\n")},
		{"markdown div hidden", "a.md", []byte("# Seal\n\nThe seal is checked weekly.\n\n<div hidden>\n" + secret + "\n</div>\n")},
		{"markdown font white", "a.md", []byte("# Seal\n\nThe seal is checked weekly. <font color=white>" + secret + "</font>\n")},
		{"docx colour FEFEFE", "a.docx", hiddenDOCX(t, `<w:r><w:rPr><w:color w:val="FEFEFE"/></w:rPr><w:t>`+secret+`</w:t></w:r>`)},
		{"docx 1.5 pt", "a.docx", hiddenDOCX(t, `<w:r><w:rPr><w:sz w:val="3"/></w:rPr><w:t>`+secret+`</w:t></w:r>`)},
		{"docx vanish by character style", "a.docx", hiddenDOCX(t, `<w:r><w:rPr><w:rStyle w:val="Ghost"/></w:rPr><w:t>`+secret+`</w:t></w:r>`)},
		{"docx vanish by paragraph style", "a.docx", hiddenDOCX(t, `</w:p><w:p><w:pPr><w:pStyle w:val="GhostPara"/></w:pPr><w:r><w:t>`+secret+`</w:t></w:r>`)},
		{"docx themeColor background1", "a.docx", hiddenDOCX(t, `<w:r><w:rPr><w:color w:val="FFFFFF" w:themeColor="background1"/></w:rPr><w:t>`+secret+`</w:t></w:r>`)},
		{"docx themeColor background1 dark val", "a.docx", hiddenDOCX(t, `<w:r><w:rPr><w:color w:val="000000" w:themeColor="background1"/></w:rPr><w:t>`+secret+`</w:t></w:r>`)},
		{"docx black on black", "a.docx", hiddenDOCX(t, `<w:r><w:rPr><w:color w:val="000000"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/></w:rPr><w:t>`+secret+`</w:t></w:r>`)},
		{"docx black highlight", "a.docx", hiddenDOCX(t, `<w:r><w:rPr><w:color w:val="000000"/><w:highlight w:val="black"/></w:rPr><w:t>`+secret+`</w:t></w:r>`)},
		{"xlsx hidden row", "a.xlsx", hiddenXLSX(t, func(f *excelize.File) {
			f.SetSheetRow("Sheet1", "A4", &[]any{"P-102", secret})
			f.SetRowVisible("Sheet1", 4, false)
		})},
		{"xlsx hidden column", "a.xlsx", hiddenXLSX(t, func(f *excelize.File) {
			f.SetCellValue("Sheet1", "C2", secret)
			f.SetColVisible("Sheet1", "C", false)
		})},
		{"xlsx white font", "a.xlsx", hiddenXLSX(t, func(f *excelize.File) {
			st, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "FFFFFF"}})
			f.SetCellValue("Sheet1", "C3", secret)
			f.SetCellStyle("Sheet1", "C3", "C3", st)
		})},
	}
	// White on the element's own dark background is visible.
	if p, err := Load(context.Background(), "a.html", html(`<p style="color:#fff;background-color:#123">Dark banner text.</p>`), DefaultLimits()); err != nil ||
		!strings.Contains(p.Blocks[len(p.Blocks)-1].Text, "Dark banner") {
		t.Errorf("white on a dark background dropped: %+v %v", p, err)
	}
	leaked := 0
	for _, c := range cases {
		p, err := Load(context.Background(), c.file, c.data, DefaultLimits())
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		var all strings.Builder
		for _, b := range p.Blocks {
			all.WriteString(b.Text + " ")
			if b.Table != nil {
				for _, r := range b.Table.Rows {
					all.WriteString(strings.Join(r, " ") + " ")
				}
				all.WriteString(strings.Join(b.Table.Header, " "))
			}
		}
		if strings.Contains(all.String(), secret) {
			leaked++
			t.Errorf("%s: hidden text reached a passage: %q", c.name, all.String())
		}
		if !strings.Contains(all.String(), "weekly") && !strings.Contains(all.String(), "P-100") {
			t.Errorf("%s: visible text lost: %q", c.name, all.String())
		}
	}
	t.Logf("%d hidden-text variants, %d kept out of passages", len(cases), len(cases)-leaked)
}

// hiddenPDF is a one-page PDF with a visible line and then ops drawing
// the secret (ops holds one %s for the text string).
func hiddenPDF(ops string) []byte {
	content := "BT /F1 10 Tf 50 790 Td (The seal is checked weekly.) Tj ET\n" + fmt.Sprintf(ops, "("+secret+")") + "\n"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
	return minipdf.Assemble(objs)
}

var hiddenPDFCases = map[string]string{
	"pdf render mode 3":     "BT /F1 10 Tf 3 Tr 50 700 Td %s Tj ET",
	"pdf white fill":        "BT 1 1 1 rg /F1 10 Tf 50 700 Td %s Tj ET",
	"pdf white gray fill":   "q 1 g BT /F1 10 Tf 50 700 Td %s Tj ET Q",
	"pdf off the page":      "BT /F1 10 Tf 50 2000 Td %s Tj ET",
	"pdf off the page (cm)": "q 1 0 0 1 -3000 0 cm BT /F1 10 Tf 50 700 Td %s Tj ET Q",
	"pdf 0.1 pt text":       "BT /F1 0.1 Tf 50 700 Td %s Tj ET",
	"pdf scaled to 0.1 pt":  "BT /F1 10 Tf 0.01 0 0 0.01 50 700 Tm %s Tj ET",
}

func TestHiddenPDFTextStaysOutOfPassages(t *testing.T) {
	leaked := 0
	for name, ops := range hiddenPDFCases {
		p, err := Load(context.Background(), "a.pdf", hiddenPDF(ops), DefaultLimits())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var all strings.Builder
		for _, b := range p.Blocks {
			all.WriteString(b.Text + " ")
		}
		if strings.Contains(all.String(), secret) {
			leaked++
			t.Errorf("%s: hidden text reached a passage: %q", name, all.String())
		}
		if !strings.Contains(all.String(), "weekly") {
			t.Errorf("%s: visible text lost: %q", name, all.String())
		}
	}
	// The same text drawn visibly is kept, so the cases test hiding.
	p, _ := Load(context.Background(), "a.pdf", hiddenPDF("BT /F1 10 Tf 50 700 Td %s Tj ET"), DefaultLimits())
	if p == nil || !strings.Contains(p.Blocks[len(p.Blocks)-1].Text, secret) {
		t.Errorf("visible control line lost: %+v", p)
	}
	t.Logf("%d hidden PDF variants, %d kept out of passages", len(hiddenPDFCases), len(hiddenPDFCases)-leaked)
}

package attackcorpus

import (
	"fmt"
	"strings"

	"github.com/kgassist/kgassist/internal/minipdf"
)

// pdfDoc writes a one-page PDF with one text line per element of lines,
// in the standard Helvetica font so nothing has to be embedded. Lines must
// be Latin-1.
func pdfDoc(lines []string) []byte {
	var content strings.Builder
	y := 790
	for _, l := range lines {
		for _, part := range wrap(l, 90) {
			fmt.Fprintf(&content, "BT /F1 10 Tf 50 %d Td %s Tj ET\n", y, pdfString(part))
			y -= 14
		}
	}
	return minipdf.Assemble([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", content.Len(), content.String()),
	})
}

func pdfString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
	return "(" + r.Replace(s) + ")"
}

func wrap(s string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(out, line)
}

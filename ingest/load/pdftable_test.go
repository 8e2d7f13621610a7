package load

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/minipdf"
)

// pdfStreamFile writes a one-page PDF whose content stream is given.
func pdfStreamFile(content string) []byte {
	return minipdf.Assemble([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(content), content),
	})
}

// pdfPlaced draws each line as its cells ("|" between them), every cell
// moved to along the line as a table's renderer places it.
func pdfPlaced(lines ...string) string {
	var b strings.Builder
	for i, line := range lines {
		fmt.Fprintf(&b, "BT /F1 10 Tf 72 %d Td", 720-14*i)
		for j, cell := range strings.Split(line, "|") {
			if j > 0 {
				b.WriteString(" 110 0 Td")
			}
			fmt.Fprintf(&b, " (%s) Tj", cell)
		}
		b.WriteString(" ET\n")
	}
	return b.String()
}

func TestPDFTables(t *testing.T) {
	cases := []struct {
		name   string
		lines  []string
		tables []Table // the tables loaded, in order
		prose  string  // text that must stay in a paragraph
	}{
		{
			name: "a table in the layout of one before it starts with a row",
			lines: []string{
				"Hydraulic data", "Parameter|Value|Tolerance", "Rated flow|40 m3/h|5%", "Rated head|32 m|3%",
				"Weights", "Pump|48 kg|", "Motor|52 kg|", "Total|118 kg|3%",
			},
			tables: []Table{
				{Name: "Hydraulic data", Header: []string{"Parameter", "Value", "Tolerance"},
					Rows: [][]string{{"Rated flow", "40 m3/h", "5%"}, {"Rated head", "32 m", "3%"}}},
				{Name: "Weights", Header: []string{"", "", ""},
					Rows: [][]string{{"Pump", "48 kg", ""}, {"Motor", "52 kg", ""}, {"Total", "118 kg", "3%"}}},
			},
		},
		{
			name:  "a table of figures keeps its own header",
			lines: []string{"Flow (m3/h)|Head (m)", "0|38.0", "10|37.4", "20|36.2"},
			tables: []Table{{Header: []string{"Flow (m3/h)", "Head (m)"},
				Rows: [][]string{{"0", "38.0"}, {"10", "37.4"}, {"20", "36.2"}}}},
		},
		{
			name:  "prose set word by word is no table",
			lines: []string{"the|pump|moves|water", "from|the|tank|below", "into|the|loop|above."},
			prose: "the pump moves water from the tank below into the loop above.",
		},
		{
			name:  "two lines are no table",
			lines: []string{"Rated flow|40 m3/h", "Rated head|32 m"},
			prose: "Rated flow 40 m3/h",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := Load(context.Background(), "t.pdf", pdfStreamFile(pdfPlaced(c.lines...)), DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			var tables []Table
			var text []string
			for _, b := range p.Blocks {
				if b.Kind == TableBlock {
					tables = append(tables, *b.Table)
				} else {
					text = append(text, b.Text)
				}
			}
			if !reflect.DeepEqual(tables, c.tables) {
				t.Errorf("tables:\n got %q\nwant %q", tables, c.tables)
			}
			if joined := strings.Join(text, " "); !strings.Contains(joined, c.prose) {
				t.Errorf("text %q does not hold %q", joined, c.prose)
			}
		})
	}
}

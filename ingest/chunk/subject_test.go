package chunk

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest/load"
)

// A two-column parameter table that names its subject in a row puts every
// row under that name; other tables, and one whose header names its
// subject, are left as they are.
func TestParameterTableRowsCarryTheirSubject(t *testing.T) {
	params := &load.Table{Header: []string{"Index", "Parameters"}, Rows: [][]string{
		{"Name", "Little Elephant Robot Arm"}, {"**Model**", "myCobot 280 for M5"}, {"Weight", "800g"},
	}}
	wide := &load.Table{Header: []string{"Machine model", "Port", "Baud rate"}, Rows: [][]string{{"280 M5", "COM", "115200"}}}
	plain := &load.Table{Header: []string{"Joint", "Range"}, Rows: [][]string{{"J1", "-168 ~ +168"}}}
	named := &load.Table{Header: []string{"Name", "Flat base"}, Rows: [][]string{{"Model", "myCobot_Fstand_grey"}}}
	p := &load.Parsed{Blocks: []load.Block{
		{Kind: load.Heading, Level: 1, Text: "Robot Parameters"},
		{Kind: load.TableBlock, Table: params},
		{Kind: load.TableBlock, Table: wide},
		{Kind: load.TableBlock, Table: plain},
		{Kind: load.TableBlock, Table: named},
	}}
	pieces := Document("d", p, Options{})
	if len(pieces) != 6 {
		t.Fatalf("%d pieces, want 6", len(pieces))
	}
	subject := "Little Elephant Robot Arm myCobot 280 for M5"
	for _, pc := range pieces[:3] {
		if got := strings.Join(pc.Chunk.Section, " > "); got != "Robot Parameters > "+subject {
			t.Errorf("row %q: section %q, want it under %q", pc.Chunk.Text, got, subject)
		}
	}
	for _, pc := range pieces[3:] {
		if got := strings.Join(pc.Chunk.Section, " > "); got != "Robot Parameters" {
			t.Errorf("row %q: section %q, want the heading alone", pc.Chunk.Text, got)
		}
	}
}

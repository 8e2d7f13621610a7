package ingest

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// The package's tests share one -update flag for golden files; define it
// here only when no other test file of the package has.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func extractUpdating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestExtractGolden runs the extractor over every input in testdata/extract
// and compares the facts with the .golden.json beside it. A .txt input is
// prose: blank lines separate chunks, "## " lines set the section. A .csv
// input is one table, one chunk per row. A first line "% subject: X" names
// the document's subject.
func TestExtractGolden(t *testing.T) {
	x, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	inputs, _ := filepath.Glob(filepath.Join("testdata", "extract", "*.*"))
	n := 0
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden.json") {
			continue
		}
		n++
		t.Run(filepath.Base(in), func(t *testing.T) {
			doc, pieces := extractTestDoc(t, in)
			facts, err := x.Extract(context.Background(), doc, pieces)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(facts, "", " ")
			golden := strings.TrimSuffix(in, filepath.Ext(in)) + ".golden.json"
			if extractUpdating() {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Errorf("facts differ from %s; run go test ./ingest -run TestExtractGolden -update and review the diff", golden)
			}
		})
	}
	if n == 0 {
		t.Fatal("no inputs in testdata/extract")
	}
}

func extractTestDoc(t *testing.T, path string) (*Parsed, []Piece) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	title := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if strings.HasPrefix(text, "% subject:") {
		line, rest, _ := strings.Cut(text, "\n")
		title, text = strings.TrimSpace(strings.TrimPrefix(line, "% subject:")), rest
	}
	doc := &Parsed{Title: title, Format: strings.TrimPrefix(filepath.Ext(path), ".")}
	if doc.Format == "csv" {
		return doc, extractTestTable(t, doc, text)
	}
	return doc, extractTestProse(text)
}

func extractTestProse(text string) []Piece {
	var pieces []Piece
	var section []string
	for _, para := range strings.Split(text, "\n\n") {
		para = strings.TrimSpace(para)
		if strings.HasPrefix(para, "## ") {
			head, rest, _ := strings.Cut(para, "\n")
			section = []string{strings.TrimPrefix(head, "## ")}
			para = strings.TrimSpace(rest)
		}
		if para == "" {
			continue
		}
		n := len(pieces)
		pieces = append(pieces, Piece{Chunk: kg.Chunk{ID: kg.ChunkID("doc", n), DocumentID: "doc", Ordinal: n, Text: para, Section: section, Kind: "text"}})
	}
	return pieces
}

func extractTestTable(t *testing.T, doc *Parsed, text string) []Piece {
	t.Helper()
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	table := &Table{Name: doc.Title, Header: records[0], Rows: records[1:]}
	doc.Blocks = []Block{{Kind: TableBlock, Table: table}}
	pieces := make([]Piece, len(table.Rows))
	for i, row := range table.Rows {
		pieces[i] = Piece{Chunk: kg.Chunk{ID: kg.ChunkID("doc", i), DocumentID: "doc", Ordinal: i, Text: strings.Join(row, " | "), Kind: "table_row"}, Table: table, Row: i}
	}
	return pieces
}

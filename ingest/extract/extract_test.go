package extract

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/ingest/mappings"
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

func extractTestDoc(t *testing.T, path string) (*load.Parsed, []chunk.Piece) {
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
	doc := &load.Parsed{Title: title, Format: strings.TrimPrefix(filepath.Ext(path), ".")}
	if doc.Format == "csv" {
		return doc, extractTestTable(t, doc, text)
	}
	return doc, extractTestProse(text)
}

func extractTestProse(text string) []chunk.Piece {
	var pieces []chunk.Piece
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
		pieces = append(pieces, chunk.Piece{Chunk: kg.Chunk{ID: kg.ChunkID("doc", n), DocumentID: "doc", Ordinal: n, Text: para, Section: section, Kind: "text"}})
	}
	return pieces
}

func extractTestTable(t *testing.T, doc *load.Parsed, text string) []chunk.Piece {
	t.Helper()
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	table := &load.Table{Name: doc.Title, Header: records[0], Rows: records[1:]}
	doc.Blocks = []load.Block{{Kind: load.TableBlock, Table: table}}
	pieces := make([]chunk.Piece, len(table.Rows))
	for i, row := range table.Rows {
		pieces[i] = chunk.Piece{Chunk: kg.Chunk{ID: kg.ChunkID("doc", i), DocumentID: "doc", Ordinal: i, Text: strings.Join(row, " | "), Kind: "table_row"}, Table: table, Row: i}
	}
	return pieces
}

// kindsDir writes the shipped tables.json with one more kind appended, to
// a folder for WithMappingDir.
func kindsDir(t *testing.T, extra map[string]any) string {
	t.Helper()
	b, err := fs.ReadFile(mappings.Defaults, "tables.json")
	if err != nil {
		t.Fatal(err)
	}
	var f map[string]any
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	f["kinds"] = append(f["kinds"].([]any), extra)
	out, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "tables.json"), out, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestTableKindAddedAsData adds a kind in tables.json alone, a spares list
// with its own headers mapped as a parts list: its rows become parts
// without a new build.
func TestTableKindAddedAsData(t *testing.T) {
	dir := kindsDir(t, map[string]any{
		"kind": "spares", "mapper": "parts", "min_roles": 2,
		"required": [][]string{{"part_no"}, {"name"}},
		"columns":  map[string][]string{"part_no": {"spare code"}, "name": {"spare item"}, "supplier": {"stocked by"}},
	})
	x, err := NewExtractor(WithMappingDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("Spare code,Spare item,Stocked by\nSP-771,Shaft sleeve,Acme Seals\n")
	doc, err := load.Load(context.Background(), "spares.csv", data, load.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := x.Extract(context.Background(), doc, chunk.Document("d", doc, chunk.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	if got := x.TableColumns(doc.Blocks[0].Table.Header).Kind; got != "spares" {
		t.Fatalf("kind %q, want spares", got)
	}
	part := kg.EntityID(kg.Part, "SP-771")
	supplier := kg.EntityID(kg.Supplier, "Acme Seals")
	for _, r := range f.Relations {
		if r.Type == kg.SuppliedBy && r.From == part && r.To == supplier {
			return
		}
	}
	t.Fatalf("no part SP-771 in %+v %+v", f.Entities, f.Relations)
}

// TestTableKindUnknownMapper refuses a kind whose mapper does not exist,
// naming the kind and the mappers there are.
func TestTableKindUnknownMapper(t *testing.T) {
	dir := kindsDir(t, map[string]any{
		"kind": "spares", "mapper": "sparez", "min_roles": 1,
		"columns": map[string][]string{"part_no": {"spare code"}},
	})
	_, err := NewExtractor(WithMappingDir(dir))
	if kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(kg.ErrorMessage(err), `"spares"`) || !strings.Contains(kg.ErrorMessage(err), "parts") {
		t.Fatalf("err = %v", err)
	}
}

// pollCtx is a context that is done from its n-th call of Err on: the
// moment a long extraction looks is the moment its caller left.
type pollCtx struct {
	context.Context
	polls, n int
}

func (c *pollCtx) Err() error {
	c.polls++
	if c.polls >= c.n {
		return context.Canceled
	}
	return nil
}

// TestExtractStopsInsideALargeTable gives up while one large table is
// being mapped: the extraction stops at the next check with the context's
// error instead of mapping every row for a caller that has left.
func TestExtractStopsInsideALargeTable(t *testing.T) {
	var b strings.Builder
	b.WriteString("Level,Part No.,Description,Material,Qty\n")
	for i := range 20 * mapCheckRows {
		fmt.Fprintf(&b, "%d,P-%05d,Blank %d,CF8M,%d\n", 1+i%3, i, i, 1+i%7)
	}
	doc, err := load.Load(context.Background(), "bom.csv", []byte(b.String()), load.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	pieces := chunk.Document("d", doc, chunk.Options{})
	x, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	// Polls before the table is mapped: one per 256 pieces, one per table.
	before := len(pieces)/256 + 2
	ctx := &pollCtx{Context: context.Background(), n: before + 3}
	_, err = x.Extract(ctx, doc, pieces)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v after %d polls, want context.Canceled", err, ctx.polls)
	}
	if ctx.polls > before+6 {
		t.Errorf("%d polls after the context was done", ctx.polls-ctx.n)
	}
}

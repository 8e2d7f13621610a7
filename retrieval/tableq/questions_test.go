package tableq

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/internal/corpustest"
	"github.com/kgassist/kgassist/internal/testlines"
	"github.com/kgassist/kgassist/kg"
)

// repoRoot is where the question files name their tables from.
var repoRoot = filepath.Join("..", "..")

type testQuestion struct {
	ID   string `json:"id"`
	File string `json:"file"`
	// Section picks one sheet of a workbook by its name.
	Section  string `json:"section"`
	Lang     string `json:"lang"`
	Question string `json:"question"`
	Want     struct {
		Value float64 `json:"value"`
		Group string  `json:"group"`
		// Lists are the values a count lists besides ("and on which
		// pumps"), in any order.
		Lists []string `json:"lists"`
	} `json:"want"`
	// None marks a question the table does not answer: no plan.
	None bool `json:"none"`
	// Gap records a shape not read yet, and why; it is reported, not failed.
	Gap string `json:"gap"`
}

func loadQuestions(t *testing.T) []testQuestion {
	t.Helper()
	var out []testQuestion
	for _, line := range testlines.Read(t, filepath.Join("testdata", "questions.jsonl")) {
		var q testQuestion
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&q); err != nil {
			t.Fatalf("questions.jsonl case %d: %v", len(out)+1, err)
		}
		out = append(out, q)
	}
	return out
}

// loadTable ingests a file as kgassist does and rebuilds its table from
// the row chunks. A file of the shared corpus that is missing skips the
// test, except under CI, where it fails.
func loadTable(t *testing.T, file string) *Table { return loadSheet(t, file, "") }

// loadSheet is loadTable for the sheet of a workbook whose section path
// holds sheet ("" for every row).
func loadSheet(t *testing.T, file, sheet string) *Table {
	t.Helper()
	path := filepath.Join(repoRoot, file)
	data, err := os.ReadFile(path)
	if err != nil {
		if strings.HasPrefix(file, "../shared/") {
			corpustest.Missing(t, path, err)
		}
		t.Fatal(err)
	}
	parsed, err := load.Load(context.Background(), path, data, load.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var rows []kg.Chunk
	var section []string
	for _, p := range chunk.Document("doc", parsed, chunk.Options{}) {
		if p.Chunk.Kind == kg.TableKind && (sheet == "" || slices.Contains(p.Chunk.Section, sheet)) {
			rows = append(rows, p.Chunk)
			section = p.Chunk.Section
		}
	}
	tb, err := NewTable(kg.Table{DocumentID: "doc", DocTitle: parsed.Title, DocURI: file, Section: section, Rows: len(rows)}, rows)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// The expected figures were computed from the source files by
// testdata/expected.py, which reads them without kgassist.
func TestQuestionsOverWholeTables(t *testing.T) {
	tables := map[string]*Table{}
	right, asked, gaps := 0, 0, 0
	qs := loadQuestions(t)
	for _, q := range qs {
		t.Run(q.ID, func(t *testing.T) {
			tb, ok := tables[q.File+"#"+q.Section]
			if !ok {
				tb = loadSheet(t, q.File, q.Section)
				tables[q.File+"#"+q.Section] = tb
			}
			p, ok := ParseWith(tb, q.Question, glossaryTranslate(t))
			if q.None {
				if ok {
					t.Fatalf("%q is not a question over the table, got plan [%s]", q.Question, p.Plan)
				}
				return
			}
			asked++
			if !ok && q.Gap != "" {
				gaps++
				t.Logf("%q: not read yet: %s", q.Question, q.Gap)
				return
			}
			if !ok {
				t.Fatalf("%q: no plan", q.Question)
			}
			res, err := Execute(tb, p.Plan)
			if err != nil {
				t.Fatalf("%q: %v", q.Question, err)
			}
			got, key := res.Value, ""
			if len(res.Groups) > 0 {
				key = res.Groups[0].Key
			}
			if math.Abs(got-q.Want.Value) > 0.01 || (q.Want.Group != "" && key != q.Want.Group) {
				t.Fatalf("%q: plan [%s] gave %v %q, want %v %q", q.Question, p.Plan, got, key, q.Want.Value, q.Want.Group)
			}
			var listed []string
			for _, g := range res.Distinct {
				listed = append(listed, g.Key)
			}
			if q.Want.Lists != nil && !sameSet(listed, q.Want.Lists) {
				t.Fatalf("%q: plan [%s] lists %q, want %q", q.Question, p.Plan, listed, q.Want.Lists)
			}
			if len(res.Rows) == 0 && got != 0 {
				t.Fatalf("%q: a figure with no rows to cite", q.Question)
			}
			right++
		})
	}
	t.Logf("%d of %d whole-table questions right, %d known gaps", right, asked, gaps)
}

// glossaryTranslate reads Chinese terms with retrieval's glossary, as the
// retriever does.
func glossaryTranslate(t *testing.T) Translate {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "glossary*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no glossary: %v", err)
	}
	var data []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		data = append(append(data, b...), '\n')
	}
	type entry struct{ zh, en string }
	var entries []entry
	for _, line := range strings.Split(string(data), "\n") {
		zh, en, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		for _, z := range strings.Split(zh, "|") {
			entries = append(entries, entry{z, strings.Split(en, "|")[0]})
		}
	}
	sort.SliceStable(entries, func(i, j int) bool { return len(entries[i].zh) > len(entries[j].zh) })
	return func(h string) ([]string, string) {
		var en []string
		for _, e := range entries {
			if e.zh != "" && strings.Contains(h, e.zh) {
				h = strings.ReplaceAll(h, e.zh, " ")
				en = append(en, e.en)
			}
		}
		return en, h
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

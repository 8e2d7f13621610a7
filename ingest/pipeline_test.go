package ingest_test

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/internal/commitcount"
	"github.com/kgassist/kgassist/internal/demostore"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
)

func testPipeline(t *testing.T) (*ingest.Pipeline, *sqlite.Store) {
	t.Helper()
	p, st := demostore.Pipeline(t, t.TempDir())
	p.Limits = load.Limits{MaxFileBytes: 1 << 20}
	return p, st
}

// A bad new version of a document fails alone and leaves the stored
// version exactly as it was.
func TestBadVersionLeavesStoredDocument(t *testing.T) {
	p, st := testPipeline(t)
	ctx := context.Background()
	good := ingest.Source{URI: "manuals/pump.docx", Data: docxBytes(t, "Rated voltage: 380 V ±10%."), Audience: kg.Public}
	if res := p.Ingest(ctx, good); res.Status != ingest.StatusOK {
		t.Fatalf("good version: %+v", res)
	}
	before, err := st.Document(ctx, kg.Restricted, kg.DocumentID(good.URI))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"truncated": good.Data[:len(good.Data)/2],
		"oversized": make([]byte, 2<<20),
		"empty":     {},
	} {
		res := p.Ingest(ctx, ingest.Source{URI: good.URI, Data: data, Audience: kg.Public})
		if res.Status != ingest.StatusFailed || res.Error == "" || res.Code == "" {
			t.Errorf("%s: result %+v, want a failure with a reason", name, res)
		}
		after, err := st.Document(ctx, kg.Restricted, before.ID)
		if err != nil || after.SHA256 != before.SHA256 || after.Chunks != before.Chunks || after.Facts != before.Facts {
			t.Errorf("%s: stored document changed: %+v -> %+v (%v)", name, before, after, err)
		}
	}
	hits, err := st.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "rated voltage", Limit: 5})
	if err != nil || len(hits) == 0 {
		t.Fatalf("old chunks gone: %v %v", hits, err)
	}
}

func TestIngestPathsReportsEveryFileInOrder(t *testing.T) {
	p, st := testPipeline(t)
	dir := t.TempDir()
	files := map[string][]byte{
		"a.md":    []byte("# A\n\nThe impeller CP200-IMP-01 is cast in CF8 stainless steel.\n"),
		"b.doc":   []byte("legacy"),
		"c.csv":   []byte("Part No.,Description,Qty\nCP200-IMP-01,Impeller,1\n"),
		"d.pdf":   []byte("%PDF-1.4 garbage"),
		"e.txt":   []byte("额定电压：380 V ±10%。\n"),
		".hidden": []byte("skipped"),
	}
	for name, data := range files {
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	var seen []string
	rep, err := p.IngestPaths(context.Background(), []string{dir}, kg.Internal, func(done, total int, r ingest.Result) {
		if total != 5 || done != len(seen)+1 {
			t.Errorf("progress %d/%d after %d", done, total, len(seen))
		}
		seen = append(seen, filepath.Base(r.URI))
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a.md", "b.doc", "c.csv", "d.pdf", "e.txt"}
	for i := range want {
		if i >= len(seen) || seen[i] != want[i] {
			t.Fatalf("order = %v, want %v", seen, want)
		}
	}
	if rep.OK != 3 || rep.Failed != 1 || rep.Skipped != 1 {
		t.Fatalf("report = %+v", rep)
	}
	if r := rep.Results[1]; r.Status != ingest.StatusSkipped || !strings.Contains(r.Error, ".docx") || rep.Results[3].Code != kg.EINVALID {
		t.Fatalf("b.doc = %+v, d.pdf code %q", r, rep.Results[3].Code)
	}
	docs, _ := st.ListDocuments(context.Background(), kg.Restricted, kg.DocumentQuery{Limit: 10})
	if len(docs) != 3 {
		t.Fatalf("stored %d documents, want 3", len(docs))
	}
	rep2, _ := p.IngestPaths(context.Background(), []string{dir}, kg.Internal, nil)
	if rep2.Unchanged != 3 || rep2.OK != 0 {
		t.Fatalf("second run = %+v, want 3 unchanged", rep2)
	}
}

func TestCanceledRunStopsCleanly(t *testing.T) {
	p, _ := testPipeline(t)
	dir := t.TempDir()
	for i := 0; i < 50; i++ {
		os.WriteFile(filepath.Join(dir, "f"+string(rune('a'+i%26))+string(rune('a'+i/26))+".md"), []byte("# T\n\nText about the pump.\n"), 0o644)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := p.IngestPaths(ctx, []string{dir}, kg.Public, func(done, total int, r ingest.Result) {
		n++
		if n == 5 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// docxBytes builds a minimal DOCX with one paragraph.
func docxBytes(t *testing.T, text string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Pump manual</w:t></w:r></w:p><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:body></w:document>`,
	}
	for _, name := range []string{"[Content_Types].xml", "word/document.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[name]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// panicky is an extractor with a bug.
type panicky struct{}

func (panicky) Extract(context.Context, *load.Parsed, []chunk.Piece) (extract.Facts, error) {
	var s []string
	_ = s[len(s)-1]
	return extract.Facts{}, nil
}

// An extractor's panic fails that one document, with its name, and the
// rest of the run goes on.
func TestExtractorPanicFailsOneDocument(t *testing.T) {
	p, _ := testPipeline(t)
	dir := t.TempDir()
	for _, n := range []string{"a.md", "b.md"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("# "+n+"\n\nRated voltage: 380 V.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p.Extractor = panicky{}
	rep, err := p.IngestPaths(context.Background(), []string{dir}, kg.Internal, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Failed != 2 || len(rep.Results) != 2 {
		t.Fatalf("report %+v, want two failed documents", rep)
	}
	for _, r := range rep.Results {
		if !strings.Contains(r.Error, r.URI) || !strings.Contains(r.Error, "extract") {
			t.Errorf("error %q does not name %s and the failing step", r.Error, r.URI)
		}
	}
}

// panickyModel is a model client with a bug, run on its own goroutines.
type panickyModel struct{}

func (panickyModel) ExtractChunk(context.Context, kg.Chunk, string) (extract.Facts, error) {
	var m map[string]int
	m["x"]++
	return extract.Facts{}, nil
}

// A panic on a model extraction goroutine fails the document, by name,
// instead of ending the process.
func TestModelExtractorPanicFailsOneDocument(t *testing.T) {
	p, _ := testPipeline(t)
	rules, err := extract.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	p.Extractor = &extract.Composite{Rules: rules, LLM: panickyModel{}}
	res := p.Ingest(context.Background(), ingest.Source{URI: "notes/model.md", Data: []byte("# M\n\nThe impeller is bronze.\n"), Audience: kg.Internal})
	if res.Status != ingest.StatusFailed || !strings.Contains(res.Error, "notes/model.md") || !strings.Contains(res.Error, "bug") {
		t.Fatalf("result %+v, want a failure naming notes/model.md", res)
	}
}

// Sources given together (an upload of several files) are written in one
// group commit where the store has it, and each is reported in order.
func TestIngestSourcesCommitsTogether(t *testing.T) {
	p, st := testPipeline(t)
	counter := commitcount.New(st)
	p.Store = counter
	ctx := context.Background()
	srcs := []ingest.Source{
		{URI: "up/a.md", Data: []byte("# A\n\nThe impeller CP200-IMP-01 is cast in CF8 stainless steel.\n"), Audience: kg.Public},
		{URI: "up/b.pdf", Data: []byte("%PDF-1.4 garbage"), Audience: kg.Public},
		{URI: "up/c.csv", Data: []byte("Part No.,Description,Qty\nCP200-IMP-01,Impeller,1\n"), Audience: kg.Internal},
		{URI: "up/d.txt", Data: []byte("额定电压：380 V ±10%。\n"), Audience: kg.Public},
	}
	results, err := p.IngestSources(ctx, srcs)
	if err != nil {
		t.Fatal(err)
	}
	want := []ingest.Status{ingest.StatusOK, ingest.StatusFailed, ingest.StatusOK, ingest.StatusOK}
	for i, res := range results {
		if res.URI != srcs[i].URI || res.Status != want[i] {
			t.Errorf("result %d = %s %s, want %s %s", i, res.URI, res.Status, srcs[i].URI, want[i])
		}
	}
	if commits, groups := counter.Counts(); groups != 1 || commits != 0 {
		t.Errorf("%d group commits and %d single ones, want the three documents in one group", groups, commits)
	}
	if hits, err := st.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "impeller", Limit: 5}); err != nil || len(hits) == 0 {
		t.Errorf("search after the group: %v %v", hits, err)
	}
	again, _ := p.IngestSources(ctx, srcs[:1])
	if again[0].Status != ingest.StatusUnchanged {
		t.Errorf("the same file again: %+v", again[0])
	}
}

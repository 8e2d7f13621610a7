package load

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// loadFuzz loads data under name and fails on a panic (Load turns parser
// panics into errors, so a panic here escaped the guard) or on an error
// that is not a *kg.Error with one of the codes loaders may return.
func loadFuzz(t *testing.T, name string, data []byte) {
	lim := Limits{PDFTimeout: 200 * time.Millisecond, MaxFileBytes: 4 << 20}
	p, err := Load(context.Background(), name, data, lim)
	if err != nil {
		switch kg.ErrorCode(err) {
		case kg.EINVALID, kg.ETOOLARGE, kg.ETIMEOUT, kg.EUNAVAILABLE:
			return
		}
		t.Fatalf("%s: unexpected error %v", name, err)
	}
	if p == nil || len(p.Blocks) == 0 {
		t.Fatalf("%s: success with no blocks", name)
	}
}

func loadSeedFiles(f *testing.F, ext string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "loaders", "*"+ext))
	for _, path := range files {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
}

// fuzzLoad fuzzes the loader of name's format, seeded with the fixtures
// of that format and seeds.
func fuzzLoad(f *testing.F, name string, seeds ...[]byte) {
	loadSeedFiles(f, filepath.Ext(name))
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, name, data) })
}

func FuzzLoadMarkdown(f *testing.F) { fuzzLoad(f, "f.md", []byte("---\nx\n---\n# t\n```\ncode")) }

func FuzzLoadText(f *testing.F) { fuzzLoad(f, "f.txt") }

func FuzzLoadHTML(f *testing.F) {
	fuzzLoad(f, "f.html", []byte("<table><tr><td colspan=99999>x</td></tr></table>"))
}

func FuzzLoadCSV(f *testing.F) {
	loadSeedFiles(f, ".tsv")
	fuzzLoad(f, "f.csv", []byte("a,\"b\nc\"\"d,e"))
}

func FuzzLoadDOCX(f *testing.F) {
	fuzzLoad(f, "f.docx", loadTestDOCX(f, loadDocxBody),
		loadTestDOCX(f, "<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>"))
}

func FuzzLoadXLSX(f *testing.F) { fuzzLoad(f, "f.xlsx", loadTestXLSX(f)) }

func FuzzLoadPDF(f *testing.F) {
	fuzzLoad(f, "f.pdf", pdfTestFile([]string{"第一章 总则\nx", "(a) b"}))
}

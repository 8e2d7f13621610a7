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

func FuzzLoadMarkdown(f *testing.F) {
	loadSeedFiles(f, ".md")
	f.Add([]byte("---\nx\n---\n# t\n```\ncode"))
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, "f.md", data) })
}

func FuzzLoadText(f *testing.F) {
	loadSeedFiles(f, ".txt")
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, "f.txt", data) })
}

func FuzzLoadHTML(f *testing.F) {
	loadSeedFiles(f, ".html")
	f.Add([]byte("<table><tr><td colspan=99999>x</td></tr></table>"))
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, "f.html", data) })
}

func FuzzLoadCSV(f *testing.F) {
	loadSeedFiles(f, ".csv")
	loadSeedFiles(f, ".tsv")
	f.Add([]byte("a,\"b\nc\"\"d,e"))
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, "f.csv", data) })
}

func FuzzLoadDOCX(f *testing.F) {
	f.Add(loadTestDOCX(f, loadDocxBody))
	f.Add(loadTestDOCX(f, "<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>"))
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, "f.docx", data) })
}

func FuzzLoadXLSX(f *testing.F) {
	f.Add(loadTestXLSX(f))
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, "f.xlsx", data) })
}

func FuzzLoadPDF(f *testing.F) {
	loadSeedFiles(f, ".pdf")
	f.Add(pdfTestFile([]string{"第一章 总则\nx", "(a) b"}))
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, "f.pdf", data) })
}

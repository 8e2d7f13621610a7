package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/ziptest"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// demoDoc is the plain text of one demo file and the audience of its folder.
type demoDoc struct {
	audience string
	text     string // normalized
}

// demoDocs reads every file of the demo corpus as text, keyed by base name,
// the way the question sets name sources.
func demoDocs(t *testing.T) map[string]demoDoc {
	t.Helper()
	docs := map[string]demoDoc{}
	for _, audience := range []string{"public", "internal"} {
		entries, err := os.ReadDir(filepath.Join(demoDir, audience))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			path := filepath.Join(demoDir, audience, e.Name())
			docs[e.Name()] = demoDoc{audience, normalize(fileText(t, path))}
		}
	}
	return docs
}

func fileText(t *testing.T, path string) string {
	t.Helper()
	switch filepath.Ext(path) {
	case ".pdf":
		return strings.Join(pdfPages(t, path), "\n")
	case ".xlsx":
		return workbookText(t, path)
	case ".docx":
		return docxText(t, path)
	case ".txt":
		b, err := simplifiedchinese.GBK.NewDecoder().Bytes(readFile(t, path))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	return string(readFile(t, path))
}

func workbookText(t *testing.T, path string) string {
	f := openWorkbook(t, path)
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			b.WriteString(strings.Join(r, " | ") + "\n")
		}
	}
	return b.String()
}

var xmlTag = regexp.MustCompile(`<[^>]+>`)

func docxText(t *testing.T, path string) string {
	t.Helper()
	for _, e := range ziptest.Entries(t, readFile(t, path)) {
		if e[0] == "word/document.xml" {
			return html.UnescapeString(xmlTag.ReplaceAllString(e[1], " "))
		}
	}
	t.Fatalf("%s has no word/document.xml", path)
	return ""
}

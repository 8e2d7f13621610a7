package load

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPDFTitle(t *testing.T) {
	cases := []struct{ info, want string }{
		{"HF-CP200 Centrifugal Pump Data Sheet", "HF-CP200 Centrifugal Pump Data Sheet"},
		{"  Pump   manual ", "Pump manual"},
		{"", ""},
		{"Microsoft Word - spec.docx", ""},
		{"scan_0001.tif", ""},
		{"Untitled", ""},
		{strings.Repeat("word ", 60), ""},
	}
	for _, c := range cases {
		if got := pdfTitle(c.info); got != c.want {
			t.Errorf("pdfTitle(%q) = %q, want %q", c.info, got, c.want)
		}
	}
}

// The demo data sheet names itself in its document information; its
// first line is no marked heading, so without it the title would be the
// file name.
func TestLoadPDFInfoTitle(t *testing.T) {
	path := filepath.Join("..", "..", "examples", "demo", "public", "spec_sheet.pdf")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(context.Background(), path, data, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if want := "HF-CP200 Centrifugal Pump Data Sheet"; p.Title != want {
		t.Errorf("title %q, want %q", p.Title, want)
	}
}

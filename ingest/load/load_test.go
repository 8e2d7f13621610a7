package load

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/loaders")

// loadDump renders a Parsed in a stable, reviewable text form.
func loadDump(p *Parsed) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format=%s title=%q encoding=%s\n", p.Format, p.Title, p.Encoding)
	for _, bl := range p.Blocks {
		switch bl.Kind {
		case Heading:
			fmt.Fprintf(&b, "H%d p%d %q\n", bl.Level, bl.Page, bl.Text)
		case Paragraph:
			fmt.Fprintf(&b, "P p%d %q\n", bl.Page, bl.Text)
		case ListItem:
			fmt.Fprintf(&b, "L p%d %q\n", bl.Page, bl.Text)
		case TableBlock:
			fmt.Fprintf(&b, "T %q header=%q\n", bl.Table.Name, bl.Table.Header)
			for _, r := range bl.Table.Rows {
				fmt.Fprintf(&b, "  row %q\n", r)
			}
		}
	}
	return b.String()
}

// TestLoadGolden loads every fixture under testdata/loaders that has a
// text format and compares the blocks with its .golden file.
func TestLoadGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "loaders", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range files {
		ext := filepath.Ext(path)
		if ext == ".golden" || ext == ".pdf" {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			loadCompareGolden(t, path+".golden", loadDumped(t, path, data))
		})
	}
	if n < 5 {
		t.Fatalf("found %d fixtures, want at least 5", n)
	}
}

// loadDumped loads data as the file name, without limits, and renders
// what it read.
func loadDumped(t *testing.T, name string, data []byte) string {
	t.Helper()
	p, err := Load(context.Background(), name, data, Limits{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return loadDump(p)
}

func loadCompareGolden(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s:\n--- got\n%s--- want\n%s", golden, got, want)
	}
}

// TestHTMLHidesInvisibleText checks the property the golden file shows,
// independently of its layout: nothing a browser hides reaches the blocks.
func TestHTMLHidesInvisibleText(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "loaders", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	dump := loadDumped(t, "page.html", data)
	for _, bad := range []string{"hidden attribute", "aria hidden", "display none", "visibility hidden",
		"noscript", "template text", "script text", "comment", "color:red"} {
		if strings.Contains(dump, bad) {
			t.Errorf("invisible text %q leaked:\n%s", bad, dump)
		}
	}
	for _, good := range []string{"Visible paragraph about the gearbox.", "Loose text in body.", "Sub item"} {
		if !strings.Contains(dump, good) {
			t.Errorf("visible text %q missing:\n%s", good, dump)
		}
	}
}

// loadWantCode asserts err carries code.
func loadWantCode(t *testing.T, err error, code string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %s", code)
	}
	if got := kg.ErrorCode(err); got != code {
		t.Fatalf("got code %s (%v), want %s", got, err, code)
	}
	var ke *kg.Error
	if !errors.As(err, &ke) {
		t.Fatalf("error %v is not a *kg.Error", err)
	}
}

func TestLoadBadInput(t *testing.T) {
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919 + i/3)
	}
	cases := []struct {
		name string
		data []byte
		code string
	}{
		{"empty.md", nil, kg.EINVALID},
		{"empty.docx", []byte{}, kg.EINVALID},
		{"empty.pdf", []byte{}, kg.EINVALID},
		{"random.docx", random, kg.EINVALID},
		{"random.xlsx", random, kg.EINVALID},
		{"random.pdf", random, kg.EINVALID},
		{"random.txt", random, kg.EINVALID},
		{"random.csv", random, kg.EINVALID},
		{"truncated.docx", loadTestDOCX(t, loadDocxBody)[:200], kg.EINVALID},
		{"truncated.xlsx", loadTestXLSX(t)[:300], kg.EINVALID},
		{"truncated.pdf", pdfTestFile([]string{"Hello"})[:150], kg.EINVALID},
		{"blank.txt", []byte("\n\n   \n"), kg.EINVALID},
		{"legacy.doc", []byte("x"), kg.EUNSUPPORTED},
		{"sheet.xls", []byte("x"), kg.EUNSUPPORTED},
		{"slides.pptx", []byte("x"), kg.EUNSUPPORTED},
		{"noext", []byte("x"), kg.EUNSUPPORTED},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(context.Background(), c.name, c.data, Limits{PDFTimeout: 5e9})
			loadWantCode(t, err, c.code)
		})
	}
}

func TestLoaderForNamesSupportedFormats(t *testing.T) {
	_, err := LoaderFor("old.doc", Limits{})
	loadWantCode(t, err, kg.EUNSUPPORTED)
	msg := kg.ErrorMessage(err)
	for _, want := range []string{".doc", ".docx", ".xlsx", ".pdf", ".md", ".csv"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not mention %s", msg, want)
		}
	}
	for _, ext := range SupportedExtensions() {
		if _, err := LoaderFor("file"+strings.ToUpper(ext), Limits{}); err != nil {
			t.Errorf("LoaderFor(%s): %v", ext, err)
		}
	}
}

func TestCheckSize(t *testing.T) {
	lim := Limits{MaxFileBytes: 10}
	loadWantCode(t, CheckSize("a.pdf", 11, lim), kg.ETOOLARGE)
	loadWantCode(t, CheckSize("a.pdf", 0, lim), kg.EINVALID)
	if err := CheckSize("a.pdf", 10, lim); err != nil {
		t.Fatal(err)
	}
	_, err := Load(context.Background(), "big.txt", []byte("0123456789ab"), lim)
	loadWantCode(t, err, kg.ETOOLARGE)
}

// TestLoadRefusesTooManyRows bounds the rows of one table: a CSV or sheet
// with one row more than the limit is refused with a message naming the
// table and the limit, and one at the limit loads.
func TestLoadRefusesTooManyRows(t *testing.T) {
	var csv strings.Builder
	csv.WriteString("Part No.,Qty\n")
	for i := range 100 {
		fmt.Fprintf(&csv, "P-%03d,%d\n", i, i)
	}
	ctx := context.Background()
	if p, err := Load(ctx, "parts.csv", []byte(csv.String()), Limits{MaxTableRows: 100}); err != nil || len(p.Blocks[0].Table.Rows) != 100 {
		t.Fatalf("100 rows at a limit of 100: %v", err)
	}
	_, err := Load(ctx, "parts.csv", []byte(csv.String()), Limits{MaxTableRows: 99})
	loadWantCode(t, err, kg.ETOOLARGE)
	if msg := kg.ErrorMessage(err); !strings.Contains(msg, `"parts"`) || !strings.Contains(msg, "99 rows") {
		t.Errorf("message %q names neither the table nor the limit", msg)
	}
	xlsx := loadTestXLSX(t) // the BOM sheet has 3 rows under its header
	if _, err := Load(ctx, "bom.xlsx", xlsx, Limits{MaxTableRows: 3}); err != nil {
		t.Fatalf("3 rows at a limit of 3: %v", err)
	}
	_, err = Load(ctx, "bom.xlsx", xlsx, Limits{MaxTableRows: 2})
	loadWantCode(t, err, kg.ETOOLARGE)
}

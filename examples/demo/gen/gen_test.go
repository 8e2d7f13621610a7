package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kgassist/kgassist/internal/ziptest"
	"github.com/ledongthuc/pdf"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

var update = flag.Bool("update", false, "rewrite the committed generated files of the demo corpus")

// demoDir is the demo corpus folder seen from this package.
const demoDir = ".."

func TestGeneratedFilesAreCurrentAndDeterministic(t *testing.T) {
	ctx := context.Background()
	if *update {
		if err := Generate(ctx, demoDir, demoDir); err != nil {
			t.Fatal(err)
		}
	}
	first, second := t.TempDir(), t.TempDir()
	for _, dir := range []string{first, second} {
		if err := Generate(ctx, demoDir, dir); err != nil {
			t.Fatal(err)
		}
	}
	for _, o := range outputs {
		a := readFile(t, filepath.Join(first, o.path))
		if b := readFile(t, filepath.Join(second, o.path)); !bytes.Equal(a, b) {
			t.Errorf("%s: two runs differ (%d vs %d bytes)", o.path, len(a), len(b))
		}
		if c := readFile(t, filepath.Join(demoDir, o.path)); !bytes.Equal(a, c) {
			t.Errorf("%s: committed file is stale; run go run ./examples/demo/gen", o.path)
		}
	}
}

func TestSpecSheetTextExtractsPerPage(t *testing.T) {
	pages := pdfPages(t, filepath.Join(demoDir, "public", "spec_sheet.pdf"))
	if len(pages) != 2 {
		t.Fatalf("got %d pages, want 2", len(pages))
	}
	cases := []struct {
		page    int
		text    string
		present bool
	}{
		{1, "Maximum flow 50 m³/h", true},
		{1, "Rated voltage 380 V ±10%", true},
		{1, "−", false}, // U+2212 has no WinAnsi code; a plain hyphen is used
		{2, "40 32.0 72 4.8 3.2", true},
		{2, "Overall length × width × height 1050 × 420 × 520", true},
		{2, "Foundation bolt spacing 950 × 340 4 holes Ø20 mm", true},
		{1, "Foundation bolt spacing", false},
		{2, "Rated voltage", false},
	}
	for _, c := range cases {
		got := strings.Contains(pages[c.page-1], c.text)
		if got != c.present {
			t.Errorf("page %d contains %q = %v, want %v\n%s", c.page, c.text, got, c.present, pages[c.page-1])
		}
	}
}

func TestFaultCodesAreGBK(t *testing.T) {
	raw := readFile(t, filepath.Join(demoDir, "internal", "fault_codes_gbk.txt"))
	if utf8.Valid(raw) {
		t.Fatal("fault_codes_gbk.txt is valid UTF-8; it must be GBK so loaders meet a legacy encoding")
	}
	text, err := simplifiedchinese.GBK.NewDecoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"E07 压力变送器信号异常", "45 N·m", "西安华测仪表"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("decoded text lacks %q", want)
		}
	}
}

func TestBOMWorkbookMatchesCSV(t *testing.T) {
	csvRows, err := readCSV(filepath.Join(demoDir, "internal", "bom.csv"))
	if err != nil {
		t.Fatal(err)
	}
	f := openWorkbook(t, filepath.Join(demoDir, "internal", "bom.xlsx"))
	if got := f.GetSheetList(); strings.Join(got, ",") != "BOM,Spare parts" {
		t.Fatalf("sheets %v, want BOM and Spare parts", got)
	}
	rows, err := f.GetRows("BOM")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(csvRows) {
		t.Fatalf("BOM sheet has %d rows, bom.csv %d", len(rows), len(csvRows))
	}
	for i := range rows {
		if got, want := strings.Join(rows[i], "|"), strings.TrimRight(strings.Join(csvRows[i], "|"), "|"); got != want {
			t.Errorf("row %d: sheet %q, csv %q", i+1, got, want)
		}
	}
	spares, err := f.GetRows("Spare parts")
	if err != nil {
		t.Fatal(err)
	}
	public, err := readCSV(filepath.Join(demoDir, "public", "spare_parts.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(spares) != len(public) {
		t.Errorf("Spare parts sheet has %d rows, public list %d", len(spares), len(public))
	}
}

func TestFMEAWorkbook(t *testing.T) {
	f := openWorkbook(t, filepath.Join(demoDir, "internal", "fmea.xlsx"))
	rows, err := f.GetRows("FMEA")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows)-1 != len(fmeaRows) || len(fmeaRows) < 25 {
		t.Fatalf("FMEA sheet has %d data rows, want %d (at least 25)", len(rows)-1, len(fmeaRows))
	}
	blank := 0
	for _, r := range rows[1:] {
		if r[0] == "" {
			blank++
		}
	}
	if blank == 0 {
		t.Error("no continuation rows with an empty Item cell")
	}
	merged, err := f.GetMergeCells("FMEA")
	if err != nil {
		t.Fatal(err)
	}
	if len(merged) != 1 || merged[0].GetCellValue() != mergedItem {
		t.Errorf("want one merged Item range holding %q, got %d ranges", mergedItem, len(merged))
	}
}

func TestSOPIsWellFormedDocx(t *testing.T) {
	data := readFile(t, filepath.Join(demoDir, "internal", "assembly_sop.docx"))
	var body string
	for _, e := range ziptest.Entries(t, data) {
		if err := wellFormed([]byte(e[1])); err != nil {
			t.Errorf("%s: %v", e[0], err)
		}
		if e[0] == "word/document.xml" {
			body = e[1]
		}
	}
	for _, want := range []string{"Step 1: ", "tighten the impeller nut CP200-IMP-02 to 45 N·m using a torque wrench", `w:val="Heading2"`, "<w:tbl>"} {
		if !strings.Contains(body, want) {
			t.Errorf("document.xml lacks %q", want)
		}
	}
}

func wellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func pdfPages(t *testing.T, path string) []string {
	t.Helper()
	data := readFile(t, path)
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var pages []string
	for i := 1; i <= r.NumPage(); i++ {
		text, err := r.Page(i).GetPlainText(nil)
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		pages = append(pages, text)
	}
	return pages
}

func openWorkbook(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

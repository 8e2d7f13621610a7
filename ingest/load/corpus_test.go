package load

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/corpustest"
)

// loadCorpusDir finds the shared test corpus beside the repository: public
// material kept outside it.
func loadCorpusDir(t *testing.T) string {
	t.Helper()
	return corpustest.Dir(t)
}

func loadCorpusFile(t *testing.T, path string) *Parsed {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(context.Background(), path, data, Limits{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return p
}

// TestLoadCorpusPDFPages reads the real PDFs (each one page; the
// two-page fixture covers page changes) and checks text lands on page 1.
func TestLoadCorpusPDFPages(t *testing.T) {
	root := loadCorpusDir(t)
	cases := map[string]string{
		"openflexure-v6/design_files/Butchering a C270 webcam & adding an LED.pdf": "Open the casing",
		"openflexure-v6/docs/original_images/microscope_body_part_names.pdf":       "parts of the microscope body",
	}
	for path, want := range cases {
		p := loadCorpusFile(t, filepath.Join(root, path))
		found := false
		for _, b := range p.Blocks {
			if b.Page != 1 {
				t.Errorf("%s: block on page %d: %q", path, b.Page, b.Text)
			}
			found = found || strings.Contains(b.Text, want)
		}
		if !found {
			t.Errorf("%s: no %q in\n%s", path, want, loadDump(p))
		}
	}
}

func TestLoadCorpusHeadings(t *testing.T) {
	root := loadCorpusDir(t)
	p := loadCorpusFile(t, filepath.Join(root, "openflexure-v6/docs/1_actuator_assembly.md"))
	if p.Title != "Actuator assembly" || !loadHasBlock(p, Heading, 2, "Parts") {
		t.Errorf("title %q, blocks:\n%s", p.Title, loadDump(p))
	}
	p = loadCorpusFile(t, filepath.Join(root, "mycobot280-manual-zh-en/cn/1-ProductInformation/2.ProductParameter/2-ProductParameters.md"))
	if !loadHasBlock(p, Heading, 2, "1.机器人规格参数") {
		t.Errorf("missing heading:\n%s", loadDump(p))
	}
	var specs *Table
	for _, b := range p.Blocks {
		if b.Kind == TableBlock && specs == nil {
			specs = b.Table
		}
	}
	if specs == nil || strings.Join(specs.Header, "|") != "指标|参数" || len(specs.Rows) != 10 {
		t.Fatalf("spec table %+v", specs)
	}
}

func loadHasBlock(p *Parsed, kind BlockKind, level int, text string) bool {
	for _, b := range p.Blocks {
		if b.Kind == kind && b.Level == level && b.Text == text {
			return true
		}
	}
	return false
}

func TestLoadCorpusCSV(t *testing.T) {
	root := loadCorpusDir(t)
	cases := []struct {
		path       string
		firstCol   string
		header     int // header cells
		rows       int
		widestRows int // rows with more cells than the header
	}{
		// Four rows hold an unquoted comma in their long name; they are
		// joined back, so none is wider than the header.
		{"osr-bom/parts_list.csv", "assembly", 8, 47, 0},
		{"fmea-hybrid-rag/data/dataset/fmea_dataset_combined.csv", "Subsystem", 12, 330, 0},
		{"mwo-workorders/work_orders.csv", "WO_Type", 25, 500, 0},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.path), func(t *testing.T) {
			p := loadCorpusFile(t, filepath.Join(root, c.path))
			if len(p.Blocks) != 1 || p.Blocks[0].Kind != TableBlock {
				t.Fatalf("want one table, got %d blocks", len(p.Blocks))
			}
			tb := p.Blocks[0].Table
			named := 0
			for _, h := range tb.Header {
				if h != "" {
					named++
				}
			}
			if tb.Header[0] != c.firstCol || named != c.header || len(tb.Rows) != c.rows {
				t.Fatalf("header %q (%d named), %d rows; want %s, %d, %d", tb.Header, named, len(tb.Rows), c.firstCol, c.header, c.rows)
			}
			wide := 0
			for _, r := range tb.Rows {
				if len(r) > c.header && r[len(r)-1] != "" {
					wide++
				}
			}
			if wide != c.widestRows {
				t.Errorf("%d rows with extra cells, want %d", wide, c.widestRows)
			}
		})
	}
}

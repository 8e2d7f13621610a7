package plantgen

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// File renders document i of the generated plant as a file a user might
// ingest: service sheets in Markdown (specification and troubleshooting
// tables, prose with values) and BOMs in CSV, alternating.
func File(seed int64, i int) (name string, data []byte) {
	d := doc(seed, i)
	line := i / 10
	if i%2 == 1 {
		return fmt.Sprintf("line-%04d/bom-%05d.csv", line, i), bomCSV(d)
	}
	return fmt.Sprintf("line-%04d/sheet-%05d.md", line, i), sheetMarkdown(d, line)
}

// WriteFiles writes documents 0 to n-1 of the plant generated from seed
// under dir, in the folders File names, for tests and benchmarks that
// ingest a corpus from disk.
func WriteFiles(dir string, seed int64, n int) error {
	for i := 0; i < n; i++ {
		name, data := File(seed, i)
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// BenchCorpus writes the generated corpus a benchmark ingests into a
// temporary folder: KGASSIST_BENCH_DOCS documents, or def where it is
// unset.
func BenchCorpus(tb testing.TB, def int) (dir string, n int) {
	tb.Helper()
	n = def
	if v, err := strconv.Atoi(os.Getenv("KGASSIST_BENCH_DOCS")); err == nil && v > 0 {
		n = v
	}
	dir = tb.TempDir()
	if err := WriteFiles(dir, 1, n); err != nil {
		tb.Fatal(err)
	}
	return dir, n
}

func bomCSV(d Doc) []byte {
	var b strings.Builder
	b.WriteString("Parent,Part No.,Description,Qty,Unit\n")
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	for _, r := range d.Relations {
		if r.Type == "HAS_PART" {
			fmt.Fprintf(&b, "%s,%s,%s,%s,pcs\n", csvCell(names[r.From]), csvCell(strings.ToUpper(strings.ReplaceAll(names[r.To], " ", "-"))), csvCell(names[r.To]), r.Props["qty"])
		}
	}
	return []byte(b.String())
}

func sheetMarkdown(d Doc, line int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", d.Doc.Title)
	for _, c := range d.Chunks {
		fmt.Fprintf(&b, "## %s\n\n%s\n\n", c.Section[len(c.Section)-1], c.Text)
	}
	b.WriteString("## Specifications\n\n| Parameter | Value | Unit |\n|---|---|---|\n")
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	n := 0
	for _, r := range d.Relations {
		if r.Type == "HAS_PARAMETER" && n < 20 {
			fmt.Fprintf(&b, "| %s %s | %s | %s |\n", names[r.From], names[r.To], r.Props["value"], r.Props["unit"])
			n++
		}
	}
	b.WriteString("\n## Troubleshooting\n\n| Symptom | Possible cause | Remedy |\n|---|---|---|\n")
	for f := 0; f < 8; f++ {
		fmt.Fprintf(&b, "| %s %s | %s | %s |\n", ProductName(line), symptoms[f], causes[f], actions[f])
	}
	fmt.Fprintf(&b, "\nRated voltage: %d V ±10%%. Tighten the flange bolts to %d N·m using a torque wrench.\n", 220+line%3*80, 20+line%40)
	return []byte(b.String())
}

func csvCell(s string) string {
	if strings.ContainsAny(s, ",\"\n") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

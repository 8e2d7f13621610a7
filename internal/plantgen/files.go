package plantgen

import (
	"fmt"
	"strings"
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

package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/kgassist/kgassist/kg"
)

// fixedTime is written wherever a file format wants a timestamp, so that
// regenerating the corpus gives identical bytes.
const fixedTime = "2026-01-05T08:00:00Z"

// output is one generated file: its path under the demo folder and the
// function that renders it from the sources in src.
type output struct {
	path   string
	render func(ctx context.Context, src string) ([]byte, error)
}

var outputs = []output{
	{"internal/bom.xlsx", renderBOMWorkbook},
	{"internal/fmea.xlsx", renderFMEAWorkbook},
	{"internal/assembly_sop.docx", renderSOP},
	{"internal/fault_codes_gbk.txt", renderFaultCodesGBK},
	{"public/spec_sheet.pdf", renderSpecSheet},
}

// Generate renders every generated file of the demo corpus from the text
// sources under src and writes them under out.
func Generate(ctx context.Context, src, out string) error {
	for _, o := range outputs {
		if err := ctx.Err(); err != nil {
			return kg.Wrap("gen.Generate", err)
		}
		data, err := o.render(ctx, src)
		if err != nil {
			return kg.Wrap("gen."+o.path, err)
		}
		if err := writeFile(filepath.Join(out, o.path), data); err != nil {
			return kg.Wrap("gen."+o.path, err)
		}
	}
	return nil
}

func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

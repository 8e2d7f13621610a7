package main

import (
	"context"
	"path/filepath"

	"github.com/kgassist/kgassist/kg"
)

// spareTerms are the commercial terms of the spare parts. They exist only in
// the internal workbook: customers see the public spare parts list without
// prices, lead times or suppliers.
var spareTerms = keyedRows(tsvTable("spare_terms"))

// renderBOMWorkbook writes the multi-level BOM of internal/bom.csv to the
// sheet "BOM" and the spare parts list with internal terms to "Spare parts".
func renderBOMWorkbook(ctx context.Context, src string) ([]byte, error) {
	bom, err := readCSV(filepath.Join(src, "internal", "bom.csv"))
	if err != nil {
		return nil, err
	}
	spares, err := readCSV(filepath.Join(src, "public", "spare_parts.csv"))
	if err != nil {
		return nil, err
	}
	f, err := newWorkbook("BOM", "HF-CP200 bill of materials, revision C")
	if err != nil {
		return nil, err
	}
	if err := writeRows(f, "BOM", bom); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet("Spare parts"); err != nil {
		return nil, err
	}
	rows, err := internalSpares(spares, suppliersByPart(bom))
	if err != nil {
		return nil, err
	}
	if err := writeRows(f, "Spare parts", rows); err != nil {
		return nil, err
	}
	return workbookBytes(f)
}

func suppliersByPart(bom [][]string) map[string]string {
	m := map[string]string{}
	for _, r := range bom[1:] {
		m[r[1]] = r[8]
	}
	return m
}

// internalSpares extends the public spare parts rows (Part No., Name, 名称,
// Recommended stock, Unit, Notes) with supplier, price and lead time.
func internalSpares(public [][]string, supplier map[string]string) ([][]string, error) {
	out := [][]string{{"Part No.", "Name", "名称", "Recommended stock", "Unit", "Supplier", "Unit price (CNY)", "Lead time (days)"}}
	for _, r := range public[1:] {
		t, ok := spareTerms[r[0]]
		if !ok || supplier[r[0]] == "" {
			return nil, kg.Errorf(kg.EINVALID, "spare part %s has no internal terms or no supplier in the BOM", r[0])
		}
		out = append(out, []string{r[0], r[1], r[2], r[3], r[4], supplier[r[0]],
			t[0], t[1]})
	}
	return out, nil
}

package load

import (
	"bytes"
	"context"

	"github.com/kgassist/kgassist/kg"
	"github.com/xuri/excelize/v2"
)

// loadXLSX reads every visible sheet as a table named after the sheet.
// The archive is checked and fully inflated through SafeZip first, because
// excelize trusts the sizes in the zip directory; its own unzip limits are
// set as a second fence. Formulas yield their cached values, and merged
// cells repeat their value in every cell of the merge so that each row
// stands on its own as a citation.
func loadXLSX(ctx context.Context, name string, data []byte, lim Limits) (*Parsed, error) {
	z, err := OpenSafeZip(data, lim)
	if err != nil {
		return nil, err
	}
	if !z.Has("xl/workbook.xml") {
		return nil, kg.Errorf(kg.EINVALID, "not an XLSX workbook (no xl/workbook.xml)")
	}
	if err := z.CheckAll(); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    lim.MaxUncompressedBytes,
		UnzipXMLSizeLimit: lim.MaxUncompressedBytes, // keep sheets in memory, no temp files
	})
	if err != nil {
		return nil, loadCorrupt("xlsx", name, err)
	}
	defer f.Close()
	p := &Parsed{}
	if props, err := f.GetDocProps(); err == nil {
		p.Title = props.Title
	}
	for _, sheet := range f.GetSheetList() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		t, err := xlsxSheet(f, sheet, lim.MaxTableRows)
		if kg.ErrorCode(err) == kg.ETOOLARGE {
			return nil, err
		}
		if err != nil {
			return nil, loadCorrupt("xlsx", name, err)
		}
		if t != nil {
			p.Blocks = append(p.Blocks, Block{Kind: TableBlock, Table: t})
		}
	}
	return loadNeedText("xlsx", p)
}

// xlsxSheet returns nil for hidden or empty sheets. Hidden sheets are
// skipped for the same reason hidden text is: readers never see them.
func xlsxSheet(f *excelize.File, sheet string, maxRows int) (*Table, error) {
	if visible, err := f.GetSheetVisible(sheet); err == nil && !visible {
		return nil, nil
	}
	rows, err := f.GetRows(sheet)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if err := checkTableWidth(sheet, len(r)); err != nil {
			return nil, err
		}
	}
	merges, err := f.GetMergeCells(sheet)
	if err != nil {
		return nil, err
	}
	for _, m := range merges {
		rows = xlsxFillMerge(rows, m)
	}
	xlsxBlankHidden(f, sheet, rows)
	t := tableRows{name: sheet, max: maxRows}
	for _, r := range rows {
		if err := t.add(r); err != nil {
			return nil, err
		}
	}
	return t.table(), nil
}

// xlsxFillMerge copies a merge's value into every cell it covers, growing
// rows as needed. Merges are capped so that one absurd range in a hostile
// file cannot allocate millions of cells.
func xlsxFillMerge(rows [][]string, m excelize.MergeCell) [][]string {
	c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
	c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
	if err1 != nil || err2 != nil || c2 < c1 || r2 < r1 || (c2-c1+1)*(r2-r1+1) > 10000 {
		return rows
	}
	value := m.GetCellValue()
	for len(rows) < r2 {
		rows = append(rows, nil)
	}
	for r := r1 - 1; r < r2; r++ {
		for len(rows[r]) < c2 {
			rows[r] = append(rows[r], "")
		}
		for c := c1 - 1; c < c2; c++ {
			rows[r][c] = value
		}
	}
	return rows
}

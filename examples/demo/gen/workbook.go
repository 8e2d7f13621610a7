package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// newWorkbook returns an empty workbook whose first sheet is named first and
// whose document properties carry fixedTime instead of the clock.
func newWorkbook(first, title string) (*excelize.File, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", first); err != nil {
		return nil, err
	}
	err := f.SetDocProps(&excelize.DocProperties{
		Title:          title,
		Creator:        "Hanshan Fluid Machinery Co., Ltd.",
		LastModifiedBy: "Hanshan Fluid Machinery Co., Ltd.",
		Created:        fixedTime,
		Modified:       fixedTime,
	})
	return f, err
}

// writeRows writes rows from A1 on. Cells that read as numbers are stored as
// numbers, because loaders and spreadsheet users expect Qty or RPN to be
// numeric; empty cells stay empty so continuation rows look like real sheets.
func writeRows(f *excelize.File, sheet string, rows [][]string) error {
	for r, row := range rows {
		for c, v := range row {
			if v == "" {
				continue
			}
			cell, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				return err
			}
			if err := f.SetCellValue(sheet, cell, cellValue(v, r == 0)); err != nil {
				return err
			}
		}
	}
	return nil
}

func cellValue(v string, header bool) any {
	if header {
		return v
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil {
		return n
	}
	return v
}

func workbookBytes(f *excelize.File) ([]byte, error) {
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), f.Close()
}

func readCSV(path string) ([][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return csv.NewReader(bytes.NewReader(data)).ReadAll()
}

package load

import (
	"github.com/xuri/excelize/v2"
)

// xlsxBlankHidden empties the cells a reader of the sheet does not see:
// hidden rows, hidden columns, and cells whose font is white or nearly
// so. Blank cells then drop out of the table as empty ones do.
func xlsxBlankHidden(f *excelize.File, sheet string, rows [][]string) {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	hiddenCol := make([]bool, width)
	for c := range width {
		name, err := excelize.ColumnNumberToName(c + 1)
		if err != nil {
			continue
		}
		if visible, err := f.GetColVisible(sheet, name); err == nil && !visible {
			hiddenCol[c] = true
		}
	}
	styleHidden := map[int]bool{}
	for r, row := range rows {
		if visible, err := f.GetRowVisible(sheet, r+1); err == nil && !visible {
			clear(row)
			continue
		}
		for c := range row {
			if row[c] == "" {
				continue
			}
			if hiddenCol[c] || xlsxCellInvisible(f, sheet, c+1, r+1, styleHidden) {
				row[c] = ""
			}
		}
	}
}

func xlsxCellInvisible(f *excelize.File, sheet string, col, row int, cache map[int]bool) bool {
	cell, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return false
	}
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil || id == 0 {
		return false
	}
	if h, ok := cache[id]; ok {
		return h
	}
	h := false
	if st, err := f.GetStyle(id); err == nil && st.Font != nil {
		fill := ""
		if len(st.Fill.Color) > 0 && st.Fill.Pattern > 0 {
			fill = st.Fill.Color[0]
		}
		h = (fill == "" && colourInvisible(st.Font.Color)) || (fill != "" && st.Font.Color != "" && coloursClose(st.Font.Color, fill)) ||
			(st.Font.Size > 0 && st.Font.Size <= 2)
	}
	cache[id] = h
	return h
}

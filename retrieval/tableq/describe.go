package tableq

import (
	"strings"
	"unicode"
)

// describedBy is the column that names what column col holds as codes:
// "Functional_Location_Description" for a "Work_Order_Functional_Location"
// of codes such as 1234.01.01, found by the words the question used for
// col ("functional location", "功能位置") followed by a description word.
// -1 when col is not codes or has no such column.
func (t *Table) describedBy(col int, phrase string) int {
	if !t.codesOnly(col) {
		return -1
	}
	phrase = strings.TrimSpace(phrase)
	for j, c := range t.Columns {
		if j == col || c.Numeric {
			continue
		}
		for _, name := range t.columnNames(j) {
			for _, d := range describeWords {
				if name == phrase+d || name == phrase+" "+d {
					return j
				}
			}
		}
	}
	return -1
}

// describeWords follow a thing's name in the header that describes it.
var describeWords = []string{"description", "name", "text", "描述", "名称", "说明"}

// codesOnly reports a column whose filled cells are mostly without a
// letter: codes, not names.
func (t *Table) codesOnly(col int) bool {
	codes := 0
	for _, r := range t.Rows {
		v := r.Cell(col)
		if isNull(v) {
			continue
		}
		if !strings.ContainsFunc(v, unicode.IsLetter) {
			codes++
		}
	}
	return codes*2 > t.Columns[col].Filled
}

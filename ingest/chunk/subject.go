package chunk

import (
	"strings"

	"github.com/kgassist/kgassist/ingest/load"
)

// A two-column parameter table ("Index | Parameters") often names what it
// describes in its own rows: "Name | Robot Arm", "Model | myCobot 280".
// Its other rows ("Weight | 800g") then say nothing of whose weight it is,
// and a question about the arm's weight finds an accessory's first. Every
// row of such a table is placed under that name, as if under a heading.

// namingKeys are the first cells of the rows that name a table's subject.
var namingKeys = map[string]bool{
	"name": true, "model": true, "product": true, "product name": true, "model number": true,
	"名称": true, "型号": true, "产品": true, "产品名称": true, "产品型号": true,
}

// valueHeaders head the value column of a table that names its subject
// in its rows, not in its header.
var valueHeaders = map[string]bool{
	"parameters": true, "parameter": true, "value": true, "values": true, "specification": true,
	"specifications": true, "data": true, "details": true, "description": true,
	"参数": true, "数值": true, "规格": true, "参数值": true, "说明": true, "内容": true,
}

// tableSubject is what a two-column parameter table names itself in its
// rows, or "" when it names nothing.
func tableSubject(t *load.Table) string {
	if len(t.Header) != 2 || !valueHeaders[strings.ToLower(strings.Trim(strings.TrimSpace(t.Header[1]), "*_ :："))] {
		return "" // "Name | Flat base": the header names the subject already
	}
	var names []string
	for _, row := range t.Rows {
		if len(row) < 2 {
			continue
		}
		key := strings.ToLower(strings.Trim(strings.TrimSpace(row[0]), "*_ :："))
		v := strings.TrimSpace(strings.Trim(strings.TrimSpace(row[1]), "*_"))
		if namingKeys[key] && v != "" && len(v) <= 80 && !containsStr(names, v) {
			names = append(names, v)
		}
	}
	return strings.Join(names, " ")
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

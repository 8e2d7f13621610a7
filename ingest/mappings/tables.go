// Package mappings holds the default table mappings, prose rules and alias
// table that ingestion applies, and gives other packages read access to
// the column vocabulary: the answerer names a record's fields with the
// same header synonyms ingestion maps them by.
package mappings

import (
	"embed"
	"encoding/json"
	"io/fs"
	"sync"
)

//go:embed tables.json
var tablesJSON []byte

//go:embed *.json *.tsv
var defaults embed.FS

// Defaults holds the mapping files as shipped: tables.json, rules.json
// and aliases.tsv.
var Defaults fs.FS = defaults

// Column is one column role of a table kind with its header synonyms, in
// English and Chinese.
type Column struct {
	Kind     string
	Role     string
	Synonyms []string
}

var (
	columnsOnce sync.Once
	columns     []Column
)

// Columns lists every column role of every table kind. The file is
// embedded and checked by the ingest tests, so it always parses.
func Columns() []Column {
	columnsOnce.Do(func() {
		var f struct {
			Kinds []struct {
				Kind    string              `json:"kind"`
				Columns map[string][]string `json:"columns"`
			} `json:"kinds"`
		}
		if err := json.Unmarshal(tablesJSON, &f); err != nil {
			panic("mappings: tables.json: " + err.Error())
		}
		for _, k := range f.Kinds {
			for role, syns := range k.Columns {
				columns = append(columns, Column{Kind: k.Kind, Role: role, Synonyms: syns})
			}
		}
	})
	return columns
}

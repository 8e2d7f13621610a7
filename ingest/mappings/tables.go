// Package mappings holds the default table mappings, prose rules and alias
// table that ingestion applies, and gives other packages read access to
// the column vocabulary: the answerer names a record's fields with the
// same header synonyms ingestion maps them by.
package mappings

import (
	"bytes"
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
				Kind    string          `json:"kind"`
				Columns json.RawMessage `json:"columns"`
			} `json:"kinds"`
		}
		if err := json.Unmarshal(tablesJSON, &f); err != nil {
			panic("mappings: tables.json: " + err.Error())
		}
		for _, k := range f.Kinds {
			roles, err := rolesInFileOrder(k.Columns)
			if err != nil {
				panic("mappings: tables.json: " + k.Kind + ": " + err.Error())
			}
			for _, r := range roles {
				columns = append(columns, Column{Kind: k.Kind, Role: r.Role, Synonyms: r.Synonyms})
			}
		}
	})
	return columns
}

// rolesInFileOrder reads a kind's columns object in the order the file
// writes it. Callers take the first role a word names, so an order that
// changed from run to run (a map's) changed which field an answer gave.
func rolesInFileOrder(raw json.RawMessage) ([]Column, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil { // {
		return nil, err
	}
	var out []Column
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		role, _ := tok.(string)
		var syns []string
		if err := dec.Decode(&syns); err != nil {
			return nil, err
		}
		out = append(out, Column{Role: role, Synonyms: syns})
	}
	return out, nil
}

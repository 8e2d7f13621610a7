package main

import (
	"embed"
	"strings"
)

// The tables the generator writes into its documents are data: one TSV
// file each under tables/, its header row first.
//
//go:embed tables/*.tsv
var tableFiles embed.FS

// tsvTable is the table in tables/NAME.tsv, one row a line. A table that
// is not there is a fault of the generator itself.
func tsvTable(name string) [][]string {
	data, err := tableFiles.ReadFile("tables/" + name + ".tsv")
	if err != nil {
		panic(err)
	}
	var rows [][]string
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

// keyedRows indexes a table's rows below its header by their first cell,
// to the cells after it.
func keyedRows(table [][]string) map[string][]string {
	m := map[string][]string{}
	for _, r := range table[1:] {
		m[r[0]] = r[1:]
	}
	return m
}

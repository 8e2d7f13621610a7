// Package load is the first step of ingestion: it reads the bytes of one
// file in any supported format into a Parsed document of blocks and
// tables, refusing hostile input (archive bombs, deep XML, looping PDFs,
// hidden text) on the way.
package load

import (
	"context"
)

// BlockKind is the structural role of a block.
type BlockKind int8

const (
	Paragraph BlockKind = iota
	Heading
	ListItem
	TableBlock
)

// Block is one structural unit of a loaded document, in reading order.
type Block struct {
	Kind  BlockKind
	Text  string // paragraph, heading or list item text
	Level int    // heading level, 1 = top
	Page  int    // 1-based page for paged formats, else 0
	Table *Table // set when Kind == TableBlock
}

// Table is a table with a header row. Sheets of a workbook are tables named
// after the sheet.
type Table struct {
	Name   string
	Header []string
	Rows   [][]string
}

// Parsed is a loaded document before chunking.
type Parsed struct {
	Title  string
	Format string // md, txt, html, csv, xlsx, docx, pdf
	Blocks []Block
	// Encoding is the detected text encoding for text formats.
	Encoding string
}

// Loader parses the bytes of one file. It must return a *kg.Error with code
// EINVALID, ETOOLARGE or EUNSUPPORTED for bad input, never panic, and give up
// when ctx is done.
type Loader interface {
	Load(ctx context.Context, name string, data []byte) (*Parsed, error)
}

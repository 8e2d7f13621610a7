// Package ingest turns files into documents, chunks and facts for a kg.Store:
// loaders per format, structure-following chunking, table mapping, rules for
// prose, entity resolution, and the pipeline that writes per-document batches.
package ingest

import (
	"context"

	"github.com/kgassist/kgassist/kg"
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

// Piece is a chunk together with the table row it came from, so that table
// mapping can cite the exact row.
type Piece struct {
	Chunk kg.Chunk
	Table *Table // nil unless the chunk is a table row
	Row   int    // index into Table.Rows
}

// Facts are what extractors find, each citing the chunks that support it.
type Facts struct {
	Entities  []kg.Entity
	Relations []kg.Relation
	// Usage is what model extraction cost; nil when no model was asked.
	Usage *ExtractUsage `json:",omitempty"`
}

// Add appends other's facts to f.
func (f *Facts) Add(other Facts) {
	f.Entities = append(f.Entities, other.Entities...)
	f.Relations = append(f.Relations, other.Relations...)
	addUsage(&f.Usage, other.Usage)
}

// Extractor finds facts in a chunked document.
type Extractor interface {
	Extract(ctx context.Context, doc *Parsed, pieces []Piece) (Facts, error)
}

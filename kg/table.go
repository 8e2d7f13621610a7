package kg

import "context"

// TableReader is an optional ability: whole tables, read row by row, so a
// question over a sheet (how many rows match, the average of a column,
// which group has the most rows) is computed over every row rather than
// over the few a search ranks highest. A table is the run of table_row
// chunks one document holds under one section path.
//
// Like every read, both methods filter by clearance inside the query: a
// row above the clearance is neither returned nor counted.
type TableReader interface {
	// Tables lists the visible tables, largest first, at most limit
	// (0 means a backend default).
	Tables(ctx context.Context, clearance Audience, limit int) ([]Table, error)
	// TableRows returns the visible rows of one table in sheet order, at
	// most q.Limit (0 means a backend default).
	TableRows(ctx context.Context, clearance Audience, q TableQuery) ([]Chunk, error)
}

// Table names one table and how many rows the caller may see.
type Table struct {
	DocumentID string   `json:"document_id"`
	DocTitle   string   `json:"document_title,omitempty"`
	DocURI     string   `json:"document_uri,omitempty"`
	Section    []string `json:"section,omitempty"`
	Rows       int      `json:"rows"`
}

// TableQuery selects one table.
type TableQuery struct {
	DocumentID string
	Section    []string
	Limit      int
}

// MaxTableRows bounds one table read; a larger sheet is answered from its
// first rows and the answer's row count says so.
const MaxTableRows = 20000

// TableLimit is q.Limit bounded to MaxTableRows.
func (q TableQuery) TableLimit() int {
	if q.Limit <= 0 || q.Limit > MaxTableRows {
		return MaxTableRows
	}
	return q.Limit
}

// TableKind is the chunk kind of a table row.
const TableKind = "table_row"

// LoadedTable is one table with its visible rows in sheet order.
type LoadedTable struct {
	Table
	Chunks []Chunk
}

// TableLoader is an optional ability of a TableReader whose reads each
// cost a server round trip (Neo4j): the tables Tables lists, each with the
// rows TableRows reads, in one read. Only tables of at least minRows rows
// are returned, in the order Tables gives. Its results must equal those of
// the two methods.
type TableLoader interface {
	LoadTables(ctx context.Context, clearance Audience, limit, minRows int) ([]LoadedTable, error)
}

// LoadTables reads the visible tables and their rows in one round trip
// where the store can, and otherwise with Tables and one TableRows each.
func LoadTables(ctx context.Context, tr TableReader, clearance Audience, limit, minRows int) ([]LoadedTable, error) {
	if l, ok := tr.(TableLoader); ok {
		return l.LoadTables(ctx, clearance, limit, minRows)
	}
	return LoadTablesEach(ctx, tr, clearance, limit, minRows)
}

// LoadTablesEach answers LoadTables with the TableReader methods: the
// fallback, and the reference a TableLoader is checked against.
func LoadTablesEach(ctx context.Context, tr TableReader, clearance Audience, limit, minRows int) ([]LoadedTable, error) {
	refs, err := tr.Tables(ctx, clearance, limit)
	if err != nil {
		return nil, err
	}
	var out []LoadedTable
	for _, ref := range refs {
		if ref.Rows < minRows {
			continue
		}
		rows, err := tr.TableRows(ctx, clearance, TableQuery{DocumentID: ref.DocumentID, Section: ref.Section})
		if err != nil {
			return nil, err
		}
		out = append(out, LoadedTable{Table: ref, Chunks: rows})
	}
	return out, nil
}

package sqlite

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
)

// bulk writes rows through multi-row INSERT statements. With SQLite most of
// the cost of a small insert is per statement (bind, step, reset, and the
// driver's argument conversion), so packing up to rowsPerStmt rows into one
// prepared statement roughly halves the write cost of narrow rows.
//
// Values every row shares (the document id, its audience) are bound once
// per statement as ?1..?k and named in every row, rather than bound again
// per row: each bound value costs the driver a conversion and a copy.
type bulk struct {
	tx     *sql.Tx
	stmts  *stmtCache
	head   string // INSERT INTO t(shared..., a, b) VALUES
	tail   string // optional ON CONFLICT clause
	shared int    // leading columns bound once per statement
	cols   int    // columns bound per row
	per    int
	args   []any // shared values, then the pending rows' values
	// short, when set, is called with the row values of a statement that
	// inserted fewer rows than it carried (INSERT OR IGNORE met rows that
	// were already there).
	short func(rows []any) error
}

const (
	maxVarsPerStmt = 2000
	rowsPerStmt    = 128
)

// newBulk writes rows of cols values each, behind the shared values, which
// fill the leading columns of head.
func newBulk(tx *sql.Tx, stmts *stmtCache, head string, cols int, tail string, shared ...any) *bulk {
	per := min(maxVarsPerStmt/cols, rowsPerStmt)
	args := make([]any, len(shared), len(shared)+cols*per)
	copy(args, shared)
	return &bulk{tx: tx, stmts: stmts, head: head, tail: tail, shared: len(shared), cols: cols, per: per, args: args}
}

func (b *bulk) add(ctx context.Context, vals ...any) error {
	b.args = append(b.args, vals...)
	if b.pending() < b.per {
		return nil
	}
	return b.exec(ctx, b.per, b.args)
}

func (b *bulk) pending() int { return (len(b.args) - b.shared) / b.cols }

// flush writes the remaining rows in statements of power-of-two sizes, so
// that a handful of cached statements serve every batch length.
func (b *bulk) flush(ctx context.Context) error {
	rows := b.args[b.shared:]
	for size := b.per; len(rows) > 0; size /= 2 {
		for len(rows) >= size*b.cols {
			args := append(b.args[:b.shared:b.shared], rows[:size*b.cols]...)
			if err := b.execArgs(ctx, size, args); err != nil {
				return err
			}
			rows = rows[size*b.cols:]
		}
	}
	b.args = b.args[:b.shared]
	return nil
}

func (b *bulk) exec(ctx context.Context, rows int, args []any) error {
	err := b.execArgs(ctx, rows, args)
	b.args = b.args[:b.shared]
	return err
}

func (b *bulk) execArgs(ctx context.Context, rows int, args []any) error {
	st, err := b.stmts.prepare(ctx, b.tx, b.statement(rows))
	if err != nil {
		return err
	}
	res, err := st.ExecContext(ctx, args...)
	if err != nil || b.short == nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil || n == int64(rows) {
		return err
	}
	return b.short(args[b.shared:])
}

// statement is head and rows placeholders: the shared columns as ?1..?k
// in every row, then anonymous ones, which SQLite numbers after the
// highest seen so far, so they line up with the row values in args.
func (b *bulk) statement(rows int) string {
	var row strings.Builder
	row.WriteByte('(')
	for i := 1; i <= b.shared; i++ {
		row.WriteString("?" + strconv.Itoa(i) + ",")
	}
	row.WriteString(strings.Repeat("?,", b.cols))
	r := strings.TrimSuffix(row.String(), ",") + ")"
	var sb strings.Builder
	sb.Grow(len(b.head) + rows*(len(r)+1) + len(b.tail))
	sb.WriteString(b.head)
	for i := 0; i < rows; i++ {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(r)
	}
	sb.WriteString(b.tail)
	return sb.String()
}

// stmtCache keeps the write statements prepared across commits. Preparing
// a 128-row INSERT costs SQLite about as much as running it, and every
// commit runs the same few statements.
type stmtCache struct {
	mu sync.Mutex
	db *sql.DB
	m  map[string]*sql.Stmt
}

// prepare returns query prepared for tx; the database/sql statement keeps
// one prepared copy per pooled connection, so tx reuses the one already
// prepared on its connection.
func (c *stmtCache) prepare(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	c.mu.Lock()
	st := c.m[query]
	if st == nil {
		var err error
		if st, err = c.db.PrepareContext(ctx, query); err != nil {
			c.mu.Unlock()
			return nil, err
		}
		if c.m == nil {
			c.m = map[string]*sql.Stmt{}
		}
		c.m[query] = st
	}
	c.mu.Unlock()
	return tx.StmtContext(ctx, st), nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}

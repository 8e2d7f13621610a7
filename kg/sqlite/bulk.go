package sqlite

import (
	"context"
	"database/sql"
	"strings"
)

// bulk writes rows through multi-row INSERT statements. With SQLite most of
// the cost of a small insert is per statement (bind, step, reset, and the
// driver's argument conversion), so packing rowsPerStmt rows into one
// prepared statement roughly halves the write cost of narrow rows.
type bulk struct {
	tx     *sql.Tx
	head   string // INSERT INTO t(a, b) VALUES
	tail   string // optional ON CONFLICT clause
	cols   int
	per    int
	full   *sql.Stmt
	args   []any
	closed bool
}

const maxVarsPerStmt = 2000

func newBulk(tx *sql.Tx, head string, cols int, tail string) *bulk {
	per := maxVarsPerStmt / cols
	if per > 128 {
		per = 128
	}
	return &bulk{tx: tx, head: head, tail: tail, cols: cols, per: per}
}

func (b *bulk) add(ctx context.Context, vals ...any) error {
	b.args = append(b.args, vals...)
	if len(b.args) < b.cols*b.per {
		return nil
	}
	if b.full == nil {
		st, err := b.tx.PrepareContext(ctx, b.statement(b.per))
		if err != nil {
			return err
		}
		b.full = st
	}
	_, err := b.full.ExecContext(ctx, b.args...)
	b.args = b.args[:0]
	return err
}

// flush writes the remaining rows and releases the prepared statement.
func (b *bulk) flush(ctx context.Context) error {
	defer b.close()
	if len(b.args) == 0 {
		return nil
	}
	_, err := b.tx.ExecContext(ctx, b.statement(len(b.args)/b.cols), b.args...)
	b.args = b.args[:0]
	return err
}

func (b *bulk) close() {
	if b.full != nil {
		b.full.Close()
		b.full = nil
	}
}

func (b *bulk) statement(rows int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", b.cols), ",") + ")"
	var sb strings.Builder
	sb.Grow(len(b.head) + rows*(len(row)+1) + len(b.tail))
	sb.WriteString(b.head)
	for i := 0; i < rows; i++ {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(row)
	}
	sb.WriteString(b.tail)
	return sb.String()
}

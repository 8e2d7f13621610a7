package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// maxReadStmts bounds the read statements kept prepared. The question
// path runs a few dozen distinct texts (a graph hop's text varies with its
// relation types and limit); a caller building unbounded variety still
// runs, unprepared, once the cache is full.
const maxReadStmts = 256

// readStmts keeps the read path's statements prepared across questions.
// Parsing and planning a statement cost SQLite as much as running it on a
// small store: a question ran a dozen reads, each prepared afresh. The
// database/sql statement keeps one prepared copy per pooled connection.
type readStmts struct {
	mu sync.Mutex
	db *sql.DB
	m  map[string]*sql.Stmt
}

// QueryContext runs query with args on its prepared statement, preparing
// it on first use.
func (c *readStmts) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return c.db.QueryContext(ctx, query, args...)
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext is QueryContext for a query of one row.
func (c *readStmts) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := c.stmt(ctx, query)
	if err != nil || st == nil {
		return c.db.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// stmt returns query's prepared statement, or nil when the cache is full
// or closed.
func (c *readStmts) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.m[query]; ok {
		return st, nil
	}
	if c.m == nil || len(c.m) >= maxReadStmts {
		return nil, nil
	}
	st, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.m[query] = st
	return st, nil
}

// open starts the cache over db.
func (c *readStmts) open(db *sql.DB) {
	c.mu.Lock()
	c.db, c.m = db, map[string]*sql.Stmt{}
	c.mu.Unlock()
}

// close releases every statement; later queries run unprepared.
func (c *readStmts) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}

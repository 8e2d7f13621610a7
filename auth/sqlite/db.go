// Package sqlite keeps kgassist's operational data (auth.Backend: API
// keys, conversations, the audit log, feedback, token usage and upload
// jobs) in one SQLite file beside the graph data, for a single machine.
package sqlite

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // pure Go driver: no cgo in the binary

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/internal/groupcommit"
	"github.com/kgassist/kgassist/kg"
)

// DB is the auth database.
type DB struct {
	sql    *sql.DB
	now    func() time.Time
	audits *groupcommit.Queue[auth.AuditEntry]
}

const schema = `
CREATE TABLE IF NOT EXISTS keys (
	id TEXT PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,
	scopes TEXT NOT NULL, clearance INTEGER NOT NULL, origins TEXT NOT NULL,
	rate_per_min INTEGER NOT NULL, daily_tokens INTEGER NOT NULL,
	created_at INTEGER NOT NULL, revoked_at INTEGER);
CREATE TABLE IF NOT EXISTS usage (
	key_id TEXT NOT NULL, day TEXT NOT NULL, tokens INTEGER NOT NULL,
	PRIMARY KEY (key_id, day));
CREATE TABLE IF NOT EXISTS reservations (
	id TEXT PRIMARY KEY, key_id TEXT NOT NULL, tokens INTEGER NOT NULL,
	expires_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS reservations_key ON reservations(key_id, expires_at);
CREATE TABLE IF NOT EXISTS conversations (
	id TEXT PRIMARY KEY, key_id TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS turns (
	conversation_id TEXT NOT NULL, n INTEGER NOT NULL, answer_id TEXT NOT NULL UNIQUE,
	question TEXT NOT NULL, rewritten TEXT NOT NULL, answer TEXT NOT NULL,
	entities TEXT NOT NULL, created_at INTEGER NOT NULL,
	PRIMARY KEY (conversation_id, n));
CREATE TABLE IF NOT EXISTS audit (
	id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, key_id TEXT NOT NULL,
	route TEXT NOT NULL, conversation_id TEXT NOT NULL, answer_id TEXT NOT NULL,
	question TEXT NOT NULL, answer TEXT NOT NULL, sources TEXT NOT NULL,
	clearance INTEGER NOT NULL, ms REAL NOT NULL, status INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS audit_at ON audit(at);
CREATE INDEX IF NOT EXISTS audit_conv ON audit(conversation_id);
CREATE TABLE IF NOT EXISTS audit_docs (
	audit_id INTEGER NOT NULL, doc_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_docs_doc ON audit_docs(doc_id);
CREATE TABLE IF NOT EXISTS feedback (
	id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, key_id TEXT NOT NULL,
	answer_id TEXT NOT NULL, conversation_id TEXT NOT NULL, turn INTEGER NOT NULL,
	rating TEXT NOT NULL, complaint TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
	id TEXT PRIMARY KEY, key_id TEXT NOT NULL, audience INTEGER NOT NULL,
	state TEXT NOT NULL, files TEXT NOT NULL, done INTEGER NOT NULL,
	report TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
`

// Option adjusts a DB when it opens.
type Option func(*DB)

// WithClock replaces the clock that stamps rows and decides which UTC day
// token usage counts against, so a test can move to tomorrow.
func WithClock(now func() time.Time) Option { return func(db *DB) { db.now = now } }

// Open opens (creating) the auth database at path.
func Open(ctx context.Context, path string, opts ...Option) (*DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, kg.Wrap("auth.Open", err)
	}
	// WAL and a busy timeout let replicas and concurrent requests share
	// the file without "database is locked" on every contended write.
	// _txlock=immediate: a transaction that reads and then writes would
	// otherwise fail at once with SQLITE_BUSY when another writer holds the
	// lock, whatever the busy timeout; taking the write lock at BEGIN makes
	// it wait its turn instead. synchronous=NORMAL: in WAL mode a commit
	// survives a killed process without a disk sync per chat turn; only a
	// power loss can take back the last commits.
	dsn := "file:" + path + "?_pragma=busy_timeout(30000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, kg.Wrap("auth.Open", err)
	}
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, kg.WrapCode(kg.EUNAVAILABLE, "auth.Open", err)
	}
	// The file holds key hashes and questions: only the owner reads it.
	_ = os.Chmod(path, 0o600)
	d := &DB{sql: db, now: time.Now}
	for _, o := range opts {
		o(d)
	}
	d.audits = groupcommit.New("auth.Audit", d.writeAudits)
	return d, nil
}

// Close closes the database.
func (db *DB) Close() error {
	db.audits.Close()
	return db.sql.Close()
}

// Ping checks the database answers, for readiness.
func (db *DB) Ping(ctx context.Context) error {
	return kg.WrapCode(kg.EUNAVAILABLE, "auth.Ping", db.sql.PingContext(ctx))
}

// queryAll runs query and reads every row with scan, under op in errors.
// None is an empty list, which encodes as [] rather than null.
func queryAll[T any](ctx context.Context, db *sql.DB, op string, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, kg.Wrap(op, err)
		}
		out = append(out, v)
	}
	return out, kg.Wrap(op, rows.Err())
}

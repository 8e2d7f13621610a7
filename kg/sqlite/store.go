// Package sqlite is kgassist's embedded default store: the whole graph,
// fulltext indexes and embeddings in one SQLite file, through the pure-Go
// modernc.org/sqlite driver so the binary needs no C toolchain.
//
// Facts remember every document that asserts them (entity_sources,
// relation_sources). A fact's audience is the lowest audience among those
// sources, and every read filters on it inside the SQL, so a caller never
// receives a row above its clearance.
package sqlite

import (
	"context"
	"database/sql"
	"net/url"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/kgassist/kgassist/kg"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

var (
	_ kg.Store   = (*Store)(nil)
	_ kg.Statser = (*Store)(nil)
)

// Store is a kg.Store in one SQLite file.
type Store struct {
	db      *sql.DB
	version versionConn
	path    string
	cfg     config

	// writeMu serialises commits of this process so they queue here instead
	// of spinning on SQLite's busy handler.
	writeMu sync.Mutex
	stmts   stmtCache
	reads   readStmts
	vec     vectorIndex
	// dims is the embedding length in force: configured, recorded in the
	// file, or fixed by the first embedding written.
	dims atomic.Int32
}

type config struct {
	dims     int
	embedder string
}

// Option configures Open.
type Option func(*config)

// WithDimensions fixes the embedding length; chunks with another length are
// refused. Zero takes the dimension recorded in the file, or the first one
// written.
func WithDimensions(n int) Option { return func(c *config) { c.dims = n } }

// WithEmbedderName records which model produced the embeddings, so that a
// store embedded by one model is never queried with vectors of another.
func WithEmbedderName(name string) Option { return func(c *config) { c.embedder = name } }

// WithEmbedder takes name and dimension from e.
func WithEmbedder(e kg.Embedder) Option {
	return func(c *config) { c.dims, c.embedder = e.Dimensions(), e.Name() }
}

// Open opens or creates the store at path and brings its schema up to date.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	s := &Store{path: path}
	for _, o := range opts {
		o(&s.cfg)
	}
	if s.cfg.dims < 0 {
		return nil, kg.Errorf(kg.EINVALID, "sqlite.Open: negative embedding dimension %d", s.cfg.dims)
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, kg.Wrap("sqlite.Open", err)
	}
	// Each connection keeps its own page cache (cache_size below), so the
	// pool is bounded: enough connections for every core to read while one
	// writes, not one per concurrent request.
	db.SetMaxOpenConns(2*runtime.NumCPU() + 2)
	db.SetMaxIdleConns(2*runtime.NumCPU() + 2)
	s.db = db
	s.stmts.db = db
	s.reads.open(db)
	if err := s.init(ctx); err != nil {
		db.Close()
		return nil, kg.Wrap("sqlite.Open", err)
	}
	return s, nil
}

// dsn sets the pragmas on every pooled connection. WAL lets readers run
// while a batch commits; synchronous=NORMAL is durable across process
// crashes in WAL mode and far faster than FULL; _txlock=immediate takes the
// write lock at BEGIN so two writers never deadlock upgrading a read lock.
func dsn(path string) string {
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "cache_size(-65536)")
	q.Add("_pragma", "temp_store(MEMORY)")
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

func (s *Store) init(ctx context.Context) error {
	if err := migrate(ctx, s.db); err != nil {
		return err
	}
	return s.checkEmbedder(ctx)
}

// Close releases the file.
func (s *Store) Close() error {
	s.stmts.close()
	s.reads.close()
	s.version.close()
	return kg.Wrap("sqlite.Close", s.db.Close())
}

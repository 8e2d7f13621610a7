package sqlite

import (
	"context"
	"database/sql"
	"net/url"
	"sync"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.Versioner = (*Store)(nil)

// versionConn is one connection of its own, outside the pool: SQLite's
// data_version changes on a connection whenever any other connection —
// this process's pool, a CLI, another process — commits to the file, so
// this connection sees every writer's commits, its own pool's included.
type versionConn struct {
	once sync.Once
	db   *sql.DB
	err  error
}

// Version is the file's data_version as seen from the store's own
// version connection.
func (s *Store) Version(ctx context.Context) (uint64, error) {
	vc := &s.version
	vc.once.Do(func() {
		q := url.Values{}
		q.Add("_pragma", "busy_timeout(10000)")
		vc.db, vc.err = sql.Open("sqlite", "file:"+s.path+"?"+q.Encode())
		if vc.err == nil {
			vc.db.SetMaxOpenConns(1)
			vc.db.SetMaxIdleConns(1)
			vc.db.SetConnMaxIdleTime(0)
			vc.db.SetConnMaxLifetime(0)
		}
	})
	if vc.err != nil {
		return 0, kg.Wrap("sqlite.Version", vc.err)
	}
	var n uint64
	err := vc.db.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&n)
	return n, kg.Wrap("sqlite.Version", err)
}

func (vc *versionConn) close() {
	if vc.db != nil {
		vc.db.Close()
	}
}

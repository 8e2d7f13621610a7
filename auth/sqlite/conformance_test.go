package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth/authtest"
	"github.com/kgassist/kgassist/auth/sqlite"
)

func TestSQLiteBackend(t *testing.T) {
	authtest.Run(t, func(t *testing.T, now func() time.Time) authtest.Subject {
		path := filepath.Join(t.TempDir(), "auth.db")
		db, err := sqlite.Open(context.Background(), path, sqlite.WithClock(now))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return authtest.Subject{Backend: db, Stored: func(t *testing.T) string {
			raw, _ := os.ReadFile(path)
			wal, _ := os.ReadFile(path + "-wal")
			return string(raw) + string(wal)
		}}
	})
}

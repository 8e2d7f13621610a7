package auth_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kgassist/kgassist/server/auth"
	"github.com/kgassist/kgassist/server/auth/authtest"
)

func TestSQLiteBackend(t *testing.T) {
	authtest.Run(t, func(t *testing.T, now func() time.Time) authtest.Subject {
		path := filepath.Join(t.TempDir(), "auth.db")
		db, err := auth.Open(context.Background(), path, auth.WithClock(now))
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

package main

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	_ "modernc.org/sqlite"
)

// buildKgassist builds the command into a temporary folder, so fault tests
// can kill and signal a real process. The build cache makes repeat builds
// cheap.
func buildKgassist(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the kgassist binary; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "kgassist")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go build: %v", err)
	}
	return bin
}

// integrity runs SQLite's own consistency check on a store file.
func integrity(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRowContext(context.Background(), "PRAGMA integrity_check").Scan(&res); err != nil {
		t.Fatal(err)
	}
	return res
}

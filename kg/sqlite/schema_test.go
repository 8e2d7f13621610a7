package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// openMigrated writes a store as an older schema left it, one statement
// a step, and opens it, which migrates it to the current schema.
func openMigrated(t *testing.T, steps ...string) *Store {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kg.db")
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range steps {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// A store written by the first schema keeps finding its entities by name
// and alias once the fulltext table is rebuilt without sizes.
func TestMigrateKeepsEntityFulltext(t *testing.T) {
	ctx := context.Background()
	seg := strings.ReplaceAll(entityText("Impeller", []string{"rotor"}), "'", "''")
	s := openMigrated(t,
		migrations[0],
		`CREATE TABLE schema_version(version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1)`,
		`INSERT INTO entities VALUES ('part:impeller', 'part', 'Impeller', 0)`,
		`INSERT INTO entity_fts(rowid, seg, entity_id, audience) VALUES (7, '`+seg+`', 'part:impeller', 0)`)
	ids, err := s.fulltextEntities(ctx, kg.Public, kg.EntityQuery{Text: "rotors"}, 5)
	if err != nil || len(ids) != 1 || ids[0] != "part:impeller" {
		t.Fatalf("fulltext after migration: %v, %v; want [part:impeller]", ids, err)
	}
	var next int64
	if err := s.db.QueryRowContext(ctx, `SELECT max(id) + 1 FROM entity_fts_content`).Scan(&next); err != nil || next != 8 {
		t.Fatalf("next entity_fts rowid after migration: %d, %v; want 8", next, err)
	}
}

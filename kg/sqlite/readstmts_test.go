package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
)

// TestReadStmtsReuseAndBound checks a read statement is prepared once and
// reused, that queries past the bound still run unprepared, and that a
// closed cache still answers.
func TestReadStmtsReuseAndBound(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", dsn(filepath.Join(t.TempDir(), "r.db")))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var c readStmts
	c.open(db)
	one := func(query string, arg int) int {
		t.Helper()
		var got int
		if err := c.QueryRowContext(ctx, query, arg).Scan(&got); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		return got
	}
	for i := 0; i < 3; i++ {
		if got := one(`SELECT ? + 1`, i); got != i+1 {
			t.Fatalf("SELECT %d + 1 = %d", i, got)
		}
	}
	if len(c.m) != 1 {
		t.Fatalf("one text, %d statements prepared", len(c.m))
	}
	for i := 0; i < maxReadStmts+10; i++ {
		if got := one(fmt.Sprintf(`SELECT ? + %d`, i), 1); got != i+1 {
			t.Fatalf("text %d answered %d", i, got)
		}
	}
	if len(c.m) != maxReadStmts {
		t.Fatalf("%d statements kept, bound %d", len(c.m), maxReadStmts)
	}
	c.close()
	rows, err := c.QueryContext(ctx, `SELECT ? * 2`, 21)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got int
	if !rows.Next() || rows.Scan(&got) != nil || got != 42 {
		t.Fatalf("closed cache answered %d", got)
	}
}

package sqlite

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// TestAwaitSearchMergesFulltextSegments: documents committed one by one
// leave the fulltext index in several segments; after AwaitSearch a
// further merge finds nothing left to do, and search finds what it did.
func TestAwaitSearchMergesFulltextSegments(t *testing.T) {
	ctx := context.Background()
	s := openSmall(t)
	for i := 0; i < 12; i++ {
		d := kg.Document{ID: fmt.Sprintf("doc-%d", i), URI: fmt.Sprintf("file:///n%d.md", i), Title: "Notes", SHA256: fmt.Sprint(i), Format: "md", Audience: kg.Public, IngestedAt: time.Unix(0, 0)}
		b, err := s.Begin(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		c := kg.Chunk{ID: kg.ChunkID(d.ID, 0), Text: fmt.Sprintf("Pump note %d: check the impeller.", i), Kind: "text", Embedding: []float32{1, 0}}
		if err := b.AddChunks(ctx, []kg.Chunk{c}); err != nil {
			t.Fatal(err)
		}
		if err := b.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	before, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "pump impeller", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if !mergeWorks(t, s) {
		t.Fatal("twelve commits left nothing to merge")
	}
	if err := s.AwaitSearch(ctx); err != nil {
		t.Fatal(err)
	}
	if mergeWorks(t, s) {
		t.Fatal("AwaitSearch left segments to merge")
	}
	after, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "pump impeller", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("search changed by the merge:\n%v\n%v", before, after)
	}
}

// mergeWorks reports whether a full merge of chunk_fts would write
// anything, undoing it: SQLite counts no change when nothing merged.
func mergeWorks(t *testing.T, s *Store) bool {
	t.Helper()
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	var n0, n1 int
	if err := tx.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&n0); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO chunk_fts(chunk_fts, rank) VALUES ('merge', -1000)`); err != nil {
		t.Fatal(err)
	}
	if err := tx.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&n1); err != nil {
		t.Fatal(err)
	}
	return n1-n0 >= 2
}

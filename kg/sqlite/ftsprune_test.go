package sqlite

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// TestSearchNarrowsToSelectiveTerms: in a store of 1,500 chunks that all
// say "pump", a question about a pump's impeller searches only the chunks
// naming the impeller, and still finds them first; a question of common
// words alone, or any question in a small store, is left as it was.
func TestSearchNarrowsToSelectiveTerms(t *testing.T) {
	ctx := context.Background()
	s := openSmall(t)
	writeNotes(t, s, 1500, func(i int) string {
		if i%500 == 7 {
			return fmt.Sprintf("Pump note %d: the impeller is bronze.", i)
		}
		return fmt.Sprintf("Pump note %d: check the pump daily.", i)
	})
	match, err := s.selectiveMatch(ctx, ftsTerms("pump impeller"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `("impel") AND ("pump" OR "impel")`; match != want {
		t.Errorf("match %s, want %s", match, want)
	}
	hits, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "pump impeller", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 3 || !strings.Contains(hits[0].Chunk.Text, "impeller") {
		t.Errorf("got %d hits, first %q; want the 3 impeller notes", len(hits), hits[0].Chunk.Text)
	}
	if match, _ := s.selectiveMatch(ctx, ftsTerms("pump daily")); strings.Contains(match, "AND") {
		t.Errorf("common words alone were narrowed: %s", match)
	}
}

// TestFewChunksCountsToTheBound: a store of commonMinChunks chunks is
// small, one more chunk makes it large, and a small store's search is
// left as it was even where a term is in nearly every chunk.
func TestFewChunksCountsToTheBound(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		chunks int
		few    bool
	}{{0, true}, {commonMinChunks, true}, {commonMinChunks + 1, false}} {
		s := openSmall(t)
		if c.chunks > 0 {
			writeNotes(t, s, c.chunks, func(i int) string {
				if i == 7 {
					return "Pump note: the impeller is bronze."
				}
				return "Pump note: check the pump daily."
			})
		}
		few, err := s.fewChunks(ctx)
		if err != nil || few != c.few {
			t.Errorf("%d chunks: few %v (%v), want %v", c.chunks, few, err, c.few)
		}
		match, err := s.selectiveMatch(ctx, ftsTerms("pump impeller"))
		if narrowed := strings.Contains(match, "AND"); err != nil || narrowed == c.few {
			t.Errorf("%d chunks: match %s (%v)", c.chunks, match, err)
		}
	}
}

func writeNotes(t *testing.T, s *Store, n int, text func(int) string) {
	t.Helper()
	ctx := context.Background()
	d := kg.Document{ID: "doc-notes", URI: "file:///notes.md", Title: "Notes", SHA256: "sha", Format: "md", Audience: kg.Public, IngestedAt: time.Unix(0, 0)}
	b, err := s.Begin(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	chunks := make([]kg.Chunk, n)
	for i := range chunks {
		chunks[i] = kg.Chunk{ID: kg.ChunkID(d.ID, i), Ordinal: i, Text: text(i), Kind: "text", Embedding: []float32{1, 0}}
	}
	if err := b.AddChunks(ctx, chunks); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

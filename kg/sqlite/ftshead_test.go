package sqlite

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

func writeDoc(t *testing.T, s *Store, id, title string, section []string, texts ...string) {
	t.Helper()
	ctx := context.Background()
	d := kg.Document{ID: id, URI: "file:///" + id + ".md", Title: title, SHA256: id, Format: "md", Audience: kg.Public, IngestedAt: time.Unix(0, 0)}
	b, err := s.Begin(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	chunks := make([]kg.Chunk, len(texts))
	for i, text := range texts {
		chunks[i] = kg.Chunk{ID: kg.ChunkID(id, i), Ordinal: i, Text: text, Section: section, Kind: "text", Embedding: []float32{1, 0}}
	}
	if err := b.AddChunks(ctx, chunks); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

// A passage that names its subject only in its heading or its document's
// title is found by that name, and ranks above a passage that mentions
// the name in passing.
func TestSearchFindsHeadingsAndTitles(t *testing.T) {
	ctx := context.Background()
	s := openSmall(t)
	writeDoc(t, s, "opera", "Bastien und Bastienne", nil, "It is a one-act singspiel composed by Wolfgang Amadeus Mozart in 1768.")
	writeDoc(t, s, "mention", "Operas of 1768", nil, "In 1768 Vienna heard Bastienne sung, among many other works of the season by several composers, and much else besides.")
	writeDoc(t, s, "seal", "Pump manual", []string{"Mechanical seal"}, "Replace it every 8,000 hours.")
	for query, want := range map[string]string{
		"Bastien und Bastienne": kg.ChunkID("opera", 0),
		"mechanical seal":       kg.ChunkID("seal", 0),
	} {
		hits, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: query, Limit: 5})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Chunk.ID != want {
			t.Errorf("%q: first hit %v, want %s", query, chunkIDs(hits), want)
		}
	}
}

// A store written before headings were indexed finds its passages by
// heading once opened: the migration rebuilds the index from the chunks.
func TestMigrateIndexesHeadings(t *testing.T) {
	ctx := context.Background()
	s := openMigrated(t, append(append([]string{}, migrations[:3]...),
		`CREATE TABLE schema_version(version INTEGER NOT NULL); INSERT INTO schema_version VALUES (3)`,
		`INSERT INTO documents VALUES ('d1', 'file:///d1.md', 'Bastien und Bastienne', 'x', 'md', 'en', 0, 'test', '', 0, NULL, 1, 0, 1, 2, 0, 0, '[]', '[]')`,
		`INSERT INTO chunks(n, id, doc_id, ordinal, text, section, page, lang, kind, audience) VALUES (1, 'd1#0', 'd1', 0, 'A singspiel by Mozart.', '["Plot"]', 0, 'en', 'text', 0)`,
		`INSERT INTO chunk_fts(rowid, seg, aud) VALUES (1, 'a singspiel by mozart', 'a0')`,
	)...)
	for _, query := range []string{"Bastienne", "plot", "singspiel"} {
		hits, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: query, Limit: 5})
		if err != nil || len(hits) != 1 || hits[0].Chunk.ID != "d1#0" {
			t.Errorf("%q after migration: %v, %v; want [d1#0]", query, chunkIDs(hits), err)
		}
	}
}

func chunkIDs(hits []kg.ScoredChunk) []string {
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.Chunk.ID)
	}
	return ids
}

// A heading most of a document's passages share (the product a manual is
// about) tells none of them apart: the passage stating the asked fact
// ranks above the pages that only repeat the name in their headings.
func TestSharedHeadingsDoNotOutrankTheFact(t *testing.T) {
	ctx := context.Background()
	s := openSmall(t)
	d := kg.Document{ID: "arm", URI: "file:///arm.md", Title: "User manual", SHA256: "arm", Format: "md", Audience: kg.Public, IngestedAt: time.Unix(0, 0)}
	b, err := s.Begin(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	pages := []struct {
		section []string
		text    string
	}{
		{[]string{"Specifications"}, "Payload: 250 g. Working radius: 280 mm. Weight: 850 g."},
		{[]string{"myCobot 280 M5", "Introduction"}, "The arm is a small desktop robot for teaching and research."},
		{[]string{"myCobot 280 M5", "Unboxing"}, "Take the arm out of the box and keep the packaging for transport."},
		{[]string{"myCobot 280 M5", "Power"}, "Use the supplied adapter; the arm draws at most 8 A."},
		{[]string{"myCobot 280 M5", "Payload"}, "Keep tools light so the joints do not overheat."},
	}
	chunks := make([]kg.Chunk, len(pages))
	for i, p := range pages {
		chunks[i] = kg.Chunk{ID: kg.ChunkID("arm", i), Ordinal: i, Text: p.text, Section: p.section, Kind: "text", Embedding: []float32{1, 0}}
	}
	if err := b.AddChunks(ctx, chunks); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	hits, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "payload of the myCobot 280 M5", Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	if want := kg.ChunkID("arm", 0); len(hits) == 0 || hits[0].Chunk.ID != want {
		t.Errorf("first hit %v, want %s", chunkIDs(hits), want)
	}
}

func TestDocHeadsKeepTitleAndRareTerms(t *testing.T) {
	sections := [][]string{{"Arm", "Specs"}, {"Arm", "Power"}, {"Arm", "Power"}, {"Arm", "Box"}}
	got := docHeads("Manual", sections)
	want := []string{"manual spec", "manual power", "manual power", "manual box"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("head %d = %q, want %q", i, got[i], want[i])
		}
	}
	if small := docHeads("Manual", sections[:2]); small[0] != "manual arm spec" {
		t.Errorf("a short document's head = %q, want the whole path", small[0])
	}
}

// openSmall opens an empty store of two-dimensional vectors, closed when
// the test ends.
func openSmall(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), WithDimensions(2), WithEmbedderName("fixture"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

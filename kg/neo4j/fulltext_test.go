package neo4j

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// TestCommitWaitsForSearch: the fulltext indexes are eventually
// consistent, so Commit must wait for them; a question asked the moment a
// document is reported done finds it.
func TestCommitWaitsForSearch(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	ctx := context.Background()
	for i := range 20 {
		word := fmt.Sprintf("zqx%dpump", i)
		doc := kg.Document{URI: fmt.Sprintf("file:///search/%d.md", i), Title: "t", SHA256: word, Format: "md", Audience: kg.Public}
		b, err := s.Begin(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		ent := kg.Entity{Type: kg.Part, Name: word + " seal", Sources: []kg.Source{{ChunkID: kg.ChunkID(kg.DocumentID(doc.URI), 0)}}}
		if err := b.AddChunks(ctx, []kg.Chunk{{Ordinal: 0, Text: "The " + word + " has a seal.", Embedding: []float32{1, 0, 0, 0}}}); err != nil {
			t.Fatal(err)
		}
		if err := b.AddEntities(ctx, []kg.Entity{ent}); err != nil {
			t.Fatal(err)
		}
		if err := b.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		chunks, ents := searchHits(t, s, word)
		if chunks == 0 || ents == 0 {
			t.Fatalf("document %d: %d chunks, %d entities found right after Commit; want both", i, chunks, ents)
		}
	}
}

// TestGroupAwaitSearch: a group commit does not wait for the fulltext
// refresh; AwaitSearch does, so a bulk import that calls it before it
// reports done leaves no document a question cannot find.
func TestGroupAwaitSearch(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	ctx := context.Background()
	var batches []kg.Batch
	var words []string
	for i := range 20 {
		word := fmt.Sprintf("zqg%dvalve", i)
		words = append(words, word)
		doc := kg.Document{URI: fmt.Sprintf("file:///group/%d.md", i), Title: "t", SHA256: word, Format: "md", Audience: kg.Public}
		b, err := s.Begin(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		c0 := kg.ChunkID(kg.DocumentID(doc.URI), 0)
		if err := b.AddChunks(ctx, []kg.Chunk{{Ordinal: 0, Text: "The " + word + " leaks.", Embedding: []float32{1, 0, 0, 0}}}); err != nil {
			t.Fatal(err)
		}
		if err := b.AddEntities(ctx, []kg.Entity{{Type: kg.Part, Name: word + " body", Sources: []kg.Source{{ChunkID: c0}}}}); err != nil {
			t.Fatal(err)
		}
		batches = append(batches, b)
	}
	if err := s.CommitGroup(ctx, batches); err != nil {
		t.Fatal(err)
	}
	if err := s.AwaitSearch(ctx); err != nil {
		t.Fatal(err)
	}
	for i, word := range words {
		chunks, ents := searchHits(t, s, word)
		if chunks != 1 || ents != 1 {
			t.Errorf("document %d: %d chunks, %d entities found after AwaitSearch; want one of each", i, chunks, ents)
		}
	}
}

// TestOpenRebuildsSynchronousFulltext: a graph written by an earlier
// version holds fulltext indexes updated inside each transaction; Open
// rebuilds them eventually consistent, and search still works.
func TestOpenRebuildsSynchronousFulltext(t *testing.T) {
	cfg := testConfig(t)
	s := openEmpty(t, cfg)
	seed(t, s)
	old := "CREATE FULLTEXT INDEX " + chunkTextIndex + " FOR (c:Chunk) ON EACH [c.seg] " +
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}}"
	for _, stmt := range []string{"DROP INDEX " + chunkTextIndex, old} {
		if _, err := s.exec(context.Background(), "test", stmt, nil); err != nil {
			t.Fatal(err)
		}
	}
	s2, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	recs, err := s2.exec(context.Background(), "test", "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $n RETURN options", map[string]any{"n": chunkTextIndex})
	if err != nil || len(recs) != 1 {
		t.Fatalf("index: %v %v", recs, err)
	}
	cfgMap := recs[0].Values[0].(map[string]any)["indexConfig"].(map[string]any)
	if ec, _ := cfgMap["fulltext.eventually_consistent"].(bool); !ec {
		t.Errorf("index config after Open: %v; want eventually consistent", cfgMap)
	}
	chunks, err := s2.SearchChunks(context.Background(), kg.Public, kg.ChunkQuery{Text: "seal", Limit: 5})
	if err != nil || len(chunks) == 0 {
		t.Errorf("search after the rebuild: %v, %v", chunks, err)
	}
}

// TestOpenIndexesHeadings: a graph written before headings were indexed
// holds chunks whose indexed text lacks them; Open adds them, so a
// passage is found by its document's title.
func TestOpenIndexesHeadings(t *testing.T) {
	cfg := testConfig(t)
	s := openEmpty(t, cfg)
	pub, _ := seed(t, s)
	for _, stmt := range []string{"MATCH (c:Chunk) SET c.seg = toLower(c.text) REMOVE c.head",
		"MATCH (m:KgMeta {key: 'heads'}) DELETE m", "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()"} {
		if _, err := s.exec(context.Background(), "test", stmt, nil); err != nil {
			t.Fatal(err)
		}
	}
	if hits, _ := s.SearchChunks(context.Background(), kg.Public, kg.ChunkQuery{Text: "manual", Limit: 5}); len(hits) != 0 {
		t.Fatalf("before Open, the old index finds %d chunks by title; want none", len(hits))
	}
	s2, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	hits, err := s2.SearchChunks(context.Background(), kg.Public, kg.ChunkQuery{Text: "manual", Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	doc := kg.DocumentID(pub.URI)
	want := []string{kg.ChunkID(doc, 0), kg.ChunkID(doc, 1)}
	if got := ids(hits); fmt.Sprint(sorted(got)) != fmt.Sprint(want) {
		t.Errorf("search by title after Open: %v; want %v", got, want)
	}
}

func ids(hits []kg.ScoredChunk) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.Chunk.ID
	}
	return out
}

func sorted(list []string) []string {
	out := append([]string(nil), list...)
	sort.Strings(out)
	return out
}

// searchHits is how many passages and entities a public search for word
// finds.
func searchHits(t *testing.T, s *Store, word string) (chunks, ents int) {
	t.Helper()
	ctx := context.Background()
	cs, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: word, Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	es, err := s.FindEntities(ctx, kg.Public, kg.EntityQuery{Text: word, Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	return len(cs), len(es)
}

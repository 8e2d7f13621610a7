package storetest

import (
	"context"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// testSearchHeadings: a passage that names its subject only in its
// heading or its document's title is found by that name, and ranks above
// a passage that mentions the name in passing.
func testSearchHeadings(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	headedDoc(t, ctx, s, "opera", "Bastien und Bastienne", nil, "It is a one-act singspiel composed by Wolfgang Amadeus Mozart in 1768.")
	headedDoc(t, ctx, s, "mention", "Operas of 1768", nil, "In 1768 Vienna heard Bastienne sung, among many other works of the season by several composers, and much else besides.")
	headedDoc(t, ctx, s, "seal", "Pump manual", []string{"Mechanical seal"}, "Replace it every 8,000 hours.")
	for _, tc := range []struct{ query, first string }{
		{"Bastien und Bastienne", headedID("opera")},
		{"mechanical seal", headedID("seal")},
		{"singspiel", headedID("opera")},
	} {
		hits, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: tc.query, Limit: 5})
		must(t, "SearchChunks", err)
		if ids := scoredIDs(hits); len(ids) == 0 || ids[0] != tc.first {
			t.Errorf("SearchChunks(%q) = %v, want %s first", tc.query, ids, tc.first)
		}
	}
}

func headedID(name string) string { return chunkID(kg.DocumentID("file:///heads/"+name+".md"), 0) }

func headedDoc(t *testing.T, ctx context.Context, s kg.Store, name, title string, section []string, text string) {
	t.Helper()
	uri := "file:///heads/" + name + ".md"
	d := kg.Document{ID: kg.DocumentID(uri), URI: uri, Title: title, SHA256: "sha-" + name, Format: "md", Lang: "en",
		Audience: kg.Public, IngestedAt: ingestedAt}
	b, err := s.Begin(ctx, d)
	must(t, "Begin", err)
	must(t, "AddChunks", b.AddChunks(ctx, []kg.Chunk{{ID: headedID(name), Ordinal: 0, Text: text,
		Section: section, Lang: "en", Kind: "text", Embedding: vec(1)}}))
	must(t, "Commit", b.Commit(ctx))
}

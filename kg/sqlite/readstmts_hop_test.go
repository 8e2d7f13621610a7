package sqlite

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// TestHopStatementIsOneForEveryLimit: graph expansion asks each hop for
// a different limit; the statement text must not change with it, or the
// prepared read statements would fill with one copy per limit.
func TestHopStatementIsOneForEveryLimit(t *testing.T) {
	ctx := context.Background()
	s := openSmall(t)
	d := kg.Document{ID: "doc-chain", URI: "file:///chain.md", Title: "Chain", SHA256: "sha", Format: "md", Audience: kg.Public, IngestedAt: time.Unix(0, 0)}
	b, err := s.Begin(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	chunk := kg.ChunkID(d.ID, 0)
	if err := b.AddChunks(ctx, []kg.Chunk{{ID: chunk, Text: "a b c d e", Kind: "text", Embedding: []float32{1, 0}}}); err != nil {
		t.Fatal(err)
	}
	names := []string{"a", "b", "c", "d", "e"}
	var ents []kg.Entity
	var rels []kg.Relation
	for i, n := range names {
		ents = append(ents, kg.Entity{Type: kg.Part, Name: n, Sources: []kg.Source{{ChunkID: chunk}}})
		if i > 0 {
			rels = append(rels, kg.Relation{Type: kg.HasPart, From: kg.EntityID(kg.Part, names[i-1]), To: kg.EntityID(kg.Part, n), Sources: []kg.Source{{ChunkID: chunk}}})
		}
	}
	if err := b.AddEntities(ctx, ents); err != nil {
		t.Fatal(err)
	}
	if err := b.AddRelations(ctx, rels); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	for limit := 1; limit <= 6; limit++ {
		g, err := s.Neighbourhood(ctx, kg.Public, kg.NeighbourQuery{Seeds: []string{kg.EntityID(kg.Part, "a")}, Hops: 4, Limit: limit})
		if err != nil {
			t.Fatal(err)
		}
		if want := min(limit, len(rels)); len(g.Relations) != want {
			t.Errorf("limit %d: %d relations, want %d", limit, len(g.Relations), want)
		}
	}
	hops := 0
	for q := range s.reads.m {
		if strings.Contains(q, "r.src IN (SELECT value FROM json_each(?2))") {
			hops++
		}
	}
	if hops != 1 {
		t.Errorf("%d hop statements prepared for one direction and type set, want 1", hops)
	}
}

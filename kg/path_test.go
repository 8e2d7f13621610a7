package kg_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
)

// A path runs through relations in either direction, takes the fewest
// hops, and does not pass through what the caller may not see.
func TestShortestPath(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pump, seal, ring, bolt := "Product:pump", "Part:seal", "Part:ring", "Part:bolt"
	add(t, st, "public.md", kg.Public, []string{pump, seal, ring, bolt}, [][2]string{{pump, seal}, {ring, seal}})
	add(t, st, "secret.md", kg.Restricted, []string{pump, bolt}, [][2]string{{pump, bolt}})

	path, err := kg.ShortestPath(ctx, st, kg.Public, pump, ring, 4)
	if err != nil || len(path) != 2 || path[0].To != seal || path[1].From != ring {
		t.Fatalf("pump → ring = %+v, %v; want pump→seal←ring", path, err)
	}
	if path, err := kg.ShortestPath(ctx, st, kg.Restricted, bolt, pump, 4); err != nil || len(path) != 1 {
		t.Errorf("bolt → pump at restricted = %+v, %v; want one hop", path, err)
	}
	if _, err := kg.ShortestPath(ctx, st, kg.Public, bolt, pump, 4); kg.ErrorCode(err) != kg.ENOTFOUND {
		t.Errorf("bolt → pump at public = %v; want not found (the link is restricted)", err)
	}
	if _, err := kg.ShortestPath(ctx, st, kg.Public, pump, ring, 1); kg.ErrorCode(err) != kg.ENOTFOUND {
		t.Errorf("pump → ring within one hop = %v; want not found", err)
	}
}

func add(t *testing.T, st kg.Store, uri string, aud kg.Audience, ents []string, rels [][2]string) {
	t.Helper()
	ctx := context.Background()
	doc := kg.Document{ID: uri, URI: uri, Title: uri, SHA256: uri, Format: "md", Audience: aud}
	b, err := st.Begin(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	chunk := kg.ChunkID(doc.ID, 0)
	src := []kg.Source{{DocumentID: doc.ID, ChunkID: chunk}}
	if err := b.AddChunks(ctx, []kg.Chunk{{ID: chunk, DocumentID: doc.ID, Text: "parts of the pump"}}); err != nil {
		t.Fatal(err)
	}
	var es []kg.Entity
	for _, id := range ents {
		typ, name, _ := strings.Cut(id, ":")
		es = append(es, kg.Entity{ID: id, Type: typ, Name: name, Sources: src})
	}
	var rs []kg.Relation
	for _, r := range rels {
		rs = append(rs, kg.Relation{ID: kg.RelationID("HAS_PART", r[0], r[1]), Type: "HAS_PART", From: r[0], To: r[1], Sources: src})
	}
	if err := b.AddEntities(ctx, es); err != nil {
		t.Fatal(err)
	}
	if err := b.AddRelations(ctx, rs); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

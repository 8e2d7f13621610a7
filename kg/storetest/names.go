package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// testEntityNames checks the linking dictionary lists every name and
// alias, the alias an entity's id was made from included: a part asked
// about by its number alone ("where is 1116-0024-0040 used") must link on
// every store alike. Each form is listed once per entity, spelled as a
// source of the lowest audience wrote it: callers show it to people, and
// linking folds case itself.
func testEntityNames(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	lister := ability[kg.NameLister](t, s, "list entity names")
	plate := kg.EntityID(kg.Part, "1116-0024-0040")
	writePlate := func(uri string, aud kg.Audience, aliases ...string) {
		doc := kg.Document{ID: kg.DocumentID(uri), URI: uri, Title: uri, SHA256: uri, Format: "txt", Audience: aud}
		chunk := kg.Chunk{ID: chunkID(doc.ID, 0), Ordinal: 0, Text: "body: 3x5 grid plate 1116-0024-0040, 4 per assembly", Embedding: vec(1)}
		err := batchErr(ctx, s, doc, func(b kg.Batch) error {
			if err := b.AddChunks(ctx, []kg.Chunk{chunk}); err != nil {
				return err
			}
			return b.AddEntities(ctx, []kg.Entity{{ID: plate, Type: kg.Part, Name: "3x5 grid plate",
				Aliases: aliases, Sources: []kg.Source{{ChunkID: chunk.ID}}}})
		})
		must(t, "writing "+uri, err)
	}
	writePlate("file:///plant/bom.txt", kg.Internal, "GOBILDA GRID PLATE", "Kestrel plate")
	writePlate("file:///plant/manual.txt", kg.Public, "1116-0024-0040", "goBILDA grid plate")
	for _, c := range []struct {
		clearance kg.Audience
		want      []string
	}{
		{kg.Public, []string{"Part 1116-0024-0040 public", "Part 3x5 grid plate public", "Part goBILDA grid plate public"}},
		{kg.Internal, []string{"Part 1116-0024-0040 public", "Part 3x5 grid plate public", "Part Kestrel plate internal", "Part goBILDA grid plate public"}},
	} {
		var got []string
		err := lister.EntityNames(ctx, c.clearance, func(n kg.EntityName) error {
			if n.EntityID == plate {
				got = append(got, fmt.Sprintf("%s %s %s", n.Type, n.Surface, n.Audience))
			}
			return nil
		})
		must(t, "EntityNames", err)
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("names of %s at %s: %q; want %q", plate, c.clearance, got, c.want)
		}
	}
}

// testNameAndPropsOrder pins what a reader sees of an entity several
// sources assert, so every store answers alike: the name the first
// document of the lowest audience gave, whatever the documents' ids; and
// of two assertions from one chunk, the later one's properties.
func testNameAndPropsOrder(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	seal := kg.EntityID(kg.Part, "CP200-SEL-01")
	// The second document's id sorts first, so a store that picks the
	// lowest document id rather than the first writer is caught.
	first, second := "file:///plant/a.md", "file:///plant/b.md"
	if kg.DocumentID(first) < kg.DocumentID(second) {
		first, second = second, first
	}
	for i, uri := range []string{first, second} {
		doc := kg.Document{ID: kg.DocumentID(uri), URI: uri, Title: uri, SHA256: uri, Format: "md", Audience: kg.Public}
		chunk := kg.Chunk{ID: chunkID(doc.ID, 0), Ordinal: 0, Text: "the mechanical seal CP200-SEL-01", Embedding: vec(1)}
		name := []string{"CP200-SEL-01", "机械密封"}[i]
		src := []kg.Source{{ChunkID: chunk.ID}}
		err := batchErr(ctx, s, doc, func(b kg.Batch) error {
			if err := b.AddChunks(ctx, []kg.Chunk{chunk}); err != nil {
				return err
			}
			return b.AddEntities(ctx, []kg.Entity{
				{ID: seal, Type: kg.Part, Name: name, Props: kg.Props{"max_temp": "100"}, Sources: src},
				{ID: seal, Type: kg.Part, Name: name, Props: kg.Props{"max_temp": "110"}, Sources: src},
			})
		})
		must(t, "writing "+uri, err)
	}
	got, err := s.Entities(ctx, kg.Public, []string{seal})
	must(t, "Entities", err)
	if len(got) != 1 {
		t.Fatalf("Entities(%s) = %v", seal, got)
	}
	if got[0].Name != "CP200-SEL-01" {
		t.Errorf("name %q; want the first document's, CP200-SEL-01", got[0].Name)
	}
	if got[0].Props["max_temp"] != "110" {
		t.Errorf("max_temp %q; want the later assertion's, 110", got[0].Props["max_temp"])
	}
}

// testNameFollowsTheLowestAudience: an entity's display name comes from a
// source its caller may see. An internal sheet that names a part first must
// not give that name to the public caller a later public manual lets see
// the part, and deleting the manual gives the name back to the sheet.
func testNameFollowsTheLowestAudience(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	nut := kg.EntityID(kg.Part, "CP200-IMP-02")
	write := func(uri, name string, aud kg.Audience) kg.Document {
		doc := kg.Document{ID: kg.DocumentID(uri), URI: uri, Title: uri, SHA256: uri, Format: "md", Audience: aud}
		chunk := kg.Chunk{ID: chunkID(doc.ID, 0), Ordinal: 0, Text: "the impeller nut CP200-IMP-02", Embedding: vec(1)}
		err := batchErr(ctx, s, doc, func(b kg.Batch) error {
			if err := b.AddChunks(ctx, []kg.Chunk{chunk}); err != nil {
				return err
			}
			return b.AddEntities(ctx, []kg.Entity{{ID: nut, Type: kg.Part, Name: name, Sources: []kg.Source{{ChunkID: chunk.ID}}}})
		})
		must(t, "writing "+uri, err)
		return doc
	}
	nameAt := func(c kg.Audience) string {
		got, err := s.Entities(ctx, c, []string{nut})
		must(t, "Entities", err)
		if len(got) != 1 {
			return ""
		}
		return got[0].Name
	}
	write("file:///plant/bom.csv", "Project Kestrel nut", kg.Internal)
	manual := write("file:///plant/manual.md", "CP200-IMP-02", kg.Public)
	if got := nameAt(kg.Public); got != "CP200-IMP-02" {
		t.Errorf("public caller reads the part as %q; want the public manual's CP200-IMP-02", got)
	}
	if got := nameAt(kg.Internal); got != "CP200-IMP-02" {
		t.Errorf("internal caller reads the part as %q; want the lowest audience's CP200-IMP-02", got)
	}
	must(t, "DeleteDocument", s.DeleteDocument(ctx, manual.ID))
	if got := nameAt(kg.Internal); got != "Project Kestrel nut" {
		t.Errorf("after the manual is gone the part reads %q; want the sheet's name back", got)
	}
	if got := nameAt(kg.Public); got != "" {
		t.Errorf("after the manual is gone a public caller still sees the part as %q", got)
	}
}

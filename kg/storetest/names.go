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
// every store alike.
func testEntityNames(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	lister, ok := s.(kg.NameLister)
	if !ok {
		t.Skip("the store does not list entity names")
	}
	plate := kg.EntityID(kg.Part, "1116-0024-0040")
	doc := extraDoc(kg.Public)
	chunk := kg.Chunk{ID: chunkID(doc.ID, 0), Ordinal: 0, Text: "body: 3x5 grid plate 1116-0024-0040, 4 per assembly", Embedding: vec(1)}
	err := batchErr(ctx, s, doc, func(b kg.Batch) error {
		if err := b.AddChunks(ctx, []kg.Chunk{chunk}); err != nil {
			return err
		}
		return b.AddEntities(ctx, []kg.Entity{{ID: plate, Type: kg.Part, Name: "3x5 grid plate",
			Aliases: []string{"1116-0024-0040", "goBILDA grid plate"}, Sources: []kg.Source{{ChunkID: chunk.ID}}}})
	})
	must(t, "writing the grid plate", err)
	var got []string
	err = lister.EntityNames(ctx, kg.Public, func(n kg.EntityName) error {
		if n.EntityID == plate {
			got = append(got, fmt.Sprintf("%s %s %s", n.Type, kg.NormalizeName(n.Surface), n.Audience))
		}
		return nil
	})
	must(t, "EntityNames", err)
	slices.Sort(got)
	got = slices.Compact(got)
	want := []string{"Part 1116-0024-0040 public", "Part 3x5 grid plate public", "Part gobilda grid plate public"}
	if !slices.Equal(got, want) {
		t.Errorf("names of %s: %q; want %q", plate, got, want)
	}
}

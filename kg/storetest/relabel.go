package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// relabelled is the manual with the same content at another audience.
func relabelled(a kg.Audience) docFixture {
	f := manual()
	f.doc.Audience = a
	return f
}

// testRelabel stores the public manual again, same bytes, as internal:
// the audience is part of the document's identity, so the write is not
// "unchanged", and every fact the manual supported has its visibility
// recomputed in the same commit. Lowering it again publishes them again.
func testRelabel(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	ingest(t, ctx, s, relabelled(kg.Internal))

	d, err := s.Document(ctx, kg.Internal, manualID)
	must(t, "Document", err)
	if d.Audience != kg.Internal {
		t.Errorf("relabelled manual has audience %s, want internal", d.Audience)
	}
	_, err = s.Document(ctx, kg.Public, manualID)
	wantErr(t, "public Document of the relabelled manual", err, kg.ErrNotFound)
	seenBy(t, ctx, s, kg.Public, nil, nil, nil)
	// The impeller and its supplier link stay at the partner sheet's level.
	seenBy(t, ctx, s, kg.Partner, []string{chunkID(supplierID, 0)}, []string{impeller, acme}, []string{suppliedBy})

	ingest(t, ctx, s, relabelled(kg.Public))
	seenBy(t, ctx, s, kg.Public, chunkIDs(manual().chunks), []string{pump, impeller, steel}, []string{hasPart, madeOf})
}

// seenBy checks exactly what a caller at clearance c finds of the fixture.
func seenBy(t *testing.T, ctx context.Context, s kg.Store, c kg.Audience, chunks, ents, rels []string) {
	t.Helper()
	docs, err := s.ListDocuments(ctx, c, kg.DocumentQuery{})
	must(t, "ListDocuments", err)
	for _, d := range docs {
		if d.Audience > c {
			t.Errorf("%s caller lists %s at %s", c, d.URI, d.Audience)
		}
	}
	got, err := s.Chunks(ctx, c, allChunkIDs())
	must(t, "Chunks", err)
	sameSet(t, c.String()+" chunks", chunkIDs(got), chunks)
	hits, err := s.SearchChunks(ctx, c, kg.ChunkQuery{Text: "impeller 叶轮 stainless", Limit: 50})
	must(t, "SearchChunks", err)
	for _, h := range hits {
		if !slices.Contains(chunks, h.ID) {
			t.Errorf("%s caller finds chunk %s by search", c, h.ID)
		}
	}
	e, err := s.Entities(ctx, c, allEntities)
	must(t, "Entities", err)
	sameSet(t, c.String()+" entities", entityIDs(e), ents)
	found, err := s.FindEntities(ctx, c, kg.EntityQuery{Text: "stainless steel 316L", Limit: 10})
	must(t, "FindEntities", err)
	if slices.Contains(entityIDs(found), steel) != slices.Contains(ents, steel) {
		t.Errorf("%s caller FindEntities(steel) = %v", c, entityIDs(found))
	}
	r, err := s.Relations(ctx, c, kg.RelationQuery{})
	must(t, "Relations", err)
	sameSet(t, c.String()+" relations", relationIDs(r), rels)
	g, err := s.Neighbourhood(ctx, c, kg.NeighbourQuery{Seeds: allEntities, Hops: 2})
	must(t, "Neighbourhood", err)
	for _, x := range g.Relations {
		if !slices.Contains(rels, x.ID) {
			t.Errorf("%s caller reaches relation %s", c, x.ID)
		}
	}
}

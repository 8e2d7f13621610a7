package storetest

import (
	"context"
	"encoding/json"
	"slices"
	"sort"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// manualV2 is a revised manual that no longer mentions the impeller or
// its material.
func manualV2() docFixture {
	f := manual()
	f.doc.SHA256 = "sha-manual-2"
	f.doc.Version = "2"
	f.chunks = []kg.Chunk{{ID: chunkID(manualID, 0), Ordinal: 0, Text: "Pump P-100 revision two. 泵的第二版说明书。", Embedding: vec(0, 0, 0, 1)}}
	f.ents = []kg.Entity{{ID: pump, Type: kg.Product, Name: "Pump P-100", Sources: src(manualID, 0)}}
	f.rels = nil
	return f
}

func testUnchanged(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	before := snapshot(t, ctx, s)
	b, err := s.Begin(ctx, manual().doc)
	wantErr(t, "Begin with the same URI and SHA256", err, kg.ErrUnchanged)
	if err == nil {
		b.Rollback()
	}
	sameSnapshot(t, "after an unchanged Begin", before, snapshot(t, ctx, s))
}

func testReplaceOnChange(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	ingest(t, ctx, s, manualV2())

	d, err := s.Document(ctx, kg.Public, manualID)
	must(t, "Document", err)
	if d.SHA256 != "sha-manual-2" || d.Version != "2" || d.Chunks != 1 || d.Facts != 1 {
		t.Errorf("replaced document = %+v, want version 2 with 1 chunk and 1 fact", *d)
	}
	chunks, err := s.Chunks(ctx, kg.Internal, allChunkIDs())
	must(t, "Chunks", err)
	if c, ok := find(chunks, func(c kg.Chunk) string { return c.ID }, chunkID(manualID, 0)); !ok || c.Text != manualV2().chunks[0].Text {
		t.Errorf("manual chunk 0 = %+v, want the new text", c)
	}
	if slices.Contains(chunkIDs(chunks), chunkID(manualID, 1)) || slices.Contains(chunkIDs(chunks), chunkID(manualID, 2)) {
		t.Errorf("old chunks survive the new version: %v", chunkIDs(chunks))
	}

	ents, err := s.Entities(ctx, kg.Internal, allEntities)
	must(t, "Entities", err)
	sameSet(t, "entities after replace", entityIDs(ents), []string{pump, impeller, wear, cavitation, acme})
	if imp, _ := entityByID(ents, impeller); imp.Audience != kg.Partner || slices.Contains(imp.Aliases, "叶轮") || imp.Props["material"] != "" {
		t.Errorf("impeller after the manual dropped it = %+v, want partner, without the manual's alias and props", imp)
	}
	rels, err := s.Relations(ctx, kg.Internal, kg.RelationQuery{})
	must(t, "Relations", err)
	sameSet(t, "relations after replace", relationIDs(rels), []string{hasPart, hasFM, causedBy, suppliedBy})
	if r, _ := relationByID(rels, hasPart); r.Conflict || r.Audience != kg.Internal || r.Props["qty"] != "2" {
		t.Errorf("HAS_PART kept by the FMEA alone = %+v, want internal, qty 2, no conflict", r)
	}
	pub, err := s.Relations(ctx, kg.Public, kg.RelationQuery{})
	must(t, "Relations", err)
	sameSet(t, "public relations after replace", relationIDs(pub), nil)

	hits, err := s.SearchChunks(ctx, kg.Internal, kg.ChunkQuery{Text: "stainless"})
	must(t, "SearchChunks", err)
	sameSet(t, "search for replaced text", scoredIDs(hits), nil)
	hits, err = s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "revision 第二版"})
	must(t, "SearchChunks", err)
	sameSet(t, "search for new text", scoredIDs(hits), []string{chunkID(manualID, 0)})
	near, err := s.NearestChunks(ctx, kg.Public, vec(0, 0, 0, 1), 1)
	must(t, "NearestChunks", err)
	if len(near) != 1 || near[0].ID != chunkID(manualID, 0) || near[0].Score < 0.999 {
		t.Errorf("NearestChunks to the new vector = %v, want the new chunk with cosine 1", near)
	}
}

func testRollback(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	before := snapshot(t, ctx, s)

	b, err := s.Begin(ctx, manualV2().doc)
	must(t, "Begin", err)
	must(t, "fill", fill(ctx, b, manualV2()))
	must(t, "Rollback", b.Rollback())
	sameSnapshot(t, "after Rollback", before, snapshot(t, ctx, s))

	b, err = s.Begin(ctx, manualV2().doc)
	must(t, "Begin", err)
	must(t, "fill", fill(ctx, b, manualV2()))
	sameSnapshot(t, "with a batch never committed", before, snapshot(t, ctx, s))
	b.Rollback()

	b, err = s.Begin(ctx, manualV2().doc)
	must(t, "Begin", err)
	err = fill(ctx, b, manualV2())
	if err == nil {
		err = b.AddRelations(ctx, []kg.Relation{{Type: kg.Uses, From: pump, To: kg.EntityID(kg.Tool, "nowhere")}})
	}
	if err == nil {
		err = b.Commit(ctx)
	}
	b.Rollback()
	wantErr(t, "commit with a dangling relation", err, kg.ErrInvalid)
	sameSnapshot(t, "after a failed commit", before, snapshot(t, ctx, s))

	_, err = s.Begin(ctx, manual().doc)
	wantErr(t, "Begin of the old version after rollbacks", err, kg.ErrUnchanged)
	ingest(t, ctx, s, manualV2())
}

func testDelete(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	must(t, "DeleteDocument", s.DeleteDocument(ctx, manualID))

	_, err := s.Document(ctx, kg.Internal, manualID)
	wantErr(t, "Document after delete", err, kg.ErrNotFound)
	chunks, err := s.Chunks(ctx, kg.Restricted, allChunkIDs())
	must(t, "Chunks", err)
	sameSet(t, "chunks after delete", chunkIDs(chunks), []string{chunkID(fmeaID, 0), chunkID(fmeaID, 1), chunkID(supplierID, 0)})

	ents, err := s.Entities(ctx, kg.Internal, allEntities)
	must(t, "Entities", err)
	sameSet(t, "entities after delete", entityIDs(ents), []string{pump, impeller, wear, cavitation, acme})
	p, _ := entityByID(ents, pump)
	if p.Audience != kg.Internal || slices.Contains(p.Aliases, "P-100 离心泵") || p.Props["rated_flow"] != "" || p.Props["rpm_limit"] != "INT-3100" {
		t.Errorf("pump kept by the FMEA alone = %+v, want internal with only the FMEA's props", p)
	}
	pub, err := s.Entities(ctx, kg.Public, allEntities)
	must(t, "Entities", err)
	sameSet(t, "public entities after delete", entityIDs(pub), nil)
	found, err := s.FindEntities(ctx, kg.Public, kg.EntityQuery{Text: "Pump P-100"})
	must(t, "FindEntities", err)
	sameSet(t, "public FindEntities after delete", entityIDs(found), nil)

	rels, err := s.Relations(ctx, kg.Internal, kg.RelationQuery{})
	must(t, "Relations", err)
	sameSet(t, "relations after delete", relationIDs(rels), []string{hasPart, hasFM, causedBy, suppliedBy})
	if r, _ := relationByID(rels, hasPart); r.Conflict || r.Audience != kg.Internal {
		t.Errorf("HAS_PART after delete = %+v, want internal without conflict", r)
	}

	wantErr(t, "second delete", s.DeleteDocument(ctx, manualID), kg.ErrNotFound)
	wantErr(t, "unknown delete", s.DeleteDocument(ctx, "no-such-document"), kg.ErrNotFound)

	must(t, "DeleteDocument", s.DeleteDocument(ctx, fmeaID))
	ents, err = s.Entities(ctx, kg.Restricted, allEntities)
	must(t, "Entities", err)
	sameSet(t, "entities left by the supplier", entityIDs(ents), []string{impeller, acme})
	rels, err = s.Relations(ctx, kg.Restricted, kg.RelationQuery{})
	must(t, "Relations", err)
	sameSet(t, "relations left by the supplier", relationIDs(rels), []string{suppliedBy})

	ingest(t, ctx, s, fmea())
	d, err := s.Document(ctx, kg.Internal, fmeaID)
	must(t, "Document after re-adding", err)
	if d.Chunks != 2 {
		t.Errorf("re-added FMEA has %d chunks", d.Chunks)
	}
}

// state is everything a restricted caller can read, in a stable order.
type state struct {
	Documents []kg.Document
	Chunks    []kg.Chunk
	Entities  []kg.Entity
	Relations []kg.Relation
	Search    []string
	Nearest   []string
	Stats     *kg.Stats
}

func snapshot(t *testing.T, ctx context.Context, s kg.Store) string {
	t.Helper()
	var st state
	var err error
	st.Documents, err = s.ListDocuments(ctx, kg.Restricted, kg.DocumentQuery{})
	must(t, "snapshot", err)
	st.Chunks, err = s.Chunks(ctx, kg.Restricted, append(allChunkIDs(), chunkID(manualID, 3)))
	must(t, "snapshot", err)
	st.Entities, err = s.Entities(ctx, kg.Restricted, append(allEntities, kg.EntityID(kg.Tool, "nowhere")))
	must(t, "snapshot", err)
	st.Relations, err = s.Relations(ctx, kg.Restricted, kg.RelationQuery{})
	must(t, "snapshot", err)
	hits, err := s.SearchChunks(ctx, kg.Restricted, kg.ChunkQuery{Text: "impeller revision 叶轮 第二版"})
	must(t, "snapshot", err)
	st.Search = sorted(scoredIDs(hits))
	near, err := s.NearestChunks(ctx, kg.Restricted, vec(0, 0, 0, 1), 10)
	must(t, "snapshot", err)
	st.Nearest = sorted(scoredIDs(near))
	if ss, ok := s.(kg.Statser); ok {
		stats, err := ss.Stats(ctx, kg.Restricted)
		must(t, "snapshot", err)
		st.Stats = &stats
	}
	sort.Slice(st.Documents, func(i, j int) bool { return st.Documents[i].ID < st.Documents[j].ID })
	sort.Slice(st.Chunks, func(i, j int) bool { return st.Chunks[i].ID < st.Chunks[j].ID })
	sort.Slice(st.Entities, func(i, j int) bool { return st.Entities[i].ID < st.Entities[j].ID })
	sort.Slice(st.Relations, func(i, j int) bool { return st.Relations[i].ID < st.Relations[j].ID })
	for i := range st.Entities {
		sortSources(st.Entities[i].Sources)
		st.Entities[i].Aliases = sorted(st.Entities[i].Aliases)
	}
	for i := range st.Relations {
		sortSources(st.Relations[i].Sources)
	}
	b, err := json.MarshalIndent(st, "", " ")
	must(t, "snapshot", err)
	return string(b)
}

func sortSources(list []kg.Source) {
	sort.Slice(list, func(i, j int) bool {
		if list[i].DocumentID != list[j].DocumentID {
			return list[i].DocumentID < list[j].DocumentID
		}
		return list[i].ChunkID < list[j].ChunkID
	})
}

func sameSnapshot(t *testing.T, what, want, got string) {
	t.Helper()
	if want != got {
		t.Errorf("store changed %s:\nbefore: %s\nafter: %s", what, want, got)
	}
}

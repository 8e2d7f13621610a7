package storetest

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// The shared-part fixture: a public manual and an internal FMEA assert the
// same seal. The internal sheet adds an alias, a conflicting torque and a
// relation, so every read must show a public caller the manual's view only.
var (
	sealPump = kg.EntityID(kg.Product, "Pump P-100")
	seal     = kg.EntityID(kg.Part, "Mechanical seal")
	leak     = kg.EntityID(kg.FailureMode, "Seal leak")
)

func sealDocs() (pub, internal kg.Document) {
	pub = kg.Document{URI: "file:///seal/manual.md", Title: "Pump manual", SHA256: "a1", Format: "md", Audience: kg.Public}
	internal = kg.Document{URI: "file:///seal/fmea.xlsx", Title: "FMEA", SHA256: "b1", Format: "xlsx", Audience: kg.Internal}
	pub.ID, internal.ID = kg.DocumentID(pub.URI), kg.DocumentID(internal.URI)
	return pub, internal
}

// seedSeal writes both documents. Chunks carry no id, so the store names
// them from the document and ordinal.
func seedSeal(t *testing.T, ctx context.Context, s kg.Store) (pub, internal kg.Document) {
	t.Helper()
	pub, internal = sealDocs()
	c0 := []kg.Source{{ChunkID: kg.ChunkID(pub.ID, 0)}}
	ingest(t, ctx, s, docFixture{doc: pub,
		chunks: []kg.Chunk{
			{Ordinal: 0, Text: "The Pump P-100 uses a mechanical seal. Torque 12 Nm.", Embedding: vec(1)},
			{Ordinal: 1, Text: "泵的机械密封需要定期检查。", Embedding: vec(0, 1)},
		},
		ents: []kg.Entity{
			{Type: kg.Product, Name: "Pump P-100", Sources: c0},
			{Type: kg.Part, Name: "Mechanical seal", Aliases: []string{"机械密封"}, Props: kg.Props{"torque": "12 Nm"}, Sources: c0},
		},
		rels: []kg.Relation{{Type: kg.HasPart, From: sealPump, To: seal, Props: kg.Props{"qty": "1"}, Sources: c0}},
	})
	i0 := []kg.Source{{ChunkID: kg.ChunkID(internal.ID, 0)}}
	ingest(t, ctx, s, docFixture{doc: internal,
		chunks: []kg.Chunk{{Ordinal: 0, Text: "Seal leak caused by dry running; secret alias SX-9.", Embedding: vec(0, 0, 1)}},
		ents: []kg.Entity{
			{Type: kg.Part, Name: "Mechanical seal", Aliases: []string{"机械密封", "SX-9"}, Props: kg.Props{"torque": "15 Nm"}, Sources: i0},
			{Type: kg.FailureMode, Name: "Seal leak", Sources: i0},
		},
		rels: []kg.Relation{{Type: kg.HasFailureMode, From: seal, To: leak, Sources: i0}},
	})
	return pub, internal
}

// testSharedFactAudience: every read of a fact two audiences assert shows
// a caller only the sources, aliases and properties of its clearance.
func testSharedFactAudience(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	seedSeal(t, ctx, s)

	pub, err := s.Entities(ctx, kg.Public, []string{seal})
	if err != nil || len(pub) != 1 {
		t.Fatalf("public Entities = %v, %v", pub, err)
	}
	if len(pub[0].Sources) != 1 || pub[0].Props["torque"] != "12 Nm" || len(pub[0].Aliases) != 1 {
		t.Errorf("public sees %+v; want one source, torque 12 Nm, alias 机械密封 only", pub[0])
	}
	in, err := s.Entities(ctx, kg.Internal, []string{seal})
	if err != nil || len(in) != 1 || len(in[0].Sources) != 2 || len(in[0].Aliases) != 2 {
		t.Fatalf("internal Entities = %+v, %v", in, err)
	}
	if got, _ := s.FindEntities(ctx, kg.Public, kg.EntityQuery{Text: "SX-9"}); len(got) != 0 {
		t.Errorf("public FindEntities(SX-9) = %+v; the alias is internal", got)
	}
	if got, _ := s.FindEntities(ctx, kg.Internal, kg.EntityQuery{Text: "sx-9"}); len(got) != 1 || got[0].ID != seal {
		t.Errorf("internal FindEntities(sx-9) = %+v", got)
	}
	if got, _ := s.FindEntities(ctx, kg.Public, kg.EntityQuery{Text: "机械密封"}); len(got) != 1 || got[0].ID != seal {
		t.Errorf("FindEntities(机械密封) = %+v", got)
	}
	hits, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "密封 检查"})
	if err != nil || len(hits) == 0 || hits[0].Ordinal != 1 {
		t.Errorf("SearchChunks(密封 检查) = %+v, %v", hits, err)
	}
	if hits, _ := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "dry running"}); len(hits) != 0 {
		t.Errorf("public SearchChunks found the internal chunk: %+v", hits)
	}
	near, err := s.NearestChunks(ctx, kg.Public, vec(0, 0, 1, 0.1), 2)
	if err != nil || len(near) != 2 {
		t.Fatalf("NearestChunks = %+v, %v", near, err)
	}
	for _, h := range near {
		if h.Audience != kg.Public {
			t.Errorf("public NearestChunks returned a %s chunk", h.Audience)
		}
	}
	g, err := s.Neighbourhood(ctx, kg.Internal, kg.NeighbourQuery{Seeds: []string{sealPump}, Hops: 2})
	if err != nil || len(g.Relations) != 2 || len(g.Entities) != 3 {
		t.Errorf("internal Neighbourhood = %+v, %v", g, err)
	}
	g, err = s.Neighbourhood(ctx, kg.Public, kg.NeighbourQuery{Seeds: []string{sealPump}, Hops: 2})
	if err != nil || len(g.Relations) != 1 || len(g.Entities) != 2 {
		t.Errorf("public Neighbourhood = %+v, %v", g, err)
	}
	rels, err := s.Relations(ctx, kg.Internal, kg.RelationQuery{From: []string{seal}})
	if err != nil || len(rels) != 1 {
		t.Errorf("Relations(from seal) = %+v, %v", rels, err)
	}
	sup, err := s.SupportingChunks(ctx, kg.Public, []string{seal})
	if err != nil || len(sup[seal]) != 1 {
		t.Errorf("SupportingChunks = %+v, %v", sup, err)
	}
	wantCounts(t, ctx, s, kg.Public, "public", kg.Stats{Documents: 1, Chunks: 2, Entities: 2, Relations: 1})
}

// testDeleteRecomputesAudience: when the public source of a shared fact
// goes, the fact becomes internal and facts with no source left go too;
// a version with no facts leaves none behind.
func testDeleteRecomputesAudience(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	pub, internal := seedSeal(t, ctx, s)

	if _, err := s.Begin(ctx, pub); !errors.Is(err, kg.ErrUnchanged) {
		t.Fatalf("Begin with the same SHA256 = %v; want ErrUnchanged", err)
	}
	must(t, "DeleteDocument", s.DeleteDocument(ctx, pub.ID))
	if got, _ := s.Entities(ctx, kg.Public, []string{seal}); len(got) != 0 {
		t.Errorf("seal still public after its public source went: %+v", got)
	}
	got, err := s.Entities(ctx, kg.Restricted, []string{seal, sealPump})
	must(t, "Entities", err)
	if len(got) != 1 || got[0].Audience != kg.Internal {
		t.Errorf("after delete: %+v; want the seal alone, internal", got)
	}
	wantErr(t, "second delete", s.DeleteDocument(ctx, pub.ID), kg.ErrNotFound)

	internal.SHA256 = "b2"
	ingest(t, ctx, s, docFixture{doc: internal, chunks: []kg.Chunk{{Ordinal: 0, Text: "rewritten", Embedding: vec(1)}}})
	ents, err := s.Entities(ctx, kg.Restricted, []string{seal, sealPump, leak})
	must(t, "Entities", err)
	rels, err := s.Relations(ctx, kg.Restricted, kg.RelationQuery{})
	must(t, "Relations", err)
	if len(ents) != 0 || len(rels) != 0 {
		t.Errorf("after a fact-free version: entities %v, relations %v; want none", entityIDs(ents), relationIDs(rels))
	}
	// One document and its chunk.
	wantCounts(t, ctx, s, kg.Restricted, "after a fact-free version", kg.Stats{Documents: 1, Chunks: 1})
}

// testInvalidTypesAndEndpoints: types outside the ontology, which some
// stores write into query text as labels, and relations to entities no
// one asserted are refused as invalid before anything is written.
func testInvalidTypesAndEndpoints(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	b, err := s.Begin(ctx, kg.Document{URI: "x", SHA256: "1"})
	must(t, "Begin", err)
	defer b.Rollback()
	if err := b.AddEntities(ctx, []kg.Entity{{Type: "Part`) DETACH DELETE n //", Name: "x"}}); !errors.Is(err, kg.ErrInvalid) {
		t.Errorf("bad entity type: %v", err)
	}
	if err := b.AddRelations(ctx, []kg.Relation{{Type: "EVIL", From: "a", To: "b"}}); !errors.Is(err, kg.ErrInvalid) {
		t.Errorf("bad relation type: %v", err)
	}
	err = b.AddRelations(ctx, []kg.Relation{{Type: kg.HasPart, From: "Part:nope", To: "Part:none"}})
	if err == nil {
		err = b.Commit(ctx)
	}
	if !errors.Is(err, kg.ErrInvalid) {
		t.Errorf("unknown endpoints: %v", err)
	}
}

// testEntityNamesClearance: the linking dictionary lists a surface form at
// the lowest audience asserting it and hides forms above the clearance;
// an error from the callback stops the listing and is returned as is.
func testEntityNamesClearance(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	lister := ability[kg.NameLister](t, s, "list entity names")
	seedSeal(t, ctx, s)
	names := map[kg.Audience]map[string]kg.Audience{}
	for _, c := range []kg.Audience{kg.Public, kg.Internal} {
		names[c] = map[string]kg.Audience{}
		err := lister.EntityNames(ctx, c, func(n kg.EntityName) error {
			form := kg.NormalizeName(n.Surface)
			if a, seen := names[c][form]; !seen || n.Audience < a {
				names[c][form] = n.Audience
			}
			return nil
		})
		must(t, "EntityNames", err)
	}
	if _, ok := names[kg.Public]["sx-9"]; ok {
		t.Errorf("public names include the internal alias SX-9: %v", names[kg.Public])
	}
	if _, ok := names[kg.Public]["seal leak"]; ok {
		t.Errorf("public names include the internal entity Seal leak: %v", names[kg.Public])
	}
	if a, ok := names[kg.Internal]["sx-9"]; !ok || a != kg.Internal {
		t.Errorf("internal names: %v; want SX-9 at internal", names[kg.Internal])
	}
	for _, surface := range []string{"mechanical seal", "机械密封"} {
		if a, ok := names[kg.Internal][surface]; !ok || a != kg.Public {
			t.Errorf("internal names: %v; want %s at public", names[kg.Internal], surface)
		}
	}
	stop := errors.New("stop")
	calls := 0
	err := lister.EntityNames(ctx, kg.Internal, func(kg.EntityName) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("EntityNames returned %v after %d calls; want the callback's error after one", err, calls)
	}
}

// wantCounts checks the counts a store that keeps them reports at
// clearance c (types aside).
func wantCounts(t *testing.T, ctx context.Context, s kg.Store, c kg.Audience, when string, want kg.Stats) {
	t.Helper()
	ss, ok := s.(kg.Statser)
	if !ok {
		return
	}
	st, err := ss.Stats(ctx, c)
	st.ByType = nil
	if err != nil || !reflect.DeepEqual(st, want) {
		t.Errorf("Stats %s = %+v, %v; want %+v", when, st, err, want)
	}
}

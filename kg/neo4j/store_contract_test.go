package neo4j

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// seed writes a public and an internal document that share a part: the
// internal one adds an alias, a conflicting torque value and a relation.
func seed(t *testing.T, s *Store) (pub, internal kg.Document) {
	t.Helper()
	pub = kg.Document{URI: "file:///manual.md", Title: "Pump manual", SHA256: "a1", Format: "md", Audience: kg.Public}
	internal = kg.Document{URI: "file:///fmea.xlsx", Title: "FMEA", SHA256: "b1", Format: "xlsx", Audience: kg.Internal}
	pump := kg.Entity{Type: kg.Product, Name: "Pump P-100"}
	seal := kg.Entity{Type: kg.Part, Name: "Mechanical seal", Aliases: []string{"机械密封"}}
	write(t, s, pub, []kg.Chunk{
		{Ordinal: 0, Text: "The Pump P-100 uses a mechanical seal. Torque 12 Nm.", Embedding: []float32{1, 0, 0, 0}},
		{Ordinal: 1, Text: "泵的机械密封需要定期检查。", Embedding: []float32{0, 1, 0, 0}},
	}, func(doc kg.Document) ([]kg.Entity, []kg.Relation) {
		c0 := kg.ChunkID(doc.ID, 0)
		p, sl := pump, seal
		p.Sources = []kg.Source{{ChunkID: c0}}
		sl.Sources = []kg.Source{{ChunkID: c0}}
		sl.Props = kg.Props{"torque": "12 Nm"}
		return []kg.Entity{p, sl}, []kg.Relation{{Type: kg.HasPart, From: kg.EntityID(kg.Product, pump.Name), To: kg.EntityID(kg.Part, seal.Name),
			Props: kg.Props{"qty": "1"}, Sources: []kg.Source{{ChunkID: c0}}}}
	})
	write(t, s, internal, []kg.Chunk{
		{Ordinal: 0, Text: "Seal leak caused by dry running; secret alias SX-9.", Embedding: []float32{0, 0, 1, 0}},
	}, func(doc kg.Document) ([]kg.Entity, []kg.Relation) {
		c0 := kg.ChunkID(doc.ID, 0)
		sl := seal
		sl.Aliases = []string{"SX-9"}
		sl.Props = kg.Props{"torque": "15 Nm"}
		sl.Sources = []kg.Source{{ChunkID: c0}}
		fm := kg.Entity{Type: kg.FailureMode, Name: "Seal leak", Sources: []kg.Source{{ChunkID: c0}}}
		return []kg.Entity{sl, fm}, []kg.Relation{{Type: kg.HasFailureMode, From: kg.EntityID(kg.Part, seal.Name), To: kg.EntityID(kg.FailureMode, fm.Name),
			Sources: []kg.Source{{ChunkID: c0}}}}
	})
	return pub, internal
}

func write(t *testing.T, s *Store, doc kg.Document, chunks []kg.Chunk, facts func(kg.Document) ([]kg.Entity, []kg.Relation)) {
	t.Helper()
	ctx := context.Background()
	doc.ID = kg.DocumentID(doc.URI)
	b, err := s.Begin(ctx, doc)
	if err != nil {
		t.Fatalf("Begin %s: %v", doc.URI, err)
	}
	ents, rels := facts(doc)
	if err := b.AddChunks(ctx, chunks); err != nil {
		t.Fatal(err)
	}
	if err := b.AddEntities(ctx, ents); err != nil {
		t.Fatal(err)
	}
	if err := b.AddRelations(ctx, rels); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatalf("Commit %s: %v (%v)", doc.URI, err, errors.Unwrap(err))
	}
}

func TestAudienceFiltersSourcesAndAliases(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	ctx := context.Background()
	seed(t, s)
	sealID := kg.EntityID(kg.Part, "Mechanical seal")

	pub, err := s.Entities(ctx, kg.Public, []string{sealID})
	if err != nil || len(pub) != 1 {
		t.Fatalf("public Entities = %v, %v", pub, err)
	}
	if len(pub[0].Sources) != 1 || pub[0].Props["torque"] != "12 Nm" || len(pub[0].Aliases) != 1 {
		t.Errorf("public sees %+v; want one source, torque 12 Nm, alias 机械密封 only", pub[0])
	}
	in, err := s.Entities(ctx, kg.Internal, []string{sealID})
	if err != nil || len(in) != 1 || len(in[0].Sources) != 2 || len(in[0].Aliases) != 2 {
		t.Fatalf("internal Entities = %+v, %v", in, err)
	}
	if got, _ := s.FindEntities(ctx, kg.Public, kg.EntityQuery{Text: "SX-9"}); len(got) != 0 {
		t.Errorf("public FindEntities(SX-9) = %+v; the alias is internal", got)
	}
	if got, _ := s.FindEntities(ctx, kg.Internal, kg.EntityQuery{Text: "sx-9"}); len(got) != 1 || got[0].ID != sealID {
		t.Errorf("internal FindEntities(sx-9) = %+v", got)
	}
	if got, _ := s.FindEntities(ctx, kg.Public, kg.EntityQuery{Text: "机械密封"}); len(got) != 1 || got[0].ID != sealID {
		t.Errorf("FindEntities(机械密封) = %+v", got)
	}
	hits, err := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "密封 检查"})
	if err != nil || len(hits) == 0 || hits[0].Ordinal != 1 {
		t.Errorf("SearchChunks(密封 检查) = %+v, %v", hits, err)
	}
	if hits, _ := s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "dry running"}); len(hits) != 0 {
		t.Errorf("public SearchChunks found internal chunk: %+v", hits)
	}
	near, err := s.NearestChunks(ctx, kg.Public, []float32{0, 0, 1, 0.1}, 2)
	if err != nil || len(near) != 2 {
		t.Fatalf("NearestChunks = %+v, %v", near, err)
	}
	for _, h := range near {
		if h.Audience != kg.Public {
			t.Errorf("public NearestChunks returned %s chunk", h.Audience)
		}
	}
	g, err := s.Neighbourhood(ctx, kg.Internal, kg.NeighbourQuery{Seeds: []string{kg.EntityID(kg.Product, "Pump P-100")}, Hops: 2})
	if err != nil || len(g.Relations) != 2 || len(g.Entities) != 3 {
		t.Errorf("internal Neighbourhood = %+v, %v", g, err)
	}
	g, err = s.Neighbourhood(ctx, kg.Public, kg.NeighbourQuery{Seeds: []string{kg.EntityID(kg.Product, "Pump P-100")}, Hops: 2})
	if err != nil || len(g.Relations) != 1 || len(g.Entities) != 2 {
		t.Errorf("public Neighbourhood = %+v, %v", g, err)
	}
	rels, err := s.Relations(ctx, kg.Internal, kg.RelationQuery{From: []string{sealID}})
	if err != nil || len(rels) != 1 {
		t.Errorf("Relations(from seal) = %+v, %v", rels, err)
	}
	sup, err := s.SupportingChunks(ctx, kg.Public, []string{sealID})
	if err != nil || len(sup[sealID]) != 1 {
		t.Errorf("SupportingChunks = %+v, %v", sup, err)
	}
	st, err := s.Stats(ctx, kg.Public)
	if err != nil || st.Documents != 1 || st.Chunks != 2 || st.Entities != 2 || st.Relations != 1 {
		t.Errorf("public Stats = %+v, %v", st, err)
	}
}

func TestReplaceAndDeleteRecomputeAudience(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	ctx := context.Background()
	pub, internal := seed(t, s)
	sealID := kg.EntityID(kg.Part, "Mechanical seal")

	if _, err := s.Begin(ctx, pub); !errors.Is(err, kg.ErrUnchanged) {
		t.Fatalf("Begin same sha256 = %v; want ErrUnchanged", err)
	}
	if err := s.DeleteDocument(ctx, kg.DocumentID(pub.URI)); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Entities(ctx, kg.Public, []string{sealID}); len(got) != 0 {
		t.Errorf("seal still public after its public source went: %+v", got)
	}
	got, _ := s.Entities(ctx, kg.Restricted, []string{sealID, kg.EntityID(kg.Product, "Pump P-100")})
	if len(got) != 1 || got[0].Audience != kg.Internal {
		t.Errorf("after delete: %+v; want the seal alone, internal", got)
	}
	if err := s.DeleteDocument(ctx, kg.DocumentID(pub.URI)); !errors.Is(err, kg.ErrNotFound) {
		t.Errorf("second delete = %v; want ErrNotFound", err)
	}
	internal.SHA256 = "b2"
	write(t, s, internal, []kg.Chunk{{Ordinal: 0, Text: "rewritten"}}, func(kg.Document) ([]kg.Entity, []kg.Relation) { return nil, nil })
	if nodes, rels := counts(t, s); nodes != 2 || rels != 1 {
		t.Errorf("after replacing with a fact-free version: %d nodes, %d relationships; want document and chunk", nodes, rels)
	}
}

func TestInvalidTypesAndEndpoints(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	ctx := context.Background()
	b, err := s.Begin(ctx, kg.Document{URI: "x", SHA256: "1"})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	if err := b.AddEntities(ctx, []kg.Entity{{Type: "Part`) DETACH DELETE n //", Name: "x"}}); !errors.Is(err, kg.ErrInvalid) {
		t.Errorf("bad entity type: %v", err)
	}
	if err := b.AddRelations(ctx, []kg.Relation{{Type: "EVIL", From: "a", To: "b"}}); !errors.Is(err, kg.ErrInvalid) {
		t.Errorf("bad relation type: %v", err)
	}
	if err := b.AddRelations(ctx, []kg.Relation{{Type: kg.HasPart, From: "Part:nope", To: "Part:none"}}); !errors.Is(err, kg.ErrInvalid) {
		t.Errorf("unknown endpoints: %v", err)
	}
}

func TestEntityNamesHonourClearance(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	seed(t, s)
	names := map[kg.Audience]map[string]kg.Audience{}
	for _, c := range []kg.Audience{kg.Public, kg.Internal} {
		names[c] = map[string]kg.Audience{}
		err := s.EntityNames(context.Background(), c, func(n kg.EntityName) error {
			names[c][n.Surface] = n.Audience
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := names[kg.Public]["SX-9"]; ok {
		t.Errorf("public names include the internal alias SX-9: %v", names[kg.Public])
	}
	if a, ok := names[kg.Internal]["SX-9"]; !ok || a != kg.Internal {
		t.Errorf("internal names: %v; want SX-9 at internal", names[kg.Internal])
	}
	if a, ok := names[kg.Internal]["Mechanical seal"]; !ok || a != kg.Public {
		t.Errorf("internal names: %v; want Mechanical seal at public", names[kg.Internal])
	}
	stop := errors.New("stop")
	if err := s.EntityNames(context.Background(), kg.Internal, func(kg.EntityName) error { return stop }); err != stop {
		t.Errorf("EntityNames returned %v; want the callback's error", err)
	}
}

// TestOpenLeavesPlanningToWarm: Open plans only what it runs itself, so a
// one-shot command does not pay for planning every read; Warm plans them.
func TestOpenLeavesPlanningToWarm(t *testing.T) {
	cfg := testConfig(t)
	openEmpty(t, cfg).Close()
	plans := func(warm bool) int {
		clearPlans(t, cfg)
		s, err := Open(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if warm {
			if err := s.Warm(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		return clearPlans(t, cfg)
	}
	byOpen, withWarm := plans(false), plans(true)
	t.Logf("plans: %d by Open, %d by Open and Warm", byOpen, withWarm)
	if withWarm-byOpen < 10 {
		t.Errorf("Warm planned %d statements Open had not; want Open to leave the reads to Warm", withWarm-byOpen)
	}
}

// clearPlans empties the server's plan cache and says how many plans it held.
func clearPlans(t *testing.T, cfg Config) int {
	t.Helper()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, "CALL db.clearQueryCaches()", nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(dbName(cfg)))
	if err != nil {
		t.Fatal(err)
	}
	var n int
	msg, _ := res.Records[0].Values[0].(string)
	if _, err := fmt.Sscanf(msg, "Query caches successfully cleared of %d queries.", &n); err != nil && msg != "Query cache already empty." {
		t.Fatalf("unexpected answer from db.clearQueryCaches: %q", msg)
	}
	return n
}

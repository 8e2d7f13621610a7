package storetest

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// testAudienceNeverLeaks asks every read method the broadest questions it
// can as a public and as a partner caller, and checks that no answer holds
// anything of a document above that clearance.
func testAudienceNeverLeaks(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	queries := []string{"impeller", "叶轮", "叶", "cavitation", "汽蚀", "转子叶片", "叶轮磨损", "suction", "acme",
		"pump", "P-100", "wear", "INT-0.3mm", "FMEA"}
	for _, c := range []kg.Audience{kg.Public, kg.Partner} {
		t.Run(c.String(), func(t *testing.T) {
			check := func(what string, v any, err error) {
				t.Helper()
				must(t, what, err)
				noSecrets(t, what, c, v)
				checkLevels(t, what, c, v)
			}
			docs, err := s.ListDocuments(ctx, c, kg.DocumentQuery{})
			check("ListDocuments", docs, err)
			_, err = s.Document(ctx, c, fmeaID)
			wantErr(t, "Document of an internal document", err, kg.ErrNotFound)
			chunks, err := s.Chunks(ctx, c, allChunkIDs())
			check("Chunks", chunks, err)
			ents, err := s.Entities(ctx, c, allEntities)
			check("Entities", ents, err)
			rels, err := s.Relations(ctx, c, kg.RelationQuery{})
			check("Relations", rels, err)
			support, err := s.SupportingChunks(ctx, c, append(append([]string{}, allEntities...), allRelations...))
			check("SupportingChunks", support, err)
			g, err := s.Neighbourhood(ctx, c, kg.NeighbourQuery{Seeds: allEntities, Hops: 3})
			check("Neighbourhood", g, err)
			for _, q := range queries {
				found, err := s.FindEntities(ctx, c, kg.EntityQuery{Text: q, Limit: 50})
				check("FindEntities "+q, found, err)
				hits, err := s.SearchChunks(ctx, c, kg.ChunkQuery{Text: q, Limit: 50})
				check("SearchChunks "+q, hits, err)
			}
			for _, ch := range allChunkIDs() {
				for _, f := range []docFixture{manual(), fmea(), supplier()} {
					for _, fc := range f.chunks {
						if fc.ID == ch {
							near, err := s.NearestChunks(ctx, c, fc.Embedding, 10)
							check("NearestChunks", near, err)
						}
					}
				}
			}
			if ss, ok := s.(kg.Statser); ok {
				st, err := ss.Stats(ctx, c)
				check("Stats", st, err)
			}
		})
	}
}

// checkLevels looks at the audience of everything in v.
func checkLevels(t *testing.T, what string, c kg.Audience, v any) {
	t.Helper()
	bad := func(kind, id string, a kg.Audience) {
		t.Errorf("%s returned %s %s at level %s to a %s caller", what, kind, id, a, c)
	}
	sources := func(id string, list []kg.Source) {
		for _, s := range list {
			if s.Audience > c {
				bad("source of", id, s.Audience)
			}
		}
	}
	switch v := v.(type) {
	case []kg.Document:
		for _, d := range v {
			if d.Audience > c {
				bad("document", d.ID, d.Audience)
			}
		}
	case []kg.Chunk:
		for _, ch := range v {
			if ch.Audience > c {
				bad("chunk", ch.ID, ch.Audience)
			}
		}
	case []kg.ScoredChunk:
		for _, ch := range v {
			if ch.Audience > c {
				bad("chunk", ch.ID, ch.Audience)
			}
		}
	case map[string][]kg.Chunk:
		for _, list := range v {
			checkLevels(t, what, c, list)
		}
	case []kg.Entity:
		for _, e := range v {
			if e.Audience > c {
				bad("entity", e.ID, e.Audience)
			}
			sources(e.ID, e.Sources)
		}
	case []kg.Relation:
		for _, r := range v {
			if r.Audience > c {
				bad("relation", r.ID, r.Audience)
			}
			sources(r.ID, r.Sources)
		}
	case kg.Subgraph:
		checkLevels(t, what, c, v.Entities)
		checkLevels(t, what, c, v.Relations)
	}
}

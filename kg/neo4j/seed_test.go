package neo4j

import (
	"context"
	"errors"
	"testing"

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

// TestFactFreeVersionLeavesNoNodes: kg/storetest checks what readers see
// after a version drops every fact; this checks no node of the old facts
// (a Rel node no reader returns) is left in the graph.
func TestFactFreeVersionLeavesNoNodes(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	ctx := context.Background()
	pub, internal := seed(t, s)
	if err := s.DeleteDocument(ctx, kg.DocumentID(pub.URI)); err != nil {
		t.Fatal(err)
	}
	internal.SHA256 = "b2"
	write(t, s, internal, []kg.Chunk{{Ordinal: 0, Text: "rewritten"}}, func(kg.Document) ([]kg.Entity, []kg.Relation) { return nil, nil })
	if nodes, rels := counts(t, s); nodes != 2 || rels != 1 {
		t.Errorf("after replacing with a fact-free version: %d nodes, %d relationships; want document and chunk", nodes, rels)
	}
}

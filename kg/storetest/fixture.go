package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// Dim is the embedding dimension of the fixtures; open must return a store
// that accepts vectors of this length.
const Dim = 8

// The fixture is a pump manual (public), its FMEA sheet (internal) and a
// supplier sheet (partner). They share the impeller and the pump, disagree
// on a quantity, and the public manual links the pump to a cause that only
// the internal sheet defines.
var (
	manualURI   = "file:///plant/p100/manual.md"
	fmeaURI     = "file:///plant/p100/fmea.xlsx"
	supplierURI = "file:///plant/suppliers/acme.pdf"

	manualID   = kg.DocumentID(manualURI)
	fmeaID     = kg.DocumentID(fmeaURI)
	supplierID = kg.DocumentID(supplierURI)

	pump       = kg.EntityID(kg.Product, "Pump P-100")
	impeller   = kg.EntityID(kg.Part, "Impeller")
	steel      = kg.EntityID(kg.Material, "Stainless steel 316L")
	wear       = kg.EntityID(kg.FailureMode, "Impeller wear")
	cavitation = kg.EntityID(kg.Cause, "Cavitation")
	acme       = kg.EntityID(kg.Supplier, "Acme Castings")

	hasPart    = kg.RelationID(kg.HasPart, pump, impeller)
	madeOf     = kg.RelationID(kg.MadeOf, impeller, steel)
	related    = kg.RelationID(kg.RelatedTo, pump, cavitation)
	hasFM      = kg.RelationID(kg.HasFailureMode, impeller, wear)
	causedBy   = kg.RelationID(kg.CausedBy, wear, cavitation)
	suppliedBy = kg.RelationID(kg.SuppliedBy, impeller, acme)

	allEntities  = []string{pump, impeller, steel, wear, cavitation, acme}
	allRelations = []string{hasPart, madeOf, related, hasFM, causedBy, suppliedBy}
)

func chunkID(doc string, n int) string { return kg.ChunkID(doc, n) }

// ingestedAt is fixed so that round trips can be compared exactly.
var ingestedAt = time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC)

type docFixture struct {
	doc    kg.Document
	chunks []kg.Chunk
	ents   []kg.Entity
	rels   []kg.Relation
}

func vec(v ...float32) []float32 {
	out := make([]float32, Dim)
	copy(out, v)
	return out
}

func src(doc string, n int) []kg.Source { return []kg.Source{{ChunkID: chunkID(doc, n)}} }

func manual() docFixture {
	d := kg.Document{ID: manualID, URI: manualURI, Title: "P-100 pump manual 泵手册", SHA256: "sha-manual-1",
		Format: "md", Lang: "mixed", Audience: kg.Public, Source: "upload", Version: "1",
		IngestedAt: ingestedAt, Meta: map[string]string{"plant": "north"}}
	return docFixture{
		doc: d,
		chunks: []kg.Chunk{
			{ID: chunkID(manualID, 0), Ordinal: 0, Text: "The impeller of pump P-100 is cast from stainless steel 316L.",
				Section: []string{"Design", "Materials"}, Page: 2, Lang: "en", Kind: "text", Embedding: vec(1)},
			// Not unit length on purpose: the order must follow the cosine, not the dot product.
			{ID: chunkID(manualID, 1), Ordinal: 1, Text: "安装叶轮时检查密封圈。Check the seal ring when fitting the impeller.",
				Section: []string{"Assembly"}, Page: 3, Lang: "mixed", Kind: "text", Embedding: vec(2.4, 1.8)},
			{ID: chunkID(manualID, 2), Ordinal: 2, Text: "Maximum flow 12 m3/h at 2900 rpm. 最大流量每小时12立方米。",
				Section: []string{"Data"}, Page: 4, Lang: "mixed", Kind: "table_row", Embedding: vec(0, 1)},
		},
		ents: []kg.Entity{
			{ID: pump, Type: kg.Product, Name: "Pump P-100", Aliases: []string{"P-100 离心泵"},
				Props: kg.Props{"rated_flow": "12 m3/h"}, Sources: src(manualID, 0)},
			{ID: impeller, Type: kg.Part, Name: "Impeller", Aliases: []string{"叶轮"},
				Props: kg.Props{"material": "316L"}, Sources: append(src(manualID, 0), src(manualID, 1)...)},
			{ID: steel, Type: kg.Material, Name: "Stainless steel 316L", Sources: src(manualID, 0)},
		},
		rels: []kg.Relation{
			{ID: hasPart, Type: kg.HasPart, From: pump, To: impeller, Props: kg.Props{"qty": "1"}, Sources: src(manualID, 0)},
			{ID: madeOf, Type: kg.MadeOf, From: impeller, To: steel, Sources: src(manualID, 0)},
			{ID: related, Type: kg.RelatedTo, From: pump, To: cavitation, Sources: src(manualID, 2)},
		},
	}
}

func fmea() docFixture {
	d := kg.Document{ID: fmeaID, URI: fmeaURI, Title: "P-100 FMEA", SHA256: "sha-fmea-1",
		Format: "xlsx", Lang: "mixed", Audience: kg.Internal, IngestedAt: ingestedAt}
	return docFixture{
		doc: d,
		chunks: []kg.Chunk{
			{ID: chunkID(fmeaID, 0), Ordinal: 0, Text: "Impeller wear is caused by cavitation at low suction pressure.",
				Section: []string{"FMEA", "Row 4"}, Kind: "table_row", Embedding: vec(0.95, 0.31)},
			{ID: chunkID(fmeaID, 1), Ordinal: 1, Text: "叶轮磨损的原因是汽蚀，吸入压力过低。",
				Section: []string{"FMEA", "Row 5"}, Kind: "table_row", Embedding: vec(0, 0, 1)},
		},
		ents: []kg.Entity{
			{ID: pump, Type: kg.Product, Name: "Pump P-100", Props: kg.Props{"rpm_limit": "INT-3100"}, Sources: src(fmeaID, 0)},
			{ID: impeller, Type: kg.Part, Name: "Impeller", Aliases: []string{"转子叶片"},
				Props: kg.Props{"wear_limit": "INT-0.3mm"}, Sources: src(fmeaID, 0)},
			{ID: wear, Type: kg.FailureMode, Name: "Impeller wear", Aliases: []string{"叶轮磨损"},
				Props: kg.Props{"severity": "7"}, Sources: append(src(fmeaID, 0), src(fmeaID, 1)...)},
			{ID: cavitation, Type: kg.Cause, Name: "Cavitation", Aliases: []string{"汽蚀"}, Sources: src(fmeaID, 1)},
		},
		rels: []kg.Relation{
			{ID: hasPart, Type: kg.HasPart, From: pump, To: impeller, Props: kg.Props{"qty": "2"}, Sources: src(fmeaID, 0)},
			{ID: hasFM, Type: kg.HasFailureMode, From: impeller, To: wear, Sources: src(fmeaID, 0)},
			{ID: causedBy, Type: kg.CausedBy, From: wear, To: cavitation, Props: kg.Props{"occurrence": "4"}, Sources: src(fmeaID, 1)},
		},
	}
}

func supplier() docFixture {
	d := kg.Document{ID: supplierID, URI: supplierURI, Title: "Acme casting sheet", SHA256: "sha-acme-1",
		Format: "pdf", Lang: "en", Audience: kg.Partner, IngestedAt: ingestedAt}
	return docFixture{
		doc: d,
		chunks: []kg.Chunk{
			{ID: chunkID(supplierID, 0), Ordinal: 0, Text: "Acme Castings supplies the impeller casting for P-100.",
				Page: 1, Embedding: vec(0.6, 0, 0.8)},
		},
		ents: []kg.Entity{
			{ID: impeller, Type: kg.Part, Name: "Impeller", Sources: src(supplierID, 0)},
			{ID: acme, Type: kg.Supplier, Name: "Acme Castings", Aliases: []string{"Acme"}, Sources: src(supplierID, 0)},
		},
		rels: []kg.Relation{
			{ID: suppliedBy, Type: kg.SuppliedBy, From: impeller, To: acme, Sources: src(supplierID, 0)},
		},
	}
}

// secrets are strings only a hidden document carries. Whatever a caller
// below that level receives, marshalled to JSON, must not contain them.
var (
	internalSecrets = []string{fmeaID, chunkID(fmeaID, 0), chunkID(fmeaID, 1), wear, cavitation,
		"INT-", "转子叶片", "汽蚀", "叶轮磨损", "avitation", "suction", `"qty":"2"`, "FMEA"}
	partnerSecrets = []string{supplierID, chunkID(supplierID, 0), acme, "Acme"}
)

func secretsAbove(c kg.Audience) []string {
	switch c {
	case kg.Public:
		return append(append([]string{}, internalSecrets...), partnerSecrets...)
	case kg.Partner:
		return internalSecrets
	}
	return nil
}

// ingest writes one document and fails the test on any error.
func ingest(t *testing.T, ctx context.Context, s kg.Store, f docFixture) {
	t.Helper()
	b, err := s.Begin(ctx, f.doc)
	if err != nil {
		t.Fatalf("Begin(%s): %v", f.doc.URI, err)
	}
	if err := fill(ctx, b, f); err != nil {
		b.Rollback()
		t.Fatalf("adding %s: %v", f.doc.URI, err)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatalf("Commit(%s): %v", f.doc.URI, err)
	}
}

func fill(ctx context.Context, b kg.Batch, f docFixture) error {
	return Fill(ctx, b, f.chunks, f.ents, f.rels)
}

// Fill adds a document's chunks, entities and relations to its batch in
// that order, the order a store needs to resolve each fact's sources.
func Fill(ctx context.Context, b kg.Batch, chunks []kg.Chunk, ents []kg.Entity, rels []kg.Relation) error {
	if err := b.AddChunks(ctx, chunks); err != nil {
		return err
	}
	if err := b.AddEntities(ctx, ents); err != nil {
		return err
	}
	return b.AddRelations(ctx, rels)
}

// loadAll ingests the fixture. The FMEA goes first because the public
// manual links to a cause only the FMEA defines.
func loadAll(t *testing.T, ctx context.Context, s kg.Store) {
	t.Helper()
	ingest(t, ctx, s, fmea())
	ingest(t, ctx, s, supplier())
	ingest(t, ctx, s, manual())
}

func allChunkIDs() []string {
	var ids []string
	for _, f := range []docFixture{manual(), fmea(), supplier()} {
		for _, c := range f.chunks {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

package neo4j

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// hostile strings aimed at Cypher (quotes, comments, clause injection) and
// at the Lucene query parser (operators, fields, wildcards, escapes).
var hostile = []string{
	`') MATCH (n) DETACH DELETE n //`,
	`" OR 1=1`,
	`' OR 1=1 --`,
	"\u0027; DROP INDEX kg_chunk_seg",
	`\u0027`,
	`seg:* OR text:*`,
	`+pump -seal && (a || b) !c {d} [e TO f] ^2 "g" ~h *i? j:k \ /l/`,
	`AND OR NOT`,
	`*`,
	`"unclosed`,
	`\`,
	`/regex.*/`,
	`name:"x" OR search:*`,
	"`Part` MERGE (x) //",
}

func TestHostileTextStaysLiteral(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	ctx := context.Background()
	seed(t, s)
	// An entity whose name and aliases are the hostile strings themselves.
	write(t, s, kg.Document{URI: "file:///hostile.txt", SHA256: "h1", Audience: kg.Public},
		[]kg.Chunk{{Ordinal: 0, Text: strings.Join(hostile, "\n")}},
		func(doc kg.Document) ([]kg.Entity, []kg.Relation) {
			return []kg.Entity{{Type: kg.Part, Name: hostile[0], Aliases: hostile[1:],
				Props:   kg.Props{"note": hostile[1]},
				Sources: []kg.Source{{ChunkID: kg.ChunkID(doc.ID, 0)}}}}, nil
		})
	nodes, rels := counts(t, s)

	for _, text := range hostile {
		ents, err := s.FindEntities(ctx, kg.Restricted, kg.EntityQuery{Text: text})
		checkQueryErr(t, "FindEntities", text, err)
		if kg.NormalizeName(text) == kg.NormalizeName(hostile[0]) && (len(ents) == 0 || ents[0].Name != hostile[0]) {
			t.Errorf("FindEntities(%q) did not find the entity named so literally: %+v", text, ents)
		}
		_, err = s.SearchChunks(ctx, kg.Restricted, kg.ChunkQuery{Text: text})
		checkQueryErr(t, "SearchChunks", text, err)
		_, err = s.Entities(ctx, kg.Restricted, []string{text})
		checkQueryErr(t, "Entities", text, err)
		_, err = s.Neighbourhood(ctx, kg.Restricted, kg.NeighbourQuery{Seeds: []string{text}, Hops: 2})
		checkQueryErr(t, "Neighbourhood", text, err)
		_, err = s.ListDocuments(ctx, kg.Restricted, kg.DocumentQuery{URI: text})
		checkQueryErr(t, "ListDocuments", text, err)
	}
	if n, r := counts(t, s); n != nodes || r != rels {
		t.Errorf("graph changed by queries: %d/%d nodes, %d/%d relationships", n, nodes, r, rels)
	}
	got, err := s.Entities(ctx, kg.Public, []string{kg.EntityID(kg.Part, hostile[0])})
	if err != nil || len(got) != 1 || got[0].Name != hostile[0] || got[0].Props["note"] != hostile[1] {
		t.Fatalf("hostile entity did not round-trip: %+v, %v", got, err)
	}
	if len(got[0].Aliases) == 0 {
		t.Errorf("hostile aliases lost: %+v", got[0])
	}
	// A hostile type never reaches Cypher.
	b, err := s.Begin(ctx, kg.Document{URI: "file:///evil", SHA256: "e"})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	for _, typ := range []string{"Part:Admin", "Part`) DETACH DELETE (n", hostile[0]} {
		err := b.AddEntities(ctx, []kg.Entity{{Type: typ, Name: "x"}})
		checkQueryErr(t, "AddEntities type", typ, err)
		if kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("entity type %q: %v; want EINVALID", typ, err)
		}
		_, err = s.Neighbourhood(ctx, kg.Restricted, kg.NeighbourQuery{Seeds: []string{"x"}, Types: []string{typ}})
		if kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("Neighbourhood type %q: %v; want EINVALID", typ, err)
		}
	}
	if n, r := counts(t, s); n != nodes || r != rels {
		t.Errorf("graph changed: %d/%d nodes, %d/%d relationships", n, nodes, r, rels)
	}
}

// checkQueryErr fails on errors that are not the caller's fault or that
// echo Cypher or Lucene text back to the caller.
func checkQueryErr(t *testing.T, op, text string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	// Quoting the caller's own text back is fine; anything else is not.
	msg := strings.ReplaceAll(err.Error(), strconv.Quote(text), "")
	for _, leak := range []string{"MATCH", "CALL ", "RETURN", "db.index", "ParseException", "Cannot parse"} {
		if strings.Contains(msg, leak) {
			t.Errorf("%s(%q): error shows query text: %v", op, text, err)
		}
	}
	if code := kg.ErrorCode(err); code != kg.EINVALID {
		t.Errorf("%s(%q): %v (code %s)", op, text, err, code)
	}
}

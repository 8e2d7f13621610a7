package neo4j

import (
	"github.com/kgassist/kgassist/kg"
)

// Cypher fragments that read a fact with only the sources the caller may
// see, in the order their properties merge: audience, document, then the
// chunk's place in the document (chunk ids are "doc.N", so a shorter id
// comes first). They expect $clearance, and e (an :Entity) or x (a :Rel) bound, and
// drop facts left with no visible source.
const (
	entityProjection = `
CALL { WITH e
  MATCH ()-[m:MENTIONS]->(e) WHERE m.audience <= $clearance
  WITH m ORDER BY m.audience, m.doc_id, size(m.chunk_id), m.chunk_id
  RETURN collect(m {.doc_id, .chunk_id, .audience, .props, .name, .aliases}) AS sources }
WITH e, sources, ord WHERE size(sources) > 0`

	// A relation is visible when a source is and both endpoints are:
	// an edge to a hidden entity would reveal that entity's id.
	relationProjection = `
MATCH (a:Entity {id: x.from}), (b:Entity {id: x.to})
WHERE a.audience <= $clearance AND b.audience <= $clearance
CALL { WITH x
  MATCH ()-[s:SUPPORTS]->(x) WHERE s.audience <= $clearance
  WITH s ORDER BY s.audience, s.doc_id, size(s.chunk_id), s.chunk_id
  RETURN collect(s {.doc_id, .chunk_id, .audience, .props}) AS sources }
WITH x, sources, ord WHERE size(sources) > 0`

	// supportCall finds the visible chunks behind the fact whose id is
	// bound as id: those mentioning a visible entity, or supporting a
	// relation visible by the rule above. It returns c, one row a chunk.
	supportCall = `
CALL { WITH id
  MATCH (e:Entity {id: id}) WHERE e.audience <= $clearance
  MATCH (c:Chunk)-[m:MENTIONS]->(e) WHERE m.audience <= $clearance
  RETURN c
  UNION
  WITH id
  MATCH (x:Rel {id: id}) WHERE x.audience <= $clearance
  MATCH (a:Entity {id: x.from}), (b:Entity {id: x.to})
  WHERE a.audience <= $clearance AND b.audience <= $clearance
  MATCH (c:Chunk)-[s:SUPPORTS]->(x) WHERE s.audience <= $clearance
  RETURN c }`
)

// entityFrom builds an entity from its node map and visible sources:
// aliases of visible sources only, and the node's name, which the first
// document of the lowest audience gave (commit keeps it so), so a caller
// who may see the entity may see where its name came from; the embedded
// store names entities the same way.
func entityFrom(node, sourceList any) kg.Entity {
	m, _ := node.(map[string]any)
	e := kg.Entity{ID: str(m["id"]), Type: str(m["type"]), Name: str(m["name"]), Audience: kg.Audience(num(m["audience"]))}
	srcs, _ := sourceList.([]any)
	seen := map[string]bool{kg.NormalizeName(e.Name): e.Name != ""}
	for i, sv := range srcs {
		s, _ := sv.(map[string]any)
		if i == 0 && e.Name == "" && str(s["name"]) != "" {
			e.Name = str(s["name"])
			seen[kg.NormalizeName(e.Name)] = true
		}
		e.Sources = append(e.Sources, sourceFrom(s))
		for _, a := range anyStrings(s["aliases"]) {
			if n := kg.NormalizeName(a); !seen[n] {
				seen[n] = true
				e.Aliases = append(e.Aliases, a)
			}
		}
	}
	e.Props, _ = kg.MergeSources(e.Sources)
	if len(e.Sources) > 0 {
		e.Audience = e.Sources[0].Audience
	}
	return e
}

func relationFrom(node, sourceList any) kg.Relation {
	m, _ := node.(map[string]any)
	r := kg.Relation{ID: str(m["id"]), Type: str(m["type"]), From: str(m["from"]), To: str(m["to"]), Audience: kg.Audience(num(m["audience"]))}
	srcs, _ := sourceList.([]any)
	for _, sv := range srcs {
		s, _ := sv.(map[string]any)
		r.Sources = append(r.Sources, sourceFrom(s))
	}
	r.Props, r.Conflict = kg.MergeSources(r.Sources)
	if len(r.Sources) > 0 {
		r.Audience = r.Sources[0].Audience
	}
	return r
}

func sourceFrom(s map[string]any) kg.Source {
	return kg.Source{
		DocumentID: str(s["doc_id"]), ChunkID: str(s["chunk_id"]),
		Audience: kg.Audience(num(s["audience"])), Props: parseProps(str(s["props"])),
	}
}

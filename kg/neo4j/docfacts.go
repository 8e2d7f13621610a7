package neo4j

import (
	"context"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.DocumentFacter = (*Store)(nil)

// DocumentFacts lists the facts a visible document asserts: what its
// chunks (or the document itself) mention and support.
func (s *Store) DocumentFacts(ctx context.Context, clearance kg.Audience, docID string) (kg.Subgraph, error) {
	const op = "neo4j.DocumentFacts"
	if _, err := s.Document(ctx, clearance, docID); err != nil {
		return kg.Subgraph{}, err
	}
	recs, err := s.read(ctx, op, `MATCH (d:Document {id: $doc})
OPTIONAL MATCH (d)-[:HAS_CHUNK]->(c:Chunk)
WITH d, collect(c) + [d] AS anchors
CALL { WITH anchors UNWIND anchors AS a MATCH (a)-[:MENTIONS]->(e:Entity) RETURN collect(DISTINCT e.id) AS ents }
CALL { WITH anchors UNWIND anchors AS a MATCH (a)-[:SUPPORTS]->(r:Rel) RETURN collect(DISTINCT r.id) AS rels, collect(DISTINCT r.from) AS froms }
RETURN ents, rels, froms`, map[string]any{"doc": docID})
	if err != nil {
		return kg.Subgraph{}, err
	}
	if len(recs) == 0 {
		return kg.Subgraph{}, kg.Wrap(op, kg.Errorf(kg.ENOTFOUND, "no document %s", docID))
	}
	v := recs[0].Values
	g, err := kg.VisibleFacts(ctx, s, clearance, anyStrings(v[0]), anyStrings(v[1]), anyStrings(v[2]))
	return g, kg.Wrap(op, err)
}

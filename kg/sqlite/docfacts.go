package sqlite

import (
	"context"
	"encoding/json"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.DocumentFacter = (*Store)(nil)

// DocumentFacts lists the facts a visible document asserts, read from the
// id lists the document row keeps for replacing it.
func (s *Store) DocumentFacts(ctx context.Context, clearance kg.Audience, docID string) (kg.Subgraph, error) {
	const op = "sqlite.DocumentFacts"
	if _, err := s.Document(ctx, clearance, docID); err != nil {
		return kg.Subgraph{}, err
	}
	var entJSON, relJSON string
	err := s.db.QueryRowContext(ctx, `SELECT entity_ids, relation_ids FROM documents WHERE id = ?`, docID).Scan(&entJSON, &relJSON)
	if err != nil {
		return kg.Subgraph{}, kg.Wrap(op, err)
	}
	var ents, rels []string
	if err := json.Unmarshal([]byte(entJSON), &ents); err != nil {
		return kg.Subgraph{}, kg.Wrap(op, err)
	}
	if err := json.Unmarshal([]byte(relJSON), &rels); err != nil {
		return kg.Subgraph{}, kg.Wrap(op, err)
	}
	froms, err := queryColumn[string](ctx, s.db, `SELECT DISTINCT src FROM relations WHERE id IN (SELECT value FROM json_each(?))`, relJSON)
	if err != nil {
		return kg.Subgraph{}, kg.Wrap(op, err)
	}
	g, err := kg.VisibleFacts(ctx, s, clearance, ents, rels, froms)
	return g, kg.Wrap(op, err)
}

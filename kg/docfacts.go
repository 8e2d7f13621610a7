package kg

import "context"

// MaxDocumentFacts bounds what DocumentFacts returns of one document.
const MaxDocumentFacts = 5000

// VisibleFacts fetches, at clearance, the entities entIDs and the
// relations relIDs whose start entities are froms: the part of
// DocumentFacts that every store shares once it knows the ids.
func VisibleFacts(ctx context.Context, r Reader, clearance Audience, entIDs, relIDs, froms []string) (Subgraph, error) {
	g := Subgraph{Entities: []Entity{}, Relations: []Relation{}}
	if len(entIDs) > MaxDocumentFacts {
		entIDs = entIDs[:MaxDocumentFacts]
	}
	if len(entIDs) > 0 {
		ents, err := r.Entities(ctx, clearance, entIDs)
		if err != nil {
			return g, err
		}
		g.Entities = append(g.Entities, ents...)
	}
	if len(relIDs) == 0 {
		return g, nil
	}
	want := make(map[string]bool, len(relIDs))
	for _, id := range relIDs {
		want[id] = true
	}
	rels, err := r.Relations(ctx, clearance, RelationQuery{From: froms, Limit: 20 * MaxDocumentFacts})
	if err != nil {
		return g, err
	}
	for _, rel := range rels {
		if want[rel.ID] && len(g.Relations) < MaxDocumentFacts {
			g.Relations = append(g.Relations, rel)
		}
	}
	return g, nil
}

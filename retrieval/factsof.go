package retrieval

import (
	"context"

	"github.com/kgassist/kgassist/kg"
)

// maxFactSeeds bounds the entities a quoted passage names that are
// expanded for its facts; a passage rarely names more that matter.
const maxFactSeeds = 12

// FactsOf returns the facts the given passages support: the relations
// among the entities they name whose sources include one of them. An
// answer that quotes a passage rests on those facts even when the question
// named none of their entities (a Chinese question, an FAQ answer), and
// the evidence graph shows them.
func (r *Retriever) FactsOf(ctx context.Context, clearance kg.Audience, chunks []kg.Chunk) (kg.Subgraph, error) {
	const op = "retrieval.FactsOf"
	g := kg.Subgraph{Entities: []kg.Entity{}, Relations: []kg.Relation{}}
	quoted := map[string]bool{}
	var seeds []string
	seen := map[string]bool{}
	for _, c := range chunks {
		quoted[c.ID] = true
		linked, err := r.linker.Link(ctx, clearance, c.Text)
		if err != nil {
			return g, kg.Wrap(op, err)
		}
		for _, l := range linked {
			if !seen[l.Entity.ID] && len(seeds) < maxFactSeeds {
				seen[l.Entity.ID] = true
				seeds = append(seeds, l.Entity.ID)
			}
		}
	}
	if len(seeds) == 0 {
		return g, nil
	}
	sub, err := r.store.Neighbourhood(ctx, clearance, kg.NeighbourQuery{Seeds: seeds, Hops: 1, Limit: 150})
	if err != nil {
		return g, kg.Wrap(op, err)
	}
	ids := make([]string, 0, len(sub.Relations))
	for _, rel := range sub.Relations {
		ids = append(ids, rel.ID)
	}
	support, err := r.store.SupportingChunks(ctx, clearance, ids)
	if err != nil {
		return g, kg.Wrap(op, err)
	}
	ents := map[string]kg.Entity{}
	for _, e := range sub.Entities {
		ents[e.ID] = e
	}
	added := map[string]bool{}
	for _, rel := range sub.Relations {
		if !supportedBy(support[rel.ID], quoted) {
			continue
		}
		g.Relations = append(g.Relations, rel)
		for _, id := range []string{rel.From, rel.To} {
			if e, ok := ents[id]; ok && !added[id] {
				added[id] = true
				g.Entities = append(g.Entities, e)
			}
		}
	}
	return g, nil
}

func supportedBy(chunks []kg.Chunk, quoted map[string]bool) bool {
	for _, c := range chunks {
		if quoted[c.ID] {
			return true
		}
	}
	return false
}

package retrieval

import (
	"context"
	"strings"
	"sync"

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
	var key strings.Builder
	key.WriteString(clearance.String())
	for _, c := range chunks {
		key.WriteString("\x00" + c.ID)
	}
	if g, ok := r.facts.get(key.String()); ok {
		return g, nil
	}
	g, err := r.factsOf(ctx, clearance, chunks)
	if err == nil {
		r.facts.put(key.String(), g)
	}
	return g, err
}

func (r *Retriever) factsOf(ctx context.Context, clearance kg.Audience, chunks []kg.Chunk) (kg.Subgraph, error) {
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

// factsCache keeps the facts of recently cited passage sets; the store
// changing clears it (Invalidate), as it does the evidence cache.
type factsCache struct {
	mu sync.Mutex
	m  map[string]kg.Subgraph
}

// maxCachedFacts bounds the cache; when full it starts over.
const maxCachedFacts = 2048

func (c *factsCache) get(key string) (kg.Subgraph, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	g, ok := c.m[key]
	return g, ok
}

func (c *factsCache) put(key string, g kg.Subgraph) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxCachedFacts {
		c.m = map[string]kg.Subgraph{}
	}
	c.m[key] = g
}

func (c *factsCache) clear() {
	c.mu.Lock()
	c.m = nil
	c.mu.Unlock()
}

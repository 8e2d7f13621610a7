package assistant

import (
	"context"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// FactFinder is an optional ability of a Retriever: the facts that quoted
// passages support. With it, the evidence graph of an answer shows the
// facts behind every passage the answer cites, not only those reached
// from the entities the question named.
type FactFinder interface {
	FactsOf(ctx context.Context, clearance kg.Audience, chunks []kg.Chunk) (kg.Subgraph, error)
}

var _ FactFinder = (*retrieval.Retriever)(nil)

// addCitedFacts merges the facts the cited passages support into the
// answer's evidence graph. A failure leaves the graph as it was: the
// answer stands without its drawing.
func (a *Assistant) addCitedFacts(ctx context.Context, ev *retrieval.Evidence, clearance kg.Audience, ans *Answer) {
	ff, ok := a.retriever.(FactFinder)
	// An answer whose cited passages already brought their facts (the
	// question named their entities) needs no second look.
	if !ok || ans.Abstained || len(ans.Citations) == 0 || len(ans.Evidence.Relations) > 0 {
		return
	}
	var chunks []kg.Chunk
	for _, c := range ans.Citations {
		for _, it := range ev.Items {
			if it.Chunk.ID == c.ChunkID {
				chunks = append(chunks, it.Chunk)
			}
		}
	}
	sub, err := ff.FactsOf(ctx, clearance, chunks)
	if err != nil {
		return
	}
	mergeSubgraph(&ans.Evidence, sub)
}

func mergeSubgraph(dst *kg.Subgraph, src kg.Subgraph) {
	have := map[string]bool{}
	for _, e := range dst.Entities {
		have[e.ID] = true
	}
	for _, r := range dst.Relations {
		have[r.ID] = true
	}
	for _, e := range src.Entities {
		if !have[e.ID] {
			have[e.ID] = true
			dst.Entities = append(dst.Entities, e)
		}
	}
	for _, r := range src.Relations {
		if !have[r.ID] {
			have[r.ID] = true
			dst.Relations = append(dst.Relations, r)
		}
	}
}

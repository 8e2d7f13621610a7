package server

import (
	"context"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// passages ranks passages for the search tool: the retrieval's evidence
// list, then further fulltext hits up to limit. Scores are relative to the
// caller's own first passage: the index's term statistics count documents
// the caller cannot see, so a raw score would tell whether hidden
// documents hold the searched words.
func (t *mcpTools) passages(ctx context.Context, query string, limit int) ([]Passage, error) {
	var out []Passage
	seen := map[string]bool{}
	if t.o.Assistant != nil {
		ev, err := t.o.Assistant.Retrieve(ctx, t.o.Clearance, query)
		if err != nil {
			return nil, err
		}
		for _, it := range ev.Ranked(limit).Items {
			c, _ := ev.Item(it.Rank)
			out = append(out, passageOf(len(out)+1, c.Chunk, it.Score))
			seen[c.Chunk.ID] = true
		}
	}
	if len(out) >= limit {
		return out, nil
	}
	hits, err := t.o.Store.SearchChunks(ctx, t.o.Clearance, kg.ChunkQuery{Text: query, Limit: limit})
	if err != nil {
		return nil, err
	}
	top := 0.0
	for _, h := range hits {
		top = max(top, h.Score)
	}
	lowest := 1.0
	for _, p := range out {
		lowest = min(lowest, p.Score)
	}
	for _, h := range hits {
		if len(out) >= limit {
			break
		}
		if seen[h.Chunk.ID] {
			continue
		}
		score := retrieval.RelativeScore(h.Score, top)
		if len(seen) > 0 {
			score = retrieval.RelativeScore(score*lowest, 1) // below every ranked passage
		}
		out = append(out, passageOf(len(out)+1, h.Chunk, score))
	}
	return out, nil
}

package retrieval

import (
	"context"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// unknownCodes returns the model codes and part numbers in the question
// that no passage visible to the caller mentions. A question about the
// HF-CP300 must not be answered from the HF-CP200's documents.
func (r *Retriever) unknownCodes(ctx context.Context, clearance kg.Audience, ev *Evidence) ([]string, error) {
	codes := codeTokens(kg.NormalizeName(ev.Question.Text))
	if len(codes) == 0 {
		return nil, nil
	}
	var known strings.Builder
	for _, it := range ev.Items {
		known.WriteString(kg.NormalizeName(it.Chunk.Text) + " ")
	}
	for _, l := range ev.Linked {
		known.WriteString(kg.NormalizeName(l.Entity.Name+" "+strings.Join(l.Entity.Aliases, " ")) + " ")
	}
	var unknown []string
	for _, code := range codes {
		if strings.Contains(known.String(), code) {
			continue
		}
		hits, err := r.store.SearchChunks(ctx, clearance, kg.ChunkQuery{Text: code, Limit: 5})
		if err != nil {
			return nil, err
		}
		if !anyMentions(hits, code) {
			unknown = append(unknown, code)
		}
	}
	return unknown, nil
}

func anyMentions(hits []kg.ScoredChunk, code string) bool {
	for _, h := range hits {
		if strings.Contains(kg.NormalizeName(h.Text), code) {
			return true
		}
	}
	return false
}

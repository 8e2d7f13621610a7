package retrieval

import (
	"context"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// describedPart is the BOM item a where-used question names by its
// English description when the item is known by another name: "where's
// the spring washer 10 used" asks about 弹簧垫圈 10, whose row describes
// it as "Spring washer 10". The rows the question's words find are read
// for their documents' items; the item whose description's name the
// question spells whole, with the most words, is the one asked about.
// Two items spelled alike are ambiguous, and none is taken. Only the
// best-ranked table's document is read: reading a document's facts is
// four statements on a server store, and a question has a budget of
// round trips.
func (r *Retriever) describedPart(ctx context.Context, clearance kg.Audience, q Question) (string, string, error) {
	facts, ok := r.store.(kg.DocumentFacter)
	if !ok {
		return "", "", nil
	}
	hits, err := r.store.SearchChunks(ctx, clearance, kg.ChunkQuery{Text: searchText(q), Limit: 10})
	if err != nil {
		return "", "", err
	}
	asked := nameWords(foldName(q.Text))
	best, bestType, bestWords, tied := "", "", 1, false
	seen := map[string]bool{}
	for _, h := range hits {
		if h.Kind != kg.TableKind || seen[h.DocumentID] || len(seen) == 1 {
			continue
		}
		seen[h.DocumentID] = true
		sub, err := facts.DocumentFacts(ctx, clearance, h.DocumentID)
		if err != nil {
			return "", "", err
		}
		for _, e := range sub.Entities {
			n := spelledDescription(e, asked)
			switch {
			case n > bestWords:
				best, bestType, bestWords, tied = e.ID, e.Type, n, false
			case n == bestWords && e.ID != best:
				tied = true
			}
		}
	}
	if tied {
		return "", "", nil
	}
	return best, bestType, nil
}

// spelledDescription is how many words the name at the head of an
// item's description has, when the question holds each of them; 0 when
// it misses one or the item has no description.
func spelledDescription(e kg.Entity, asked map[string]bool) int {
	switch e.Type {
	case kg.Part, kg.Material, kg.Assembly:
	default:
		return 0
	}
	head, _, _ := strings.Cut(e.Props["description"], ",")
	words := nameWords(foldName(head))
	for w := range words {
		if !asked[w] && !asked[w+"s"] { // "spring washers" of "Spring washer 10" too
			return 0
		}
	}
	return len(words)
}

package retrieval

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
)

// stepsOf are the process steps a "what comes next" question is about,
// and whether they were found by what the question names in them. Users
// name a step by its name ("after mechanical seal installation"), which
// links the step, or by what it works on ("after the impeller goes on"),
// which links only the part: then the candidates are the steps whose
// names hold the part's name, shortest first (an operation's name before
// a sentence of its instructions).
func (r *Retriever) stepsOf(ctx context.Context, clearance kg.Audience, linked []Linked) ([]string, bool, error) {
	var steps []string
	for _, l := range linked {
		if l.Entity.Type == kg.Process {
			steps = append(steps, l.Entity.ID)
		}
	}
	if len(steps) > 0 {
		return steps, false, nil
	}
	for _, l := range linked {
		said := strings.ToLower(strings.TrimSpace(l.Surface))
		if said == "" {
			continue
		}
		found, err := r.store.FindEntities(ctx, clearance, kg.EntityQuery{Text: said, Types: []string{kg.Process}, Limit: 20})
		if err != nil {
			return nil, false, err
		}
		for _, id := range namingShortestFirst(found, said) {
			if !slices.Contains(steps, id) {
				steps = append(steps, id)
			}
		}
	}
	return steps, true, nil
}

// namingShortestFirst are the entities whose names hold said, the
// shortest name first.
func namingShortestFirst(ents []kg.Entity, said string) []string {
	var hits []kg.Entity
	for _, e := range ents {
		if strings.Contains(strings.ToLower(e.Name), said) {
			hits = append(hits, e)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if a, b := utf8.RuneCountInString(hits[i].Name), utf8.RuneCountInString(hits[j].Name); a != b {
			return a < b
		}
		return hits[i].ID < hits[j].ID
	})
	ids := make([]string, len(hits))
	for i, e := range hits {
		ids[i] = e.ID
	}
	return ids
}

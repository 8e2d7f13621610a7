package retrieval

import (
	"context"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// maxWordRollUps bounds the things one question names by everyday words.
const maxWordRollUps = 3

// rollUpsByWords answers how much of each thing one product needs when
// the question names the things by everyday words no entity is called
// ("grease" for "Lithium complex grease, NLGI 2") and the product by a
// common word ("one pump"): each word that finds exactly one BOM item is
// rolled up into the top item that item ends in. A word finding several
// ("bolt") names a kind, which is no one item's roll-up.
func (r *Retriever) rollUpsByWords(ctx context.Context, clearance kg.Audience, q Question, linked []Linked, ents map[string]kg.Entity) ([]Computed, bool, error) {
	free := freeTerms(q, linked)
	if len(free) == 0 || len(free) > maxWordRollUps {
		return nil, false, nil
	}
	var out []Computed
	for _, t := range free {
		item, several, err := r.oneBOMItemOf(ctx, clearance, q, t, phraseMates(q, t, free))
		if err != nil || several {
			return nil, false, err // a kind ("bolt"), not one item
		}
		if item == "" {
			continue // a word of asking ("take"), or of something no BOM holds
		}
		c, ok, err := r.rollUpToTop(ctx, clearance, q, linked, []string{item}, ents)
		if err != nil || !ok {
			return nil, false, err
		}
		out = append(out, c)
	}
	return out, len(out) > 0, nil
}

// oneBOMItemOf is the one part or material in a BOM named by term t of
// q, in the question's word or its glossary forms ("grease", "润滑脂");
// several reports more than one.
// The question's own word must come with its phrase mates: "cap" of
// "cap head screws" is not the "Steering Cap" of another BOM.
func (r *Retriever) oneBOMItemOf(ctx context.Context, clearance kg.Audience, q Question, t string, mates []string) (string, bool, error) {
	words := q.altWords[t]
	own, hasOwn := q.words[t]
	if hasOwn {
		words = append([]string{own}, words...)
	}
	one := ""
	for _, w := range words {
		var with []string
		if hasOwn && w == own {
			with = mates
		}
		id, several, err := r.oneBOMItem(ctx, clearance, w, with)
		if err != nil || several || id != "" && one != "" && id != one {
			return "", several || id != one, err
		}
		if id != "" {
			one = id
		}
	}
	return one, false, nil
}

// oneBOMItem is the one part or material in a BOM whose names hold word;
// several reports more than one.
func (r *Retriever) oneBOMItem(ctx context.Context, clearance kg.Audience, word string, mates []string) (one string, several bool, err error) {
	terms := ContentTerms(word)
	if len(terms) == 0 {
		return "", false, nil
	}
	terms = append(terms, mates...)
	found, err := r.store.FindEntities(ctx, clearance, kg.EntityQuery{Text: word, Types: []string{kg.Part, kg.Material}, Limit: 10})
	if err != nil {
		return "", false, err
	}
	for _, e := range found {
		have := TokenSet(e.Name + " " + strings.Join(e.Aliases, " "))
		if (Question{Terms: terms}).Covered(have) < len(terms) {
			continue
		}
		if in, err := r.inBOM(ctx, clearance, e.ID); err != nil {
			return "", false, err
		} else if !in {
			continue
		}
		if one != "" && one != e.ID {
			return "", true, nil
		}
		one = e.ID
	}
	return one, false, nil
}

// phraseMates are the other free terms whose words stand next to t's in
// the question: the rest of the name t's word is part of.
func phraseMates(q Question, t string, free []string) []string {
	w, ok := q.words[t]
	if !ok {
		return nil
	}
	lower := strings.ToLower(q.Text)
	var out []string
	for _, u := range free {
		v, ok := q.words[u]
		if u == t || !ok {
			continue
		}
		if strings.Contains(lower, strings.ToLower(w+" "+v)) || strings.Contains(lower, strings.ToLower(v+" "+w)) {
			out = append(out, u)
		}
	}
	return out
}

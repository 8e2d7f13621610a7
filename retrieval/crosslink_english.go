package retrieval

import (
	"context"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// linkSameLanguage links the things an English FMEA question names by an
// everyday word the sheet does not use: "turbo" is the sheet's
// "Turbocharger", and without the link the figures asked for are
// computed over every row. The word may link a namesake elsewhere (a
// parts list's "turbo") that has no FMEA rows, so it is read this way
// even when linked; only an entity named by a whole other form of its
// glossary entry is added.
func (r *Retriever) linkSameLanguage(ctx context.Context, clearance kg.Audience, q Question, linked []Linked) ([]Linked, error) {
	have := map[string]bool{}
	for _, l := range linked {
		have[l.Entity.ID] = true
	}
	for _, w := range textWords(q.Text) {
		for _, form := range otherEnglishForms(w) {
			found, err := r.linker.Link(ctx, clearance, form)
			if err != nil {
				return nil, err
			}
			for _, l := range found {
				if have[l.Entity.ID] || foldName(l.Surface) != foldName(form) {
					continue // only the whole form names a thing
				}
				have[l.Entity.ID] = true
				l.Surface, l.Via = w, "glossary"
				linked = append(linked, l)
			}
		}
	}
	return linked, nil
}

// textWords are the lower-cased Latin words of a text.
func textWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '-')
	})
}

// otherEnglishForms are the English forms of the glossary entries that
// list the single word w, besides w itself: "turbocharger" for "turbo".
func otherEnglishForms(w string) []string {
	var out []string
	for _, e := range glossary {
		for _, f := range e.enRaw {
			if f != w {
				continue
			}
			for _, g := range e.enRaw {
				if g != w {
					out = append(out, g)
				}
			}
		}
	}
	return out
}

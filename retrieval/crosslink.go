package retrieval

import (
	"context"

	"github.com/kgassist/kgassist/kg"
)

// linkTranslated links the things a Chinese question names by their
// English names: an English sheet's entities ("Turbocharger", "Tyre")
// have no Chinese alias, so "涡轮增压器" reaches them only through the
// glossary. Each glossary word of the question is looked up alone, and
// only entities not linked already are added. Only FMEA questions do so:
// their figures are scoped by the linked item, while elsewhere a generic
// word's entity ("夹紧件": any clamp) would pull in passages about other
// things than the one the question names.
func (r *Retriever) linkTranslated(ctx context.Context, clearance kg.Audience, q Question, linked []Linked) ([]Linked, error) {
	if q.Intent != FMEA {
		return linked, nil
	}
	if q.AnswerLang() != "zh" {
		return r.linkSameLanguage(ctx, clearance, q, linked)
	}
	have := map[string]bool{}
	for _, l := range linked {
		have[l.Entity.ID] = true
	}
	for _, w := range glossaryWords(q.Text) {
		found, err := r.linker.Link(ctx, clearance, w.en)
		if err != nil {
			return nil, err
		}
		for _, l := range found {
			if have[l.Entity.ID] || foldName(l.Surface) != foldName(w.en) {
				continue // only the whole word names a thing
			}
			have[l.Entity.ID] = true
			l.Surface, l.Via = w.zh, "glossary"
			linked = append(linked, l)
		}
	}
	return linked, nil
}

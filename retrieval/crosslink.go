package retrieval

import (
	"context"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// linkTranslated links the things a Chinese question names by their
// English names: an English sheet's entities ("Turbocharger", "Tyre")
// have no Chinese alias, so "涡轮增压器" reaches them only through the
// glossary. Each glossary word of the question is looked up alone, and
// only entities not linked already are added. Only FMEA questions do so:
// their figures are scoped by the linked item, while elsewhere a generic
// word's entity ("夹紧件": any clamp) would pull in passages about other
// things than the one the question names. A Chinese count of one part
// ("火星车有几个轮子") links the word counted, and only it: an English
// parts list is counted only from the part it links, as "how many wheels"
// links "wheel", while "轮子要打几个孔" counts holes the steps drill.
// A Chinese question of price that names nothing by name ("漫游车的轮子
// 单价多少钱") links its glossary words too: a price is one item's, so
// the English "what does one rover wheel cost" links "wheel", and without
// the link no passage is about the item asked and the answer abstains.
func (r *Retriever) linkTranslated(ctx context.Context, clearance kg.Audience, q Question, linked []Linked) ([]Linked, error) {
	counted := q.Intent == BOM && q.AnswerLang() == "zh"
	priced := len(linked) == 0 && q.AnswerLang() == "zh" && asksCost(q)
	if q.Intent != FMEA && !counted && !priced {
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
		if q.Intent != FMEA && !priced && !countedZh(q.Text, w.zh) {
			continue
		}
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

// zhCountCues ask how many pieces of the word that follows them.
var zhCountCues = []string{"几个", "多少个", "几只", "多少只", "几根", "多少根", "几颗", "多少颗"}

// countedZh reports whether the question counts the word itself: "几个轮子".
func countedZh(text, word string) bool {
	for _, c := range zhCountCues {
		if strings.Contains(text, c+word) {
			return true
		}
	}
	return false
}

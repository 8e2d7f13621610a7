package assistant

import (
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// An unsegmented Chinese question is read as overlapping pairs:
// "机械臂关节多久要润滑一次" gives 械臂, 关节 and also 臂关 and 节多, pairs
// cut across two words. Where contentQuestion drops 械臂 and 关节 as the
// passages' common context, such a cut pair is all that is left of them,
// and in no passage: a sentence stating 润滑 would be scored as missing
// half the question.

// withoutStraddlesOfDropped is terms without the Chinese pairs that
// overlap a common term dropped from the question and that no passage
// holds, or that lie across two words the glossary knows ("臂关" is held
// by a heading "机械臂关节运动", and still is no word).
func withoutStraddlesOfDropped(ev *retrieval.Evidence, text string, terms []string, common map[string]bool) []string {
	var dropped []span
	for t := range common {
		if allHan(t) {
			dropped = append(dropped, spansOf(text, t)...)
		}
	}
	if len(dropped) == 0 {
		return terms
	}
	held := evidenceTokens(ev)
	glossed := glossedSpans(ev.Question)
	var out []string
	for _, t := range terms {
		at := spansOf(text, t)
		cut := allHan(t) && len(ev.Question.Alts[t]) == 0 && overlapsAny(at, dropped)
		if cut && (!held[t] || withinSpans(at, glossed)) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// glossedSpans are the places of the question's Chinese terms that the
// glossary knows in the other language: words, not cut pairs.
func glossedSpans(q retrieval.Question) []span {
	var out []span
	for _, t := range q.Terms {
		if allHan(t) && len(q.Alts[t]) > 0 {
			out = append(out, spansOf(q.Text, t)...)
		}
	}
	return out
}

// withinSpans reports each place of a term covered, byte by byte, by the
// spans in: "臂关" lies across 械臂 and 关节.
func withinSpans(of, in []span) bool {
	if len(of) == 0 {
		return false
	}
	for _, a := range of {
		for i := a.from; i < a.to; i++ {
			if !overlapsAny([]span{{i, i + 1}}, in) {
				return false
			}
		}
	}
	return true
}

func spansOf(text, t string) []span {
	var out []span
	for i := 0; ; {
		j := strings.Index(text[i:], t)
		if j < 0 {
			return out
		}
		out = append(out, span{i + j, i + j + len(t)})
		i += j + len(t)
	}
}

func overlapsAny(of, in []span) bool {
	for _, a := range of {
		for _, b := range in {
			if a.overlaps(b) {
				return true
			}
		}
	}
	return false
}

// evidenceTokens are the tokens of every passage, its title and section.
func evidenceTokens(ev *retrieval.Evidence) map[string]bool {
	var b strings.Builder
	for _, it := range ev.Items {
		b.WriteString(it.Chunk.DocTitle + " " + it.Chunk.SectionPath() + " " + it.Chunk.Text + " ")
	}
	return retrieval.TokenSet(b.String())
}

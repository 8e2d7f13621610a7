package assistant

import (
	"slices"
	"sort"
)

// ownLanguageTwins replaces a quote in the other language with the
// asker's own document's sentence that states the same figures, where the
// candidates hold one: the Chinese manual's "保修期为发货之日起 18 个月或调试之日起
// 12 个月" says what the English "18 months from delivery or 12 months from
// commissioning" says, yet scored higher for an English question only
// because it is judged over the words the glossary translates, not over
// the asker's other words ("we got it in January"). Two figures or more,
// the same on both sides, make the sentences the same statement; one
// figure alone may coincide. The twin need share only a word of the
// question: the quote it stands for was already judged to answer it.
func ownLanguageTwins(picked, all []scored, own func(scored) bool) []scored {
	out := slices.Clone(picked)
	for i, s := range out {
		if own(s) {
			continue
		}
		figs := figureSet(s.text)
		if len(figs) < 2 {
			continue
		}
		for _, c := range all {
			if !own(c) || c.ratio == 0 || !slices.Equal(figureSet(c.text), figs) {
				continue
			}
			if !slices.ContainsFunc(out, func(o scored) bool { return o.text == c.text }) {
				c.figure, c.defines = c.figure || s.figure, c.defines || s.defines
				out[i] = c
			}
			break
		}
	}
	return out
}

// figureSet is the figures text states, each once, in order.
func figureSet(text string) []string {
	figs := figuresIn(text)
	sort.Strings(figs)
	return slices.Compact(figs)
}

package assistant

import (
	"slices"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// ownLanguageTwins replaces a quote in the other language with the
// asker's own document's sentence that states the same figures, where the
// candidates hold one: the Chinese manual's "保修期为发货之日起 18 个月或调试之日起
// 12 个月" says what the English "18 months from delivery or 12 months from
// commissioning" says, yet scored higher for an English question only
// because it is judged over the words the glossary translates, not over
// the asker's other words ("we got it in January"). Two figures or more,
// the same on both sides, make the sentences the same statement; one
// figure alone may coincide. A sentence with fewer figures is the same
// statement where the asker's sentence holds the glossary's translation of
// most of its words, three at least ("首次起动前，打开吸入阀，通过泵体顶部的
// 排气螺塞…" for "Before the first start, open the suction valve … through
// the vent plug"). The twin need share only a word of the
// question: the quote it stands for was already judged to answer it.
func ownLanguageTwins(picked, all []scored, own func(scored) bool) []scored {
	out := slices.Clone(picked)
	for i, s := range out {
		if own(s) {
			continue
		}
		figs := figureSet(s.text)
		words := glossedWords(s.text, s.lang)
		if len(figs) < 2 && len(words) < minTwinWords {
			continue
		}
		for _, c := range all {
			if !own(c) || c.ratio == 0 || !slices.Equal(figureSet(c.text), figs) {
				continue
			}
			if len(figs) < 2 && !holdsMost(strings.ToLower(c.text), words) {
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

// minTwinWords is how many glossary words two sentences without figures
// must share, translated, to be one statement.
const minTwinWords = 3

// glossedWords are the other language's forms of text's glossary words,
// lower-cased.
func glossedWords(text, lang string) []string {
	var out []string
	for _, g := range retrieval.Gloss(text, lang, 6) {
		if _, other, ok := strings.Cut(g, " = "); ok {
			out = append(out, strings.ToLower(other))
		}
	}
	return out
}

// holdsMost reports three of words in lower at least, and three in four
// of them: the translation may put one word otherwise (液体 for 介质).
func holdsMost(lower string, words []string) bool {
	n := 0
	for _, w := range words {
		if strings.Contains(lower, w) {
			n++
		}
	}
	return n >= minTwinWords && 4*n >= 3*len(words)
}

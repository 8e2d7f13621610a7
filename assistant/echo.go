package assistant

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// withoutEchoes drops a quote in the other language whose every figure a
// quote in the asker's own language already states: the English manual's
// "Rated head: 32 m" needs no Chinese "额定扬程：32 m" beside it. A quote
// with no figure, or with one the asker's quotes lack, stays: it may say
// what the asker's language does not.
func withoutEchoes(picked []scored, own func(scored) bool) []scored {
	var owned [][]string
	for _, s := range picked {
		if own(s) {
			owned = append(owned, figuresIn(s.text))
		}
	}
	return slices.DeleteFunc(slices.Clone(picked), func(s scored) bool {
		if own(s) {
			return false
		}
		figs := figuresIn(s.text)
		return len(figs) > 0 && slices.ContainsFunc(owned, func(o []string) bool { return containsAll(o, figs) })
	})
}

// figuresIn lists the numbers text states, leaving out those inside codes
// and part numbers ("CP200", "M16").
func figuresIn(text string) []string {
	var out []string
	for _, loc := range number.FindAllStringIndex(text, -1) {
		if loc[0] > 0 && latinLetter(rune(text[loc[0]-1])) {
			continue
		}
		if loc[1] < len(text) && latinLetter(rune(text[loc[1]])) && !unitLetterAfter(text[loc[1]:]) {
			continue
		}
		out = append(out, text[loc[0]:loc[1]])
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		// "the four M16 anchor bolts" states the 4 of "4 个".
		if x, ok := figureWords[w]; ok {
			out = append(out, strconv.FormatFloat(x, 'f', -1, 64))
		}
	}
	return out
}

// unitLetterAfter: "120N·m" and "5A" are figures with their units, while
// "2409210A" would be a code; a letter run of up to three letters after a
// number reads as a unit.
func unitLetterAfter(rest string) bool {
	n := 0
	for n < len(rest) && n < 4 && latinLetter(rune(rest[n])) {
		n++
	}
	return n <= 3
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

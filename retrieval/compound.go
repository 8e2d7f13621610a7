package retrieval

import (
	"slices"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg/textseg"
)

// Chinese writes compounds without spaces, and a name may open a longer
// word that means another thing: "电源线" is the supply cable, not the
// supply "电源". When the glossary knows the longer word, the shorter name
// is not what the question names, and linking it would send the search to
// every passage about the supply.

// glossaryZhWords are the glossary's Chinese forms as runes, by their
// first rune: matching compares them with a text's runes in place.
var glossaryZhWords = func() map[rune][][]rune {
	out := map[rune][][]rune{}
	for _, e := range glossary {
		for _, f := range e.zhRaw {
			if r, _ := utf8.DecodeRuneInString(f); textseg.IsCJK(r) {
				out[r] = append(out[r], []rune(f))
			}
		}
	}
	return out
}()

// insideLongerWord reports a glossary word starting at r[i] that runs past
// r[j-1] in Chinese, so r[i:j] is only the start of that word.
func insideLongerWord(r []rune, i, j int) bool {
	if j >= len(r) || !textseg.IsCJK(r[i]) || !textseg.IsCJK(r[j]) {
		return false
	}
	for _, w := range glossaryZhWords[r[i]] {
		n := len(w)
		if n > j-i && i+n <= len(r) && slices.Equal(r[i:i+n], w) {
			return true
		}
	}
	return false
}

// ZhWordStart is where the glossary word that r[i] falls inside starts,
// or i where r[i] starts one or is in none: a name cut short at i
// ("温度最高允许" of "环境温度最高允许") keeps the whole word it cut.
func ZhWordStart(r []rune, i int) int {
	for s := max(0, i-4); s < i; s++ {
		for _, w := range glossaryZhWords[r[s]] {
			if e := s + len(w); e > i && e <= len(r) && slices.Equal(r[s:e], w) {
				return s
			}
		}
	}
	return i
}

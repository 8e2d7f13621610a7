package retrieval

import (
	"sort"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg/textseg"
)

// spelledFirst orders the BOM items a question names so that the item
// whose whole name the question spells comes before its siblings that
// share only part of it: "96mm 的 open goRail" links every open goRail
// by the words they share, and the 120 mm rail must not stand in for
// the 96 mm one the question sizes. Items the question did not link by
// name (a namesake swapped in) leave the order as it was.
func spelledFirst(items []string, linked []Linked, question string) []string {
	folded := foldName(question)
	words := nameWords(folded)
	unspelled := map[string]int{}
	for _, id := range items {
		e := linkedEntity(linked, id)
		if e.Name == "" {
			return items
		}
		for w := range nameWords(foldName(e.Name)) {
			if !words[w] && !(textseg.HasCJK(w) && strings.Contains(folded, w)) {
				unspelled[id]++
			}
		}
	}
	out := append([]string(nil), items...)
	sort.SliceStable(out, func(i, j int) bool { return unspelled[out[i]] < unspelled[out[j]] })
	return out
}

// nameWords are the words of folded text, split at anything that is not
// a letter or digit; a run of CJK text is one word.
func nameWords(folded string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(folded, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		out[w] = true
	}
	return out
}

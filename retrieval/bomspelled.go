package retrieval

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg"
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
	sort.SliceStable(out, func(i, j int) bool {
		// "bearing cover CP200-BRG-03" names that part by its number; the
		// "bearing" and "cover" its words also link are other items
		if a, b := codeNamed(out[i], folded), codeNamed(out[j], folded); a != b {
			return a
		}
		return unspelled[out[i]] < unspelled[out[j]]
	})
	return out
}

// codeNamed reports an item whose id is a part number the question
// writes out.
func codeNamed(id, folded string) bool {
	_, code, ok := strings.Cut(id, ":")
	code = strings.ToLower(code)
	return ok && strings.ContainsAny(code, "0123456789") && strings.Contains(code, "-") && strings.Contains(folded, code)
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

// reHowManyNoun is the word an English count asks for: "how many washers".
var reHowManyNoun = regexp.MustCompile(`(?i)\bhow many\s+(?:(?:of|the|a|an)\s+)*([a-z0-9][a-z0-9-]*)`)

// countsUnlinkedItem reports an English count of something the question
// links no BOM item for: every item it links is named before "how many",
// and the counted noun names none of them. "The nut or the screw first,
// and how many washers go on each screw" links the screw and the nut;
// counting the nut would answer what was not asked.
func countsUnlinkedItem(q Question, items []string, linked []Linked) bool {
	loc := reHowManyNoun.FindStringSubmatchIndex(q.Text)
	if loc == nil || len(items) == 0 {
		return false
	}
	lower := strings.ToLower(q.Text)
	noun := lower[loc[2]:loc[3]]
	forms := []string{noun, strings.TrimSuffix(noun, "s"), strings.TrimSuffix(noun, "es")}
	for _, id := range items {
		l := linkedOf(linked, id)
		i := strings.Index(lower, strings.ToLower(l.Surface))
		if l.Surface == "" || i < 0 || i > loc[0] {
			return false // named after "how many", or not by the question's words
		}
		words := nameWords(foldName(l.Entity.Name))
		for _, f := range forms {
			if words[f] {
				return false
			}
		}
	}
	return true
}

// linkedOf is the link of entity id, or none.
func linkedOf(linked []Linked, id string) Linked {
	for _, l := range linked {
		if l.Entity.ID == id {
			return l
		}
	}
	return Linked{}
}

// qualifiedOtherwise reports a part the question qualifies with a word
// that neither its names, its description nor the assemblies holding it
// say: "stepper motors" are not a parts list's planetary gear motors in
// its drive wheels, though both are "motor"; "drive motors" are.
func qualifiedOtherwise(q Question, l Linked, up *graphView) bool {
	lower := strings.ToLower(q.Text)
	i := strings.Index(lower, strings.ToLower(l.Surface))
	if l.Surface == "" || i <= 0 {
		return false
	}
	words := strings.Fields(lower[:i])
	if len(words) == 0 {
		return false
	}
	qualifier := ContentTerms(words[len(words)-1])
	if len(qualifier) != 1 || hasDigitRune(qualifier[0]) || wholeCountWords[words[len(words)-1]] {
		return false // "many", "the", "total", a size or count
	}
	if len(words) > 1 && isFigure(words[len(words)-2]) {
		return false // "90 degree steel bracket": a figure's unit, spelled the sheet's own way ("90deg")
	}
	known := l.Entity.Name + " " + strings.Join(l.Entity.Aliases, " ") + " " + l.Entity.Props["description"]
	for _, r := range up.inOf(l.Entity.ID, kg.HasPart) {
		known += " " + up.name(r.From)
	}
	return !slices.Contains(ContentTerms(known), qualifier[0])
}

// wholeCountWords before a part say how it is counted, not which part it
// is: "total 3x5 grid plates across the rover".
var wholeCountWords = map[string]bool{"total": true, "overall": true, "combined": true, "all": true}

func hasDigitRune(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

package assistant

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/kgassist/kgassist/retrieval"
)

// More places where a question names the attribute it asks for: before a
// condition ("what's the sound power level when it runs on 60 Hz", "what
// is the head at 40 m³/h") and before a verb of having or coming ("what
// warranty comes with the kit"). The attribute must then be stated, or the
// condition's own words ("60 Hz") pass for an answer.
var (
	enAttrCondition = regexp.MustCompile(`(?i)^\s*what(?:'s|’s|s|\s+is|\s+are)\s+the\s+((?:[a-z][a-z\-]*\s+){0,3}[a-z][a-z\-]*)\s+(?:when|while|at|during|if|under)\s+`)
	enAttrVerb      = regexp.MustCompile(`(?i)^\s*what\s+([a-z][a-z\- ]{2,30}?)\s+(?:comes?|goes|go|applies|apply|has|have|needs?|holds?|fits?|takes?|uses?)\s+`)
)

// asksMeasure reports a question that names a measure with units
// ("torque", "扭矩"): it asks for a value, which a parts listing never is.
func asksMeasure(question string) bool {
	lower := spelledOut(strings.ToLower(question))
	for word := range attributeUnits {
		if isASCII(word) && wordInText(lower, word) || !isASCII(word) && strings.Contains(lower, word) {
			return true
		}
	}
	return false
}

// namesWholeItem reports a text that names every part of a short item:
// "泵体螺栓" is not named by a sentence about the 地脚螺栓, though both are
// bolts, and the anchor bolts' torque never answers for the casing bolts.
// Chinese item words only (codes are checked apart): their terms are
// character pairs, and half the
// characters of 泵体螺栓 is its head 螺栓 alone. English items keep
// namesItem's half, since the words around them are often the asker's
// ("the casing bolts at the factory"), and so do long Chinese ones.
func namesWholeItem(item retrieval.Question, text string) bool {
	if otherOfKindEN(item, text) {
		return false
	}
	han := item
	han.Terms = nil
	for _, t := range item.Terms {
		if allHan(t) {
			han.Terms = append(han.Terms, t)
		}
	}
	if n := len(han.Terms); n < 2 || n > 3 {
		return true
	}
	// Only a text about another item of the same kind is refused: one that
	// names the item's head (螺栓) without the words that make it this one.
	// A text that never names the head may state the item's value under
	// its document's or table's name ("重量: 800g" in the arm's parameters).
	have := retrieval.TokenSet(text)
	head := han
	head.Terms = han.Terms[len(han.Terms)-1:]
	if share(head, have) < 0.999 {
		return true
	}
	return share(han, have) >= 0.999
}

// conditionAttribute is the attribute before a condition, unless the
// words there are a clause ("the head you get if …"), not a noun.
func conditionAttribute(question string) (string, bool) {
	m := enAttrCondition.FindStringSubmatch(question)
	if m == nil {
		return "", false
	}
	for _, w := range strings.Fields(strings.ToLower(m[1])) {
		if clauseWords[w] {
			return "", false
		}
	}
	return m[1], true
}

var clauseWords = map[string]bool{"you": true, "it": true, "we": true, "they": true, "i": true, "get": true, "gets": true, "need": true, "needs": true}

// otherOfKindEN reports an English text about another item of the kind
// the question asks about: asked as "casing bolts", the item is not the
// "M16 anchor bolts", whose head word stands after a word of its own and
// never after the question's. A text naming the head bare ("the bolts")
// or the question's modifier anywhere may be about it.
func otherOfKindEN(item retrieval.Question, text string) bool {
	modifier, head, ok := compoundItem(item)
	if !ok {
		return false
	}
	words := append(stemmedWords(text), glossedStems(text)...)
	if slices.ContainsFunc(words, func(w string) bool { return shortFor(modifier, w) }) {
		return false
	}
	other := false
	for i, w := range words {
		if w != head {
			continue
		}
		if i == 0 || words[i-1] == "" || generalQualifiers()[words[i-1]] || slices.ContainsFunc(item.Terms, func(t string) bool { return shortFor(t, words[i-1]) }) {
			return false // the head bare, or after a word of the question's
		}
		other = true
	}
	return other
}

// glossedStems are the stemmed English words the glossary gives a Chinese
// text's words ("地脚螺栓 = anchor bolt"), each entry's apart: a Chinese
// sentence about the anchor bolts is about another item than the casing
// bolts, as its English twin is.
func glossedStems(text string) []string {
	if !hasHan(text) {
		return nil
	}
	var out []string
	for _, en := range glossedWords(text, "zh") {
		out = append(append(out, ""), stemmedWords(en)...)
	}
	return out
}

// shortFor reports a question's word that is the text's or cut short of
// it: a "hydro test" is the hydrostatic test.
func shortFor(asked, w string) bool {
	return asked == w || len(asked) >= 4 && strings.HasPrefix(w, asked)
}

// compoundItem finds the last two of the item's terms that the question
// writes side by side, as a modifier and its head ("casing bolts"); a
// Chinese item is read by its character pairs instead.
func compoundItem(item retrieval.Question) (modifier, head string, ok bool) {
	words := stemmedWords(item.Text)
	for i := len(words) - 1; i > 0; i-- {
		a, b := words[i-1], words[i]
		if a != "" && b != "" && isASCII(a+b) && !generalQualifiers()[a] && slices.Contains(item.Terms, a) && slices.Contains(item.Terms, b) {
			return a, b, true
		}
	}
	return "", "", false
}

// generalQualifiers say how much of an item or which copy, not which
// item: "the whole unit" and "the complete unit" are one.
var generalQualifiers = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, t := range retrieval.ContentTerms("whole complete entire full total overall main new old same other " +
		"each every single both standard original spare replacement following above below correct proper actual " +
		// "the blue topcoat": a colour the asker sees, which the paint's
		// own line names by its code (RAL 5015)
		"blue red green black white grey gray yellow orange " +
		// "a finished pump" is the pump, in the state the factory ships it
		"finished assembled installed") {
		out[t] = true
	}
	return out
})

// stemmedWords are text's words as content terms, in order: "" where a
// word is no content term ("the", "four") or holds a digit ("M16"), so a
// word beside it is not taken for its neighbour.
func stemmedWords(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r >= 0x80)
	}) {
		terms := retrieval.ContentTerms(w)
		if len(terms) != 1 || hasDigit(w) {
			out = append(out, "")
			continue
		}
		out = append(out, terms[0])
	}
	return out
}

// reLatinItem is an item a Chinese question writes in English, mostly in
// brackets after its Chinese name: "管镜（tube lens）".
var reLatinItem = regexp.MustCompile(`[（(]\s*([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)+)\s*[)）]`)

// latinItem is that item as a question of its own, or nil.
func latinItem(question string) *retrieval.Question {
	if !hasHan(question) {
		return nil
	}
	m := reLatinItem.FindStringSubmatch(question)
	if m == nil {
		return nil
	}
	q := retrieval.Analyze(m[1])
	return &q
}

// otherOfLatinItem reports a text about another item of the kind a
// Chinese question names in English: "condenser lens" for "管镜（tube
// lens）".
func otherOfLatinItem(item *retrieval.Question, text string) bool {
	return item != nil && otherOfKindEN(*item, text)
}

// pageOfLatinItem reports a section or document named by the item a
// Chinese question writes in English: the "Tube lens" page is about the
// tube lens, each of its lines a value of it.
func pageOfLatinItem(item *retrieval.Question, names string) bool {
	if item == nil {
		return false
	}
	return share(*item, retrieval.TokenSet(names)) >= 0.999
}

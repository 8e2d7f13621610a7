package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// More places where a question names the attribute it asks for: before a
// condition ("what's the sound power level when it runs on 60 Hz", "what
// is the head at 40 m³/h") and before a verb of having or coming ("what
// warranty comes with the kit"). The attribute must then be stated, or the
// condition's own words ("60 Hz") pass for an answer.
var (
	enAttrCondition = regexp.MustCompile(`(?i)^\s*what(?:'s|’s|\s+is|\s+are)\s+the\s+((?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*)\s+(?:when|while|at|during|if|under)\s+`)
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

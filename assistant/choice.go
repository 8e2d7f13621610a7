package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// "Is the gripper electric or air driven?", "叶轮是铸铁还是不锈钢？" ask which
// of two: a passage answers by stating either, and one that states neither
// ("colour: white") does not answer, however much of the item it names.

var (
	enChoice = regexp.MustCompile(`(?i)^\s*(?:is|are|does|do|was|were|will|would|can|should)\b.*\b([a-z][a-z-]+)\s+or\s+([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s*\??\s*$`)
	zhChoice = regexp.MustCompile(`(\p{Han}{1,4}?)的?还是(\p{Han}{1,4}?)的?\s*[？?吗呢]*\s*$`)
)

// choices returns the two choices a question offers, or nil.
func choices(q string) []string {
	if m := enChoice.FindStringSubmatch(q); m != nil {
		return []string{m[1], m[2]}
	}
	if m := zhChoice.FindStringSubmatch(q); m != nil {
		left := m[1]
		if i := strings.LastIndex(left, "是"); i >= 0 {
			left = left[i+len("是"):] // "爪是电动": the choice follows 是
		}
		if left == "" {
			return nil
		}
		return []string{left, m[2]}
	}
	return nil
}

// statesChoice reports whether text states choice c: all its words, or
// for Chinese the choice as written.
func statesChoice(c, text string) bool {
	if allHan(c) {
		return strings.Contains(text, c) || statesChoiceLoosely(c, text)
	}
	terms := retrieval.ContentTerms(c)
	have := retrieval.TokenSet(text)
	for _, t := range terms {
		if !have[t] {
			return false
		}
	}
	return len(terms) > 0
}

// choiceStated is q for a sentence stating one of the question's choices,
// without the other's words, which the stated one answers; ok is false
// for a sentence stating neither.
func choiceStated(q retrieval.Question, cs []string, text string) (retrieval.Question, bool) {
	if cs == nil {
		return q, true
	}
	for i, c := range cs {
		if statesChoice(c, text) {
			other := map[string]bool{}
			for _, t := range retrieval.ContentTerms(cs[1-i]) {
				other[t] = true
			}
			return withoutTermsWhere(q, func(t string) bool { return other[t] || allHan(t) && strings.Contains(cs[1-i], t) }), true
		}
	}
	return q, false
}

// statesChoiceLoosely reports a Chinese choice of three characters or
// more, less the order word it opens with ("先关阀门还是先按停止"), most of
// whose characters the text holds: "先关闭出口阀，再按"停止"按钮" states
// both steps, in its own words.
func statesChoiceLoosely(c, text string) bool {
	core := []rune(strings.TrimLeft(c, "先后再"))
	if len(core) < 3 {
		return false
	}
	held := 0
	for _, r := range core {
		if strings.ContainsRune(text, r) {
			held++
		}
	}
	return 3*held >= 2*len(core)
}

// statesBothChoices reports a text that states both of a question's
// choices: "先关闭出口阀，再按"停止"按钮" answers "先关阀门还是先按停止" by
// putting the two in order, whatever else the question says around them.
func statesBothChoices(cs []string, text string) bool {
	return len(cs) == 2 && asksOrder(cs) && statesChoice(cs[0], text) && statesChoice(cs[1], text)
}

// asksOrder reports choices of which comes first ("先关阀门", "先按停止"):
// a text stating both answers in the order it gives them. Of two
// materials or two drives, one stated beside the other answers nothing.
func asksOrder(cs []string) bool {
	for _, c := range cs {
		if !strings.HasPrefix(c, "先") {
			return false
		}
	}
	return true
}

package assistant

import (
	"github.com/kgassist/kgassist/retrieval"
)

// A question how often something is done matches an entry about the
// same item on the item's name alone: "机械臂关节多久要润滑一次" holds
// 机械臂 and 关节, as "A joint of the robot arm cannot move" does, and
// only 润滑 says what is done. A term of the user's that the glossary
// knows in the other language names a thing or an act for certain; an
// entry that holds it in neither form is about another job. (A question
// that only says more around the entry's, "电网是60Hz，泵能用吗", keeps
// its match: its extra words are circumstances.)

// leavesOutGlossedTerm reports a glossed content term of the user's
// question that text holds in no form. Asking words ("多久", "一次") hold
// a function character and are not what is asked about; the product's
// name, the entry's title and the words most passages share ("机械臂" in
// an arm's manual) are context.
func leavesOutGlossedTerm(ev *retrieval.Evidence, text, title string) bool {
	have, runes := retrieval.TokenSet(text), runeSet(text)
	context, common := retrieval.TokenSet(title), commonTerms(ev)
	for _, t := range ev.Question.Terms {
		if len(ev.Question.Alts[t]) == 0 || productTerm(ev, t) || context[t] || common[t] || holdsFunctionChar(t) || !allHan(t) && !glossedInHan(ev.Question, t) {
			continue
		}
		if !have[t] && !allRunesIn(t, runes) && !altIn(ev.Question, t, have) {
			return true
		}
	}
	return false
}

func holdsFunctionChar(t string) bool {
	for _, r := range t {
		if zhFunction[r] {
			return true
		}
	}
	return false
}

func allRunesIn(t string, runes map[rune]bool) bool {
	for _, r := range t {
		if !runes[r] {
			return false
		}
	}
	return true
}

// glossedInHan reports an English term the glossary knows in Chinese
// ("lube" as 润滑): it names a thing or an act, as a glossed Chinese
// term does.
func glossedInHan(q retrieval.Question, t string) bool {
	for _, seq := range q.Alts[t] {
		for _, s := range seq {
			if allHan(s) {
				return true
			}
		}
	}
	return false
}

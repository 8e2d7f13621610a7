package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// An FAQ entry often answers its own yes/no question with a "Yes," or
// "可以，" first. Quoted for another question, that word answers what the
// user did not ask: "how long does a seal swap take" is no yes/no
// question, and "can it run at 60 Hz" is not the entry's case when the
// entry never states 60 Hz ("Yes, between 30 Hz and 50 Hz"). There the
// word is left out and the entry's own terms speak. A "No" is kept: it
// warns whatever the case.

var (
	assentLead    = regexp.MustCompile(`^(?i:yes)\b[,.;:!]?\s*|^(?:可以|是的|能|行)[，,。；！]\s*`)
	yesNoQuestion = regexp.MustCompile(`(?i)^\s*(?:is|are|was|were|does|do|did|has|have|should|must|can|could|will|would|may)\b|[吗么][？?]?\s*$|能不能|可不可以|是否|可否`)
)

// withoutUnaskedAssent is the first sentence of an entry's answer without
// its leading assent, where that assent does not answer question.
func withoutUnaskedAssent(ev *retrieval.Evidence, sentences []string) []string {
	if len(sentences) == 0 || !assentLead.MatchString(sentences[0]) {
		return sentences
	}
	if yesNoQuestion.MatchString(ev.Question.Text) && statesAskedFigures(ev, strings.Join(sentences, " ")) {
		return sentences
	}
	rest := assentLead.ReplaceAllString(sentences[0], "")
	out := append([]string(nil), sentences[1:]...)
	if rest == "" {
		return out
	}
	return append([]string{upperFirst(rest)}, out...)
}

// statesAskedFigures reports text stating every figure the question names.
func statesAskedFigures(ev *retrieval.Evidence, text string) bool {
	have := retrieval.TokenSet(text)
	for _, t := range ev.Question.Terms {
		if isNumber(t) && !have[t] && !productTerm(ev, t) {
			return false
		}
	}
	return true
}

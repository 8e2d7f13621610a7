package assistant

import (
	"regexp"
	"strings"
)

// A document may say that it does not give a value ("we do not provide
// the joints' internal torque"). Quoted as the answer to "how much torque",
// it reads as if the value were known; the asker is told that it is not,
// and offered the passage's topic.

// declines is a sentence saying that information is not given.
var declines = regexp.MustCompile(`(?i)不提供|暂不提供|未提供|没有提供|无法提供|不公开|未公开|不对外|\bnot (?:provided|available|published|disclosed|specified|given)\b|\b(?:do|does|can)(?: not|n't) (?:provide|publish|disclose|specify|give)\b`)

// valueAsked asks how much, not whether: "can I read the joint torque?"
// is answered by a passage saying it is not provided.
var valueAsked = regexp.MustCompile(`(?i)\bhow (?:much|many|high|large|big|strong|heavy|fast)\b|\bwhat(?:'s|’s| is| are| was)\b|\bwhich value\b|多少|多大|多高|多重|多快|几`)

// onlyDeclines reports an answer to a question asking a measure whose
// every cited passage is quoted saying the documents do not give it; the
// passage's other sentences ("only the arm's overall figures are
// published") come with it.
func onlyDeclines(question, text string) bool {
	if !asksMeasure(question) || !valueAsked.MatchString(question) {
		return false
	}
	cited, declining := map[string]bool{}, map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		for _, m := range citeMarker.FindAllString(line, -1) {
			cited[m] = true
			declining[m] = declining[m] || declines.MatchString(line)
		}
	}
	for m := range cited {
		if !declining[m] {
			return false
		}
	}
	return len(cited) > 0
}

package assistant

import "regexp"

// unitFigureMissing reports a question asking a figure in a unit it
// spells out ("噪音有多少分贝") whose answer states no figure at all:
// "噪音较低" says the noise is low, not how many decibels it is. Any
// figure will do, since a table may carry the unit in its header only
// ("J1 (°): -168 ~ +168").
func unitFigureMissing(question, answer string) (string, bool) {
	m := askedUnit.FindStringSubmatch(question)
	if m == nil || anyDigit.MatchString(citeMarks.ReplaceAllString(answer, "")) {
		return "", false
	}
	return m[1], true
}

var (
	anyDigit  = regexp.MustCompile(`\d`)
	citeMarks = regexp.MustCompile(`\[\d+\]`)
)

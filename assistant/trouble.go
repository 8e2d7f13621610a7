package assistant

import (
	"regexp"

	"github.com/kgassist/kgassist/retrieval"
)

// "The brass nut keeps jamming when I push it into the actuator column"
// reports a trouble and the circumstances it comes in. The step that
// answers names the trouble ("insert the nut corner-first, otherwise it
// will jam"); the step that only repeats the circumstances ("push it into
// place") shares more words and says nothing new.

// reKeepsHappening is a trouble that recurs: "keeps jamming", "keeps on
// slipping".
var reKeepsHappening = regexp.MustCompile(`(?i)\bkeeps?(?: on)? ([a-z]+ing)\b`)

// reCircumstance is when the trouble comes: "when I push it into the
// actuator column".
var reCircumstance = regexp.MustCompile(`(?i)\bwhen(?:ever)? (?:i|we|you)\b[^,.;?!，。；？！]*`)

// circumstanceTerms are the terms of the question's circumstance clause.
func circumstanceTerms(question string) []string {
	var out []string
	for _, m := range reCircumstance.FindAllString(question, -1) {
		for t := range retrieval.TokenSet(m) {
			out = append(out, t)
		}
	}
	return out
}

// troubleTerms are the terms of the trouble the question reports.
func troubleTerms(question string) []string {
	var out []string
	for _, m := range reKeepsHappening.FindAllStringSubmatch(question, -1) {
		for t := range retrieval.TokenSet(m[1]) {
			out = append(out, t)
		}
	}
	return out
}

// reAvoids says what a step prevents: "otherwise it will jam", "to avoid
// jamming", "以免卡住". A sentence that only tells the trouble again ("the
// pump is still sucking when the program ends") answers nothing.
var reAvoids = regexp.MustCompile(`(?i)\b(?:otherwise|or else|or it will|to avoid|to prevent|so that it does not|so it doesn't|prevents?|avoids?)\b|否则|以免|防止|避免`)

// namesTrouble reports a sentence that names the trouble as what it
// prevents.
func namesTrouble(trouble []string, s string, have map[string]bool) bool {
	if len(trouble) == 0 || !reAvoids.MatchString(s) {
		return false
	}
	for _, t := range trouble {
		if have[t] {
			return true
		}
	}
	return false
}

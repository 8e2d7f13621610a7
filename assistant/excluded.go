package assistant

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// "How heavy is just the pump end, without the motor or the base?" leaves
// the motor and the base out: "Motor: 52 kg" and "Weight (pump, motor,
// base plate, control box): 118 kg" are values of what the asker left out
// or of a whole holding it, so neither answers; "Pump: 48 kg" does.

// leftOutTerms are the terms of the things the question leaves out.
func leftOutTerms(question string) map[string]bool {
	out := map[string]bool{}
	for _, c := range retrieval.LeftOut(question) {
		// "不算电机" leaves out the English sheet's "Motor" too
		for _, t := range append(retrieval.ContentTerms(c), glossedStems(c)...) {
			out[t] = true
		}
	}
	delete(out, "")
	return out
}

// labelsLeftOut reports a sentence whose label ("Motor: 52 kg") names a
// thing the question leaves out.
func labelsLeftOut(left map[string]bool, sentence string) bool {
	if len(left) == 0 {
		return false
	}
	label, _, ok := strings.Cut(sentence, ":")
	if !ok {
		if label, _, ok = strings.Cut(sentence, "："); !ok {
			return false
		}
	}
	// "电机" for "without the motor": a Chinese label by its glossary words
	words := append(retrieval.ContentTerms(label), glossedStems(label)...)
	return slices.ContainsFunc(words, func(t string) bool { return left[t] })
}

// reIncluded says what a whole includes: "整机（带底座）外形尺寸" asks the
// whole unit's size, base and all, and the base is no item of its own.
var reIncluded = regexp.MustCompile(`(?i)[（(]\s*(?:带|含|包括|包含|连同|加上|with|incl\.?|including)\s*([^）)]+)[）)]|\b(?:including|incl\.?)\s+(?:the\s+)?([^,.;?!]+)`)

// includedTerms are the terms of what a question says its whole includes.
func includedTerms(question string) []string {
	var out []string
	for _, m := range reIncluded.FindAllStringSubmatch(question, -1) {
		out = append(out, retrieval.ContentTerms(m[1]+" "+m[2])...)
	}
	return out
}

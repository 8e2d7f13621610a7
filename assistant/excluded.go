package assistant

import (
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
		for _, t := range retrieval.ContentTerms(c) {
			out[t] = true
		}
	}
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

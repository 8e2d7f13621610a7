package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// "How heavy is just the pump end, without the motor or the base?" leaves
// the motor and the base out: "Motor: 52 kg" and "Weight (pump, motor,
// base plate, control box): 118 kg" are values of what the asker left out
// or of a whole holding it, so neither answers; "Pump: 48 kg" does.

// reLeftOut is the clause that leaves things out of what is asked.
var reLeftOut = regexp.MustCompile(`(?i)\b(?:without|excluding|not counting|not including|minus|except(?: for)?)\s+([^,.;?!]+)|(?:不含|不包括|不算|除去|去掉)([^，。；？！,.;?!]+)`)

// leftOutTerms are the terms of the things the question leaves out.
func leftOutTerms(question string) map[string]bool {
	out := map[string]bool{}
	for _, m := range reLeftOut.FindAllStringSubmatch(question, -1) {
		for _, t := range retrieval.ContentTerms(m[1] + m[2]) {
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
	for _, t := range retrieval.ContentTerms(label) {
		if left[t] {
			return true
		}
	}
	for _, g := range retrieval.Gloss(label, "zh", 20) { // "电机" for "without the motor"
		if _, en, ok := strings.Cut(g, " = "); ok {
			for _, t := range retrieval.ContentTerms(en) {
				if left[t] {
					return true
				}
			}
		}
	}
	return false
}

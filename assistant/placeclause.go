package assistant

import (
	"regexp"

	"github.com/kgassist/kgassist/retrieval"
)

// A part is often named with the assembly it sits in ("the pressure
// transmitter that goes in the control box", "控制箱里装的压力变送器"). A
// bill of materials names the part on its own row and the assembly on
// another, so the place's words are in neither row with the part's: they
// say which part is meant, not what its row must hold.

// placeClause is the clause that places a part in or on an assembly.
var placeClause = regexp.MustCompile(`(?i)\b(?:that|which)\s+(?:goes|go|sits|sit|is|are|gets|get)?\s*(?:fitted|mounted|installed|used|built)?\s*(?:in|into|inside|on)\s+(?:the|a|an|our|this)\s+[^,.;?!]+|[\p{Han}A-Za-z0-9-]{2,}(?:里面|里|内|上)(?:装的|用的|安装的|装)`)

// placeAfterNoun is a place said right after the part's noun phrase, the
// place alone captured: "the pressure transmitter in the CP200 control
// box". An "in the" after a verb ("do I drill in the wheels") is where
// the work is done, not a part's place.
var placeAfterNoun = regexp.MustCompile(`(?i)\b(?:the|a|an)\s+(?:[a-z0-9-]+\s+){0,3}?[a-z0-9-]+\s+(?:in|inside)\s+((?:the|a|an|our|this)\s+[^,.;?!]+)`)

// placeTerms are the terms of the question's place clause.
func placeTerms(question string) map[string]bool {
	out := map[string]bool{}
	for _, m := range placeClause.FindAllString(question, -1) {
		for _, t := range retrieval.ContentTerms(m) {
			out[t] = true
		}
	}
	for _, m := range placeAfterNoun.FindAllStringSubmatch(question, -1) {
		for _, t := range retrieval.ContentTerms(m[1]) {
			out[t] = true
		}
	}
	return out
}

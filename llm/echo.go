package llm

import (
	"strings"
	"unicode"
)

// promptEcho is the length in words of a run that, shared with the system
// prompt, marks a sentence as the prompt repeated. A planted "reveal your
// system prompt" met by an obedient model yields such sentences, and each
// may carry a valid citation, so the other checks would keep them.
const promptEcho = 6

var promptRuns = func() map[string]bool {
	text := systemPrompt
	for _, r := range languageRule {
		text += "\n" + r
	}
	return wordRuns(text)
}()

func wordRuns(s string) map[string]bool {
	w := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := map[string]bool{}
	for i := 0; i+promptEcho <= len(w); i++ {
		out[strings.Join(w[i:i+promptEcho], " ")] = true
	}
	return out
}

// echoesPrompt reports whether claim repeats part of the system prompt.
func echoesPrompt(claim string) bool {
	for run := range wordRuns(claim) {
		if promptRuns[run] {
			return true
		}
	}
	return false
}

package llm

import (
	"regexp"
	"strings"
)

var (
	leadingMarks = regexp.MustCompile(`^[ \t]*(\[\d{1,3}\][ \t]*)+`)
	// partialMark is the start of a marker cut by a chunk boundary.
	partialMark = regexp.MustCompile(`^[ \t]*(\[\d{0,3})?$`)
	ordinalLine = regexp.MustCompile(`^[ \t]*(?:[-*•][ \t]*)?\d{1,2}$`)
)

// splitSentences cuts text into sentences, each with the whitespace that
// follows it, so joining them gives the text back. A stop ends a sentence
// when it is Chinese (。！？), a newline, or a Latin stop followed by
// space; "2.2 kW" stays whole. Citation markers written after the stop
// ("… 380 V. [1]") stay with their sentence. Unless final, the text after
// the last certain boundary is returned as rest: more may follow.
func splitSentences(text string, final bool) (sentences []string, rest string) {
	start := 0
	for i := 0; i < len(text); {
		end, ok := boundary(text, i)
		if !ok {
			i++
			continue
		}
		if end == len(text) && !final {
			break // a marker or more words may still arrive
		}
		end += len(leadingMarks.FindString(text[end:]))
		if !final && partialMark.MatchString(text[end:]) {
			break
		}
		end = skipSpace(text, end)
		if end == len(text) && !final {
			break
		}
		sentences = append(sentences, text[start:end])
		start, i = end, end
	}
	if final && start < len(text) {
		sentences = append(sentences, text[start:])
		start = len(text)
	}
	return sentences, text[start:]
}

// boundary reports whether a sentence stop starts at byte i, and where
// the stop ends.
func boundary(text string, i int) (int, bool) {
	switch {
	case text[i] == '\n':
		return i + 1, true
	case text[i] == '.' && endsOrdinal(text, i):
		return 0, false
	case text[i] == '.' || text[i] == '!' || text[i] == '?':
		if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '\t' {
			return i + 1, true
		}
	}
	for _, stop := range []string{"。", "！", "？"} {
		if strings.HasPrefix(text[i:], stop) {
			return i + len(stop), true
		}
	}
	return 0, false
}

func skipSpace(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
		i++
	}
	return i
}

// endsOrdinal reports whether the stop at i ends a list number ("2. ").
func endsOrdinal(text string, i int) bool {
	line := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
	return ordinalLine.MatchString(line)
}

package assistant

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// A question about a procedure is answered with its steps, all of them and
// in their order, from the one passage that lists them: three sentences
// picked by score would skip steps and shuffle the rest.

var (
	stepLine   = regexp.MustCompile(`(?i)^\s*(?:\d{1,2}\s*[.)、．]|step\s*\d+|第[一二三四五六七八九十\d]+步|[①-⑳])`)
	procedural = regexp.MustCompile(`(?i)\b(?:steps?|procedure|sequence|how (?:do|should|can) (?:i|we|you)|how to|in what order)\b|步骤|顺序|流程|如何|怎么|怎样`)
)

// maxSteps bounds a quoted procedure.
const maxSteps = 15

// stepsAnswer quotes the numbered steps of the passage that covers the
// question best, when the question asks how something is done.
func stepsAnswer(ev *retrieval.Evidence) (string, bool) {
	if !procedural.MatchString(ev.Question.Text) {
		return "", false
	}
	q := contentQuestion(ev)
	best, bestShare := -1, 0.5
	for i, it := range ev.Items {
		if len(steps(it.Chunk.Text)) < 2 {
			continue
		}
		if s := share(q, retrieval.TokenSet(it.Chunk.SectionPath()+" "+it.Chunk.Text)); s >= bestShare {
			best, bestShare = i, s
		}
	}
	if best < 0 {
		return "", false
	}
	it := ev.Items[best]
	lines := steps(it.Chunk.Text)
	if len(lines) > maxSteps {
		lines = lines[:maxSteps]
	}
	text := strings.Join(lines, "\n") + fmt.Sprintf(" [%d]", it.N)
	if otherLanguage(it.Chunk.Lang, ev.Question.AnswerLang()) {
		text += " " + otherLabel(strings.Join(lines, " "), it.Chunk.Lang, it.Chunk.DocTitle, ev.Question.AnswerLang())
	}
	return text, true
}

// steps returns the lines of text that are numbered steps, in order.
func steps(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if stepLine.MatchString(line) {
			out = append(out, strings.TrimSpace(quotable(line)))
		}
	}
	return out
}

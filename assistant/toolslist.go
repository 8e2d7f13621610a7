package assistant

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// A question for the tools a job takes is answered by the list the guide
// gives under a heading of tools, whole: its lines ("3cm insulating
// tape") name neither the job nor the machine, and no sentence of the
// steps that do lists them.
var toolsListAsked = regexp.MustCompile(`(?i)\b(?:what|which)\s+tools\b|\btools\s+(?:do|does|are|will|would|should|needed|required)\b|哪些工具|什么工具|啥工具|工具有哪些`)

// toolsListAnswer quotes the tools list of the document the best passage
// comes from, or of the first document after it that has one.
func toolsListAnswer(ev *retrieval.Evidence) (string, bool) {
	if !toolsListAsked.MatchString(ev.Question.Text) {
		return "", false
	}
	for _, base := range ev.Items {
		if retrieval.ListsTools(base.Chunk) {
			continue
		}
		for _, it := range ev.Items {
			if it.Chunk.DocumentID == base.Chunk.DocumentID && retrieval.ListsTools(it.Chunk) {
				return toolsListText(ev, it), true
			}
		}
	}
	return "", false
}

// toolsListText is a tools list's lines under its place, with its citation.
func toolsListText(ev *retrieval.Evidence, it retrieval.Item) string {
	var lines []string
	for _, l := range strings.Split(it.Chunk.Text, "\n") {
		if l = strings.TrimSpace(quotable(l)); l != "" {
			lines = append(lines, "- "+l)
		}
	}
	head := strings.Join(append([]string{it.Chunk.DocTitle}, it.Chunk.Section...), " › ")
	text := head + ":\n" + strings.Join(lines, "\n") + fmt.Sprintf(" [%d]", it.N)
	if otherLanguage(it.Chunk.Lang, ev.Question.AnswerLang()) {
		text += " " + otherLabel(strings.Join(lines, " "), it.Chunk.Lang, it.Chunk.DocTitle, ev.Question.AnswerLang())
	}
	return text
}

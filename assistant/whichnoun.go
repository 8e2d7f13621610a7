package assistant

import (
	"regexp"

	"github.com/kgassist/kgassist/retrieval"
)

// "Which battery pack does the rover parts list call for?" asks for one
// kind of part: the parts list exploded whole, with no battery in it, is
// no answer, and the documents' silence is.

// reWhichNoun is a question opening with the kind of thing it asks for.
var reWhichNoun = regexp.MustCompile(`(?i)^\s*(?:which|what)\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)\s+(?:does|do|did|is|are|was|were|goes|go|should|will|would|can)\b`)

// whichNounMissing reports a listing that lacks a word of the
// kind of thing the question asks for.
func whichNounMissing(ev *retrieval.Evidence, c retrieval.Computed) bool {
	m := reWhichNoun.FindStringSubmatch(ev.Question.Text)
	if m == nil {
		return false
	}
	noun := retrieval.Analyze(m[1])
	if len(noun.Terms) == 0 {
		return false
	}
	return share(noun, retrieval.TokenSet(computedText(ev, c))) < 0.999
}

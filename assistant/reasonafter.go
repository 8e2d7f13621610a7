package assistant

import (
	"regexp"

	"github.com/kgassist/kgassist/retrieval"
)

// "Why brass nuts instead of steel ones?" is answered by the sentence
// after the one that names the nuts: "These nuts form part of the
// actuator. Brass ones will have less friction and result in smoother
// motion." The reason shares fewer of the question's words than the
// sentence it follows, and falls below the bar. Asked why, a quote that
// gives no reason is followed by the next sentence of its passage where
// that one does.

var reasonStated = regexp.MustCompile(`(?i)\b(?:because|since|so that|so as to|in order to|to avoid|to prevent|results? in|resulting in|leads? to|less|more|better|smoother|stronger|cheaper|reduces?|prevents?|avoids?)\b|因为|由于|以便|为了|以免|避免|防止|更`)

// withReasonAfter adds after each quote without a reason the next
// sentence of its passage that gives one.
func withReasonAfter(ev *retrieval.Evidence, picked []scored) []scored {
	if !asksWhy(ev.Question.Text) {
		return picked
	}
	return withSentenceAfter(ev, picked, reasonStated.MatchString, reasonStated.MatchString)
}

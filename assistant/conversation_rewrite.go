package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/kg/textseg"
	"github.com/kgassist/kgassist/retrieval"
)

var (
	enPronoun = regexp.MustCompile(`(?i)\b(its|it|they|them|their|this|that|these|those)\b`)
	zhPronoun = []string{"它们的", "它的", "它们", "它", "其", "这个", "那个", "该"}
	followCue = regexp.MustCompile(`(?i)^(and|what about|how about|also)\b`)
)

// RewriteHeuristic carries the previous turn's entities into a follow-up
// that has pronouns or too few content words to stand alone: "and its
// weight?" after a question about the HF-CP200 pump becomes "and HF-CP200
// pump's weight?", "它的重量呢？" becomes "HF-CP200水泵的重量呢？".
func RewriteHeuristic(history []Turn, question string) string {
	prev := history[len(history)-1]
	var names []string
	for _, n := range prev.Entities {
		if !strings.Contains(strings.ToLower(question), strings.ToLower(n)) {
			names = append(names, n)
		}
	}
	if len(names) == 0 || !isFollowUp(question) {
		return question
	}
	subject := strings.Join(names, " ")
	if textseg.HasCJK(question) {
		for _, p := range zhPronoun {
			if strings.Contains(question, p) {
				return strings.Replace(question, p, subject+strings.TrimPrefix(p, strings.TrimSuffix(p, "的")), 1)
			}
		}
		return subject + " " + question
	}
	replaced := false
	out := enPronoun.ReplaceAllStringFunc(question, func(p string) string {
		if replaced {
			return p
		}
		replaced = true
		if strings.EqualFold(p, "its") || strings.EqualFold(p, "their") {
			return subject + "'s"
		}
		return subject
	})
	if replaced {
		return out
	}
	return strings.TrimRight(question, "?？ ") + " of " + subject + "?"
}

func isFollowUp(q string) bool {
	if followCue.MatchString(strings.TrimSpace(q)) || strings.HasSuffix(strings.TrimRight(q, "?？ "), "呢") {
		return true
	}
	if enPronoun.MatchString(q) {
		return true
	}
	for _, p := range zhPronoun {
		if strings.Contains(q, p) {
			return true
		}
	}
	return len(retrieval.ContentTerms(q)) <= 2
}

package assistant

import (
	"regexp"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A step that sets a value is often followed by the limit it must not
// pass ("Heat the bearing to 100 °C. Never heat a bearing above 110 °C."):
// asked for both ("what temp do we set, and what's the absolute max"), the
// limit shares few of the question's words and falls below the bar a
// quote must clear, though it is the half of the answer the asker fears
// most. Where the question asks a limit of the measure, the sentence right
// after a quote that states one in the measure's unit is quoted with it.

var (
	limitAsked  = regexp.MustCompile(`(?i)\b(?:max|maximum|absolute|limit|highest|upper|never|at most|not exceed)\b|\btoo (?:hot|high|much|fast|tight)\b|最高|最大|上限|不超过|不得超过|极限`)
	limitStated = regexp.MustCompile(`(?i)\b(?:never|above|exceed|exceeds|at most|max|maximum|up to|limit|no more than|not more than)\b|不超过|不得|最高|上限|≤`)
)

// withLimitAfter adds after each quote the next sentence of its passage
// where it states a limit of the asked measure.
func withLimitAfter(ev *retrieval.Evidence, measure measureCheck, picked []scored) []scored {
	if measure.units == nil || !limitAsked.MatchString(ev.Question.Text) {
		return picked
	}
	return withSentenceAfter(ev, picked, func(string) bool { return false }, func(next string) bool {
		return measure.statesValue(next) && limitStated.MatchString(next)
	})
}

// withSentenceAfter adds after each quote that is not complete already
// the next sentence of its passage that wanted says is the rest of it.
func withSentenceAfter(ev *retrieval.Evidence, picked []scored, complete, wanted func(string) bool) []scored {
	var out []scored
	seen := map[string]bool{}
	for _, s := range picked {
		seen[s.text] = true
	}
	for _, s := range picked {
		out = append(out, s)
		if complete(s.text) {
			continue
		}
		it, ok := ev.Item(s.n)
		if !ok {
			continue
		}
		next := sentenceAfter(it.Chunk, s.text)
		if next == "" || seen[next] || !wanted(next) {
			continue
		}
		seen[next] = true
		added := s
		added.text, added.defines = next, false
		out = append(out, added)
	}
	return out
}

// sentenceAfter is the quotable sentence that follows s in the passage,
// or "".
func sentenceAfter(c kg.Chunk, s string) string {
	sentences := quoteCandidates(c)
	for i, q := range sentences {
		if q == s && i+1 < len(sentences) {
			return sentences[i+1]
		}
	}
	return ""
}

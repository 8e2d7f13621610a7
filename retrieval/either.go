package retrieval

import "strings"

// "what oil or grease goes in the bearings": a passage naming either
// answers, yet as two terms the one it lacks halves its coverage, and a
// plainly answered question is refused. Each of two words joined by "or"
// counts as the other's form.

// withEitherTerm makes each term of an "A or B" pair an alternative form of
// the other. Figures stay apart: "380 V or 400 V" asks which.
func withEitherTerm(q Question) Question {
	lower := strings.ToLower(q.Text)
	if !strings.Contains(lower, " or ") {
		return q
	}
	for i := 0; i+1 < len(q.Terms); i++ {
		a, b := q.Terms[i], q.Terms[i+1]
		if isFigure(a) || isFigure(b) {
			continue
		}
		wa, wb := q.wordOf(a), q.wordOf(b)
		if !strings.Contains(lower, wa+" or "+wb) {
			continue
		}
		q = withAlt(q, a, b, wb)
		q = withAlt(q, b, a, wa)
	}
	return q
}

// wordOf is the question's word behind term t.
func (q Question) wordOf(t string) string {
	if w, ok := q.words[t]; ok {
		return strings.ToLower(w)
	}
	return t
}

func withAlt(q Question, t, other, word string) Question {
	if q.Alts == nil {
		q.Alts, q.altWords = map[string][][]string{}, map[string][]string{}
	}
	q.Alts[t] = append(q.Alts[t], []string{other})
	q.altWords[t] = append(q.altWords[t], word)
	return q
}

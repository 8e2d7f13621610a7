package retrieval

import (
	"regexp"
	"slices"
)

// "What is the Atom at the end of the arm actually for?" asks the Atom's
// role, which an FAQ asks in its own words ("What is the role of atom in
// the robot arm?"): the user's question holds no word of the asking, and
// the passages about the end of the arm win on "end" and "arm". A
// question asking what a thing is for gets the role as a term of its own,
// said as documents say it.

// purposeAsked asks what a thing is for or does.
var purposeAsked = regexp.MustCompile(`(?i)^\W*what(?:'s|\s+is|\s+are)\s+(?:the\s+|an?\s+)?\S.*\bfor\W*$|^\W*what\s+(?:does|do)\s+(?:the\s+|an?\s+)?\S.*\s+do\W*$|是(?:干什么|做什么|干啥)用的|有什么用|起什么作用|有什么作用|用来(?:干|做)什么`)

// ratedFor ends a question asking what a thing is rated or built for
// ("what's the hottest room the motor is rated for?"): a limit, not a role.
var ratedFor = regexp.MustCompile(`(?i)\b(?:rated|designed|built|certified|approved|specified|sized|suitable|good)\s+for\W*$`)

// roleForms are the words documents say a thing's role in.
var roleForms = [][]string{{"role"}, {"function"}, {"purpos"}, {"作用"}, {"用途"}, {"功能"}}

// withPurposeAsked adds the role asked to a question asking what a thing
// is for, unless it names the role already.
func withPurposeAsked(q Question) Question {
	if !purposeAsked.MatchString(q.Text) || ratedFor.MatchString(q.Text) {
		return q
	}
	for _, f := range roleForms {
		if slices.Contains(q.Terms, f[0]) {
			return q
		}
	}
	term := "role"
	if q.Lang == "zh" {
		term = "作用"
	}
	q.Terms = append(slices.Clone(q.Terms), term)
	if q.Alts == nil {
		q.Alts, q.altWords = map[string][][]string{}, map[string][]string{}
	}
	for _, f := range roleForms {
		if f[0] != term {
			q.Alts[term] = append(q.Alts[term], f)
			q.altWords[term] = append(q.altWords[term], f[0])
		}
	}
	return q
}

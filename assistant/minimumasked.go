package assistant

import (
	"regexp"

	"github.com/kgassist/kgassist/retrieval"
)

// minimumUnstated reports a question for the least value of a measure
// ("叶轮最小能车到多大直径", "minimum trim diameter") answered by a text that
// states no lower bound: the impeller's 174 mm as built is not how far it
// may be trimmed. A bound is a minimum named, a floor ("at least", "不小于",
// "≥") or a range, whose low end is one.
func minimumUnstated(ev *retrieval.Evidence, answer string) bool {
	if memo.get(ev).measure(ev).units == nil || !asksMinimum.MatchString(ev.Question.Text) {
		return false
	}
	return !statesLowerBound.MatchString(citeMarks.ReplaceAllString(answer, ""))
}

var (
	// "min" of a speed's unit, r/min, names no minimum.
	asksMinimum      = regexp.MustCompile(`(?i)(?:^|[^/a-z])(?:min|minimum|smallest|lowest)\b|最小|最低|下限`)
	statesLowerBound = regexp.MustCompile(`(?i)(?:^|[^/a-z])(?:min|minimum|smallest|lowest|at least|not less than|no less than|down to)\b|最小|最低|下限|不小于|不低于|不少于|至少|以上|≥|>=|\d\s*(?:[-–~～]|to)\s*\d`)
)

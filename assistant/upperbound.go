package assistant

import "regexp"

// "When the bearings get heated before fitting, what's the hottest
// they're allowed to go?" asks for a ceiling: "Never heat a bearing above
// 110 °C" answers it, while "Heat the bearing to 100 °C", the setting of
// the same step, does not. A sentence that bounds the measure from above
// comes first for a question asking how far it may go.
var (
	asksUpperBound   = regexp.MustCompile(`(?i)\b(?:max|maximum|highest|hottest|warmest|upper limit|at most|how (?:hot|high|far|much) (?:can|may|is it allowed))\b|\ballowed to (?:go|reach|get|run)\b|最高|上限|不能超过|最多能|最热`)
	statesUpperBound = regexp.MustCompile(`(?i)\b(?:max|maximum|at most|not (?:to )?exceed|no more than|not more than|up to|upper limit)\b|\b(?:not|no)\s+(?:longer|bigger|larger|wider|higher|heavier|thicker|hotter)\s+than\b|\bnever\s+(?:\w+\s+){0,4}(?:above|over|beyond|higher than|more than)\b|最高|最大|不超过|不得超过|不大于|不高于|不应超过|≤|<=`)
)

// ceilingsFirst puts a sentence bounding the measure from above first,
// where another sentence of its passage answers, for a question asking a
// ceiling: it says
// as much about the item as they do ("Never heat a bearing above 110 °C"
// after "Heat the bearing … to 100 °C") though it repeats fewer of the
// question's words.
func ceilingsFirst(question string, all []scored) []scored {
	if !asksUpperBound.MatchString(question) {
		return all
	}
	top := 0.0
	for _, s := range all {
		top = max2(top, s.score)
	}
	for i, s := range all {
		if !hasDigit(s.text) || !statesUpperBound.MatchString(s.text) {
			continue
		}
		for _, t := range all {
			if t.n == s.n && t.text != s.text && t.ratio > all[i].ratio {
				all[i].ratio = t.ratio
				all[i].score = top + 0.01 // the ceiling leads
			}
		}
	}
	return all
}

// asksCodeThreshold asks at what value a fault code trips: the code's own
// line states it ("E01 — Motor overcurrent (more than 110 % of rated
// current for 10 s)") without the word threshold.
var asksCodeThreshold = regexp.MustCompile(`(?i)\b(?:threshold|trip point|trip level|trips? at|set ?point)\b|阈值|动作值|设定值|多少(?:才|就)(?:会)?(?:跳|报)`)

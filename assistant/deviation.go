package assistant

import (
	"regexp"
	"strings"
)

// "how much axial run-out is acceptable" asks for a limit of one
// deviation. A limit of another ("Permitted misalignment: radial offset at
// most 0.10 mm") is no answer, however many of the other words it
// shares: the sentence must name the deviation, in either language.

// reDeviationAsked is the deviation a "how much … is allowed" question
// asks the limit of.
var reDeviationAsked = regexp.MustCompile(`(?i)\bhow much (?:axial |radial |angular |end )?(play|run-?out|clearance|misalignment|backlash|offset|gap|float)\b`)

// deviationForms are the words a document may name a deviation by.
var deviationForms = map[string][]string{
	"play":         {"play", "clearance", "间隙", "游隙"},
	"runout":       {"run-out", "runout", "跳动"},
	"clearance":    {"clearance", "gap", "间隙"},
	"misalignment": {"misalignment", "alignment", "offset", "对中", "偏差"},
	"backlash":     {"backlash", "play", "回差", "间隙"},
	"offset":       {"offset", "misalignment", "偏移", "偏差", "对中"},
	"gap":          {"gap", "clearance", "间隙"},
	"float":        {"float", "end play", "窜动", "游隙"},
}

// askedDeviation is the deviation whose limit the question asks, or "".
func askedDeviation(question string) string {
	m := reDeviationAsked.FindStringSubmatch(question)
	if m == nil {
		return ""
	}
	return strings.ReplaceAll(strings.ToLower(m[1]), "-", "")
}

// namesDeviation reports text naming the deviation asked.
func namesDeviation(deviation, text string) bool {
	if deviation == "" {
		return true
	}
	lower := strings.ToLower(text)
	for _, f := range deviationForms[deviation] {
		if strings.Contains(lower, f) {
			return true
		}
	}
	return false
}

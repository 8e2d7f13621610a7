package assistant

import (
	"regexp"
	"strings"
)

// reExample is a code or figure the asker gives as an example: "出厂编号
// 比如 2403015 是按什么规则编的", "a serial like 2403015".
var reExample = regexp.MustCompile(`(?i)(?:比如|例如|譬如|\bfor example\b|\be\.g\.|\blike\b|\bsuch as\b)\s*([A-Za-z0-9][A-Za-z0-9\-/]{3,})`)

// askedExamples are the question's examples.
func askedExamples(q string) []string {
	var out []string
	for _, m := range reExample.FindAllStringSubmatch(q, -1) {
		out = append(out, strings.ToLower(m[1]))
	}
	return out
}

// holdsExample reports a sentence writing one of the asker's examples.
func holdsExample(examples []string, s string) bool {
	lower := strings.ToLower(s)
	for _, e := range examples {
		if strings.Contains(lower, e) {
			return true
		}
	}
	return false
}

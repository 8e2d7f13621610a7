package assistant

import (
	"regexp"
	"strings"
)

// A question may name its topic first and then ask of it by a pronoun:
// "impeller - what's it made of and how big is it?". Cut into parts, the
// second part "how big is it" no longer names the impeller, and nothing
// answers it; each part that asks of "it" is given the topic back.

var (
	topicFirst = regexp.MustCompile(`^\s*([^-—:：?？,，]{2,40}?)(?:\s+[-—]\s+|\s*[:：—]\s*)`)
	pronoun    = regexp.MustCompile(`(?i)\b(?:it|its|they|them|their)\b|它|其`)
)

// withTopic appends the question's topic to each part that asks of it by
// a pronoun and does not name it.
func withTopic(question string, parts []string) []string {
	m := topicFirst.FindStringSubmatch(question)
	if m == nil {
		return parts
	}
	topic := strings.TrimSpace(m[1])
	for i, p := range parts {
		if pronoun.MatchString(p) && !strings.Contains(strings.ToLower(p), strings.ToLower(topic)) {
			parts[i] = p + " (" + topic + ")"
		}
	}
	return parts
}

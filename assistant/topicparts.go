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
	// A code the asker read off a display is what the rest asks about.
	reAskedCode = regexp.MustCompile(`\b[A-Z]{1,2}\d{2,3}\b`)
	pronoun     = regexp.MustCompile(`(?i)\b(?:it|its|they|them|their)\b|它|其`)
)

// withTopic appends the question's topic to each part that asks of it by
// a pronoun and does not name it.
func withTopic(question string, parts []string) []string {
	var topic string
	if m := topicFirst.FindStringSubmatch(question); m != nil {
		topic = strings.TrimSpace(m[1])
	} else if code := reAskedCode.FindString(question); len(parts) > 1 && code != "" {
		topic = code // "…threw E09 - what does that code mean and how do we get it back to normal?"
	} else if len(parts) > 1 {
		topic = firstPartsThing(parts[0]) // "how far apart are the foundation bolt holes and what diameter are they?"
	}
	if topic == "" {
		return parts
	}
	for i, p := range parts {
		if pronoun.MatchString(p) && !strings.Contains(strings.ToLower(p), strings.ToLower(topic)) {
			parts[i] = p + " (" + topic + ")"
		}
	}
	return parts
}

// reTheThing is a thing a part names with "the", up to the verb or the end
// of the part: "the foundation bolt holes", "the base plate".
var reTheThing = regexp.MustCompile(`(?i)\bthe\s+([a-z0-9][a-z0-9-]*(?:\s+[a-z0-9][a-z0-9-]*){0,4}?)\s*(?:\b(?:need|needs|allow|allows|have|has|weigh|weighs|pick|take|takes|use|uses|run|runs|cost|costs|hold|holds|do|does|is|are|can|go|goes|come|comes)\b|[?,.;]|$)`)

// firstPartsThing is the last thing the first part names with "the", of
// which a later part asks by a pronoun.
func firstPartsThing(part string) string {
	ms := reTheThing.FindAllStringSubmatch(part, -1)
	if len(ms) == 0 {
		return ""
	}
	return strings.TrimSpace(ms[len(ms)-1][1])
}

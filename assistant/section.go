package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// sectionNumber is a heading's numbering, which some documents write
// against its first word ("3.2Joint range of motion"): left there it
// glues the number to the word, and the heading no longer says "joint".
// A number of three digits or one against a word without a dot ("280
// robot arm", "2Cr13 shaft") names something and stays.
var sectionNumber = regexp.MustCompile(`^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.?\s)\s*`)

// sectionWords is a passage's section path with the headings' numbering
// taken off, for matching the question's words.
func sectionWords(c kg.Chunk) string {
	parts := make([]string, len(c.Section))
	for i, s := range c.Section {
		parts[i] = sectionNumber.ReplaceAllString(s, "")
	}
	return strings.Join(parts, " > ")
}

// titleUnlessHeading is the passage's document title where its section
// path does not already open with it: a parts line under "Actuator
// assembly › Requirements" is about the actuator, which a question in the
// other language names through the glossary.
func titleUnlessHeading(c kg.Chunk) string {
	if len(c.Section) > 0 && strings.EqualFold(strings.TrimSpace(c.Section[0]), strings.TrimSpace(c.DocTitle)) {
		return ""
	}
	return c.DocTitle
}

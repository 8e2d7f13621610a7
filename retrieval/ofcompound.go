package retrieval

import (
	"regexp"
	"strings"
)

// "the max temperature of liquid" names what a data sheet calls "Liquid
// temperature"; linked as written it finds only the bare "temperature"
// and, through it, every temperature in the documents. An attribute of a
// one-word thing is linked as the compound documents write.

// reAttributeOf is a measured attribute, "of", and the one word it is of.
var reAttributeOf = regexp.MustCompile(`(?i)\b(temperature|pressure|flow|speed|density|viscosity|voltage|current|power|frequency|noise|vibration)\s+of\s+(?:the\s+)?([a-z]{3,})\b`)

// notThings are words after "of" that name no thing a compound is made of.
var notThings = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "it": true, "its": true, "them": true, "our": true, "your": true, "my": true, "their": true, "one": true, "each": true, "which": true, "what": true}

// withAttributeCompounds writes "temperature of liquid" as "liquid
// temperature", for linking.
func withAttributeCompounds(s string) string {
	return reAttributeOf.ReplaceAllStringFunc(s, func(m string) string {
		sub := reAttributeOf.FindStringSubmatch(m)
		if notThings[strings.ToLower(sub[2])] {
			return m
		}
		return sub[2] + " " + sub[1]
	})
}

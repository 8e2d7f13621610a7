package retrieval

import (
	"regexp"
	"strings"
)

// A question may end with what the asker wants the answer for ("…? want
// to quote labour for the customer", "…? need it for the forklift", "…?
// our scada guy is asking"). The purpose names nothing a passage states,
// yet its words ("quote", "customer") count against the passage that
// answers and draw in others (a spare parts list that quotes prices).

// purposeRemark is a remark after the question giving its purpose or who
// wants the answer.
var purposeRemark = regexp.MustCompile(`(?i)^(?:i |we )?(?:need|needs|want|wants|have) (?:it |this |that |them )?(?:to|for)\b|^(?:i |we )?need (?:it|this|that)\s*[.!]?\s*$|^(?:our|the|my) [a-z]+ (?:guy|guys|team|people|customer|client)s? (?:is |are )?(?:asking|needs? it|wants? it)\b|^(?:the )?customer (?:keeps|is|wants|asked|asks)\b`)

// withoutPurpose drops a purpose remark said after the question mark.
func withoutPurpose(text string) string {
	i := strings.LastIndexAny(text, "?？")
	if i < 0 {
		return text
	}
	rest := strings.TrimSpace(text[i+1:])
	if rest == "" || !purposeRemark.MatchString(rest) {
		return text
	}
	return text[:i+1]
}

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

// purposeClause ends a question with what the asker will do with the
// answer: "… so we can touch it up?", "… so I can order the right one?".
var purposeClause = regexp.MustCompile(`(?i)\s+so (?:that )?(?:we|i|you|they|he|she) (?:can|could|may|might) [^?？]*([?？]\s*)$`)

// withoutPurpose drops a purpose remark said after the question mark, or
// closing the question.
func withoutPurpose(text string) string {
	if loc := purposeClause.FindStringSubmatchIndex(text); loc != nil && loc[0] > 0 {
		text = text[:loc[0]] + text[loc[2]:loc[3]]
	}
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

package retrieval

import "regexp"

// "what's the max flow a CP200 can handle": the limit is the measure
// named; what the product "can handle", "can take" or "can cope with" is
// only how the asker says a limit, and no data sheet writes the verb. As a
// term it would count against the very line that answers.

// reLimitVerb is a verb of bearing a load after a word of a limit in the
// same clause; its first group is the verb, with an adverb before it.
var reLimitVerb = regexp.MustCompile(`(?i)\b(?:max|maximum|min|minimum|highest|lowest|most|least|biggest|largest|smallest|hottest|coldest|heaviest|top|upper|lower|peak)\b[^?？.,;!]{0,60}?\b(?:can|could|will|would)\s+((?:safely\s+|reliably\s+|really\s+|actually\s+)?(?:handle|take|cope with|manage|deal with))\b`)

// withoutLimitVerb blanks the verb of bearing a limit.
func withoutLimitVerb(text string) string {
	loc := reLimitVerb.FindStringSubmatchIndex(text)
	if loc == nil {
		return text
	}
	return text[:loc[2]] + " " + text[loc[3]:]
}

package tableq

import "regexp"

// "How many individual pieces go into the pump casing assembly if you
// count every bolt and washer?", "counting each piece, how many parts
// make up the mechanical seal assembly?": the asker says the count is of
// pieces, each as often as its quantity. The bolts and washers named are
// what pieces are, not rows to keep.

var (
	reCountEvery      = regexp.MustCompile(`(?i),?\s*(?:if|when) (?:you|we|i|one) count(?:ed)? (?:every|each|all(?: the)?) [^?,.;]+`)
	reCountingEachLed = regexp.MustCompile(`(?i)^\s*counting (?:each|every) (?:single )?(?:piece|part|item)s?\s*,\s*how many (?:parts|components|items)\b`)
	reHowManyParts    = regexp.MustCompile(`(?i)\bhow many (?:individual |separate )?(?:parts|components|items|pieces)\b`)
)

// asPiecesAsked rewrites a count the asker says is of pieces as "how many
// pieces", and drops the clause saying so.
func asPiecesAsked(text string) string {
	if reCountingEachLed.MatchString(text) {
		return reCountingEachLed.ReplaceAllString(text, "how many pieces")
	}
	if !reCountEvery.MatchString(text) || !reHowManyParts.MatchString(text) {
		return text
	}
	text = reCountEvery.ReplaceAllString(text, "")
	return reHowManyParts.ReplaceAllString(text, "how many pieces")
}

package assistant

import "regexp"

// A question that asks for a range ("温度范围", "operating range") is
// answered by the passage giving the range's two ends or a tolerance
// ("12V ±10%"), not by one that shares more of its words and states a
// single value ("the casing may exceed 60 °C").

var (
	rangeAsked  = regexp.MustCompile(`(?i)范围|区间|\brange\b|from what to what|多少到多少`)
	rangeStated = regexp.MustCompile(`(?i)[+−-]?\d+(?:\.\d+)?\s*(?:°C|℃|[a-zA-Z%³/·]+)?\s*(?:~|～|–|—|-|\bto\b|至|到)\s*[+−-]?\s*\d|±\s*\d|plus or minus\s*\d|正负\s*\d`)
)

// rangeAnswers keeps, for a question asking a range, the quotes that state
// one, where any quote that covers enough of the question does.
func rangeAnswers(question string, all []scored) []scored {
	if !rangeAsked.MatchString(question) {
		return all
	}
	var ranges []scored
	for _, s := range all {
		if s.ratio >= minSentenceCoverage && rangeStated.MatchString(s.text) {
			ranges = append(ranges, s)
		}
	}
	if len(ranges) == 0 {
		return all
	}
	return ranges
}

package assistant

import (
	"regexp"

	"github.com/kgassist/kgassist/retrieval"
)

// unitFigureMissing reports a question asking a figure in a unit it
// spells out ("噪音有多少分贝") whose answer states no figure at all:
// "噪音较低" says the noise is low, not how many decibels it is. Any
// figure will do, since a table may carry the unit in its header only
// ("J1 (°): -168 ~ +168").
func unitFigureMissing(question, answer string) (string, bool) {
	m := askedUnit.FindStringSubmatch(question)
	if m == nil || figureGiven.MatchString(citeMarks.ReplaceAllString(answer, "")) {
		return "", false
	}
	return m[1], true
}

var (
	anyDigit = regexp.MustCompile(`\d`)
	// figureGiven is a number standing as one, or before a unit: "3D
	// printable" and "M3" give no figure, "-168 ~ +168", "50 mm", "6.5mm"
	// and "≤ 72 dB(A)" do.
	figureGiven = regexp.MustCompile(`(?i)(?:^|[^A-Za-z\d.])\d+(?:[.,]\d+)?(?:\s*(?:mm|cm|m|km|h|min|s|g|kg|kw|w|v|a|hz|db|°|℃)\b|[^A-Za-z\d]|$)`)
	citeMarks   = regexp.MustCompile(`\[\d+\]`)
)

// sizeFigureMissing reports a question asking a thing's dimensions whose
// answer gives no length: "How big is the control box enclosure? I need
// the dimensions" is not answered by what the control box displays.
func sizeFigureMissing(question, answer string) bool {
	return dimensionsAsked.MatchString(question) && !lengthGiven.MatchString(citeMarks.ReplaceAllString(answer, ""))
}

var (
	dimensionsAsked = regexp.MustCompile(`(?i)\bdimensions\b|\bhow (?:big|large|wide|tall|long|deep) is\b.*\bdimensions?\b|外形尺寸|外形大小|长宽高`)
	lengthGiven     = regexp.MustCompile(`(?i)\d\s*(?:mm|cm|m|in|inch|inches|")(?:[^A-Za-z]|$)|\d\s*[x×*]\s*\d|毫米|厘米|\bDN\s?\d`)
)

// situationUnitMissing reports an answer that gives no figure in the unit
// of a figure the asker gave of their own situation: "Our process water
// runs at 95 °C. Is there a version that can take that?" is not answered
// by a 60 Hz version's impeller size. It returns the unit.
func situationUnitMissing(question, answer string) (string, bool) {
	plain := citeMarks.ReplaceAllString(answer, "")
	for _, u := range retrieval.SituationUnits(question) {
		family, ok := unitFamilies[u]
		if !ok {
			continue
		}
		if !family.MatchString(plain) {
			return u, true
		}
	}
	return "", false
}

// unitFamilies are the ways a figure of each of the asker's units may be
// written in an answer.
var unitFamilies = func() map[string]*regexp.Regexp {
	temperature := regexp.MustCompile(`(?i)\d\s*(?:°\s*c|℃|°|degrees?\b|度|k\b)`)
	pressure := regexp.MustCompile(`(?i)\d\s*(?:bar|mpa|kpa|pa)\b`)
	weight := regexp.MustCompile(`(?i)\d\s*(?:kg|g|t|公斤|克|千克)(?:[^a-z]|$)`)
	length := regexp.MustCompile(`(?i)\d\s*(?:mm|cm|m|km|米|毫米|厘米)(?:[^a-z³3]|$)`)
	flow := regexp.MustCompile(`(?i)\d\s*(?:m³/h|m3/h|l/min)`)
	return map[string]*regexp.Regexp{
		"°c": temperature, "℃": temperature, "degree": temperature, "degrees": temperature, "度": temperature,
		"bar": pressure, "mpa": pressure, "kpa": pressure,
		"kg": weight, "g": weight, "公斤": weight,
		"mm": length, "cm": length, "m": length, "米": length,
		"m³/h": flow, "m3/h": flow,
	}
}()

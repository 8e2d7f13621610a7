package assistant

import "regexp"

// A question may name the measure it asks for by the unit the answer
// comes in, not by the measure's word: "这泵最大能跑到多少方每小时" asks the
// flow, "how many kilowatts is the motor" the power. Such a question asks
// one value as much as "what is the maximum flow" does, so a passage that
// gives another value for it is said to differ too.
var unitAsked = []struct {
	re      *regexp.Regexp
	measure string // the measure's key in attributeUnits
}{
	{regexp.MustCompile(`(?:多少|几)\s*(?:立方米?|方)\s*(?:每|一|/)\s*(?:个)?(?:小时|h)|每(?:个)?小时.{0,4}?(?:多少|几)\s*(?:立方米?|方)|how many (?:cubic (?:metres|meters)|m³|m3) (?:per|an|a|each) hour`), "flow"},
	{regexp.MustCompile(`(?:多少|几)\s*(?:千瓦|kw)|how many (?:kilowatts|kw)\b`), "power"},
	{regexp.MustCompile(`(?:多少|几)\s*(?:伏|v\b)|how many volts`), "voltage"},
	{regexp.MustCompile(`(?:多少|几)\s*(?:安培|安)|how many (?:amps|amperes)`), "current"},
	{regexp.MustCompile(`(?:多少|几)\s*(?:转每分|转/分)|how many (?:rpm|revolutions per minute)`), "speed"},
	{regexp.MustCompile(`(?:多少|几)\s*(?:km/h|公里每小时|公里/小时|千米每小时|mph)|how many (?:km/h|kph|kilometres per hour|kilometers per hour|mph|miles per hour)|\bin (?:km/h|kph|mph)\b`), "时速"},
}

// measureByUnit finds the measure a lower-cased question asks for by its
// unit, with the words that ask it.
func measureByUnit(lower string) (words, measure string, ok bool) {
	for _, u := range unitAsked {
		if m := u.re.FindString(lower); m != "" {
			return m, u.measure, true
		}
	}
	return "", "", false
}

// unitsOfKind are the units of the measure whose first unit is kind.
func unitsOfKind(kind string) []string {
	for _, units := range attributeUnits {
		if units[0] == kind {
			return units
		}
	}
	return nil
}

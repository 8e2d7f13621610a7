package assistant

import (
	"slices"
	"strings"
)

// A question asking two measures at once ("电机多大功率，额定电流多少安")
// may find a whole answer that gives one of them: the rated current's
// rows share more of its words than the power's. Its parts are then
// answered each on its own, as when the whole finds nothing.

// everydayMeasures ask a measure in everyday words, which a part of a
// compound question asks alone: "how big are the cups", "重多少".
var everydayMeasures = map[string][]string{
	"how big": lengthUnits, "how wide": lengthUnits, "how thick": lengthUnits,
	"how heavy": {"kg", "g"}, "weigh": {"kg", "g"}, "重多少": {"kg", "g"}, "多重": {"kg", "g"},
}

// missesPartMeasure reports a question part asking a measure whose unit
// the whole answer's text gives no value in.
func missesPartMeasure(question, answer string) bool {
	parts := questionParts(question)
	if parts == nil {
		return false
	}
	for _, p := range parts {
		units := partUnits(strings.ToLower(p))
		if len(units) > 0 && !slices.ContainsFunc(units, func(u string) bool { return unitValue(answer, u) }) {
			return true
		}
	}
	return false
}

// partUnits are the units of the one measure a question part names, by
// its word or its unit; none where it names none or several.
func partUnits(lower string) []string {
	var units []string
	for word, us := range attributeUnits {
		if !strings.Contains(lower, word) {
			continue
		}
		if units != nil && units[0] != us[0] {
			return nil
		}
		units = us
	}
	if units == nil {
		for word, us := range everydayMeasures {
			if strings.Contains(lower, word) {
				units = us // "how big are the cups": a size, in mm
			}
		}
	}
	if units == nil {
		if _, measure, ok := measureByUnit(lower); ok {
			units = attributeUnits[measure]
		}
	}
	return units
}

// saysLess reports a whole answer that is one of the parts' answers: the
// parts, each answered, give every figure it gives and more ("what does
// it weigh" answered, "how much pen travel" not).
func saysLess(whole, parts string) bool {
	w := figureSet(reMarker.ReplaceAllString(whole, ""))
	p := figureSet(reMarker.ReplaceAllString(parts, ""))
	if len(w) == 0 || len(p) <= len(w) {
		return false
	}
	for _, f := range w {
		if !slices.Contains(p, f) {
			return false
		}
	}
	return true
}

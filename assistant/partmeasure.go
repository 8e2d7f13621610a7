package assistant

import (
	"slices"
	"strings"
)

// A question asking two measures at once ("电机多大功率，额定电流多少安")
// may find a whole answer that gives one of them: the rated current's
// rows share more of its words than the power's. Its parts are then
// answered each on its own, as when the whole finds nothing.

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
		if _, measure, ok := measureByUnit(lower); ok {
			units = attributeUnits[measure]
		}
	}
	return units
}

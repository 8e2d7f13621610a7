package assistant

import "regexp"

// "what NPSH does the pump need at 60 m3/h?" is not the FAQ entry "Can
// the pump run at 60 Hz?": the figure is the same, the quantity another.
// An entry whose question writes one of the user's figures in another
// unit is about something else.

var figureAndUnit = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d.\-])(\d+(?:\.\d+)?)\s*(m³/h|m3/h|l/min|l/h|r/min|rpm|mpa|kpa|bar|hz|kw|w|kv|v|ma|a|mm|cm|km|m|kg|g|°c|℃|°|min|h|s|db|n·m|nm|%|ohms?|ω|米|度|公斤|千瓦|小时|转)(?:$|[^\p{L}\d/])`)

// figureInOtherUnit reports an entry question that writes a figure of the
// question's with a different unit.
func figureInOtherUnit(question, entry string) bool {
	asked := map[string]string{}
	for _, m := range figureAndUnit.FindAllStringSubmatch(question, -1) {
		asked[m[1]] = unitKey(m[2])
	}
	for _, m := range figureAndUnit.FindAllStringSubmatch(entry, -1) {
		if u, ok := asked[m[1]]; ok && u != unitKey(m[2]) {
			return true
		}
	}
	return false
}

// unitKey folds the ways one unit is written ("m3/h" and "m³/h", "rpm"
// and "r/min", "Hz" and "hz"), as normValue does for values.
func unitKey(u string) string { return normValue(u) }

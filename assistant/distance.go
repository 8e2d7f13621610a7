package assistant

import (
	"regexp"
	"strconv"
	"strings"
)

// A value measured at a distance holds at that distance only: "noise
// level at 1 m: ≤ 72 dB(A)" does not say how loud the pump is at 3 m. A
// question asking a value at one distance is not answered by a sentence
// stating it at another.

// A distance's unit ends there: "at 45 m³/h" is a flow, not a distance.
var (
	enAtDistance = regexp.MustCompile(`(?i)\bat\s+(\d+(?:\.\d+)?)\s*(m|metres?|meters?|mm|cm)(?:$|[\s,.;:?!)）])`)
	zhAtDistance = regexp.MustCompile(`(?:距离|距|离)\s*(\d+(?:\.\d+)?)\s*(m|米|mm|毫米|cm|厘米)(?:$|[\s,.;:?!)），。；：？！处远])|(\d+(?:\.\d+)?)\s*(m|米)\s*(?:处|远)`)
)

// distanceScale gives each spelling of a distance unit in metres.
var distanceScale = map[string]float64{
	"m": 1, "metre": 1, "metres": 1, "meter": 1, "meters": 1, "米": 1,
	"cm": 0.01, "厘米": 0.01, "mm": 0.001, "毫米": 0.001,
}

// distanceOf is the distance text states a value at, in metres.
func distanceOf(text string) (float64, bool) {
	for _, re := range []*regexp.Regexp{enAtDistance, zhAtDistance} {
		m := re.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		num, unit := m[1], m[2]
		if num == "" && len(m) > 4 {
			num, unit = m[3], m[4]
		}
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			continue
		}
		return v * distanceScale[strings.ToLower(unit)], true
	}
	return 0, false
}

// otherDistance reports a sentence stating its value at another distance
// than the question asks it at.
func otherDistance(question, sentence string) bool {
	asked, ok := distanceOf(question)
	if !ok {
		return false
	}
	stated, ok := distanceOf(sentence)
	return ok && stated != asked
}

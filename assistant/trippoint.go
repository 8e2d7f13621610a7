package assistant

import (
	"regexp"
	"strings"
)

// tripPointUnstated reports a question for the value at which a
// protection acts ("at what supply voltage does the box trip on
// undervoltage", "电机多少度报警") answered by a text that states no
// threshold in the asked measure's unit: the supply's rated "380 V ±10%"
// is what it should get, not where it trips, and a flow "above 48 m³/h"
// is another measure's limit.
func tripPointUnstated(question, answer string) bool {
	units := unitsOf(question)
	if units == nil || !asksTripPoint(question) {
		return false
	}
	text := citeMarks.ReplaceAllString(answer, "")
	if relativeBound.MatchString(text) {
		return false // "more than 110 % of rated current": the threshold, as a share of the rating
	}
	for _, m := range boundedFigure.FindAllStringSubmatch(text, -1) {
		for _, u := range units {
			if unitValue(m[1]+m[2], u) {
				return false
			}
		}
	}
	return true
}

// asksTripPoint reports a question for the value at which something trips,
// alarms or cuts out, asked as an amount.
func asksTripPoint(q string) bool {
	lower := strings.ToLower(q)
	return tripWords.MatchString(lower) && (tripAmount.MatchString(lower) || asksMeasureValue(q))
}

var (
	tripWords  = regexp.MustCompile(`\b(?:trips?|tripping|tripped|cuts? out|cut-out|cutout|shuts? (?:off|down)|kicks? in|triggers?|triggered|alarms?|trip point|set ?point|threshold|drops? out|dropped out|decides?|flags?|flagged)\b|跳闸|跳停|报警|保护动作|动作值|停机|切断|判定|判为|认定`)
	tripAmount = regexp.MustCompile(`\bat what\b|\bhow (?:high|low|hot|cold|much|far)\b|多少|多高|多低|几度`)
	// boundedFigure is a figure after a word that bounds it ("below 342 V",
	// "超过 1.2 MPa", "超过额定电流 14.8 A", a few words between) or names it
	// the setting ("动作温度 150 °C", "出厂默认 1.2 MPa"), or before one
	// ("40 °C 以上"); a protection's own name is its setting ("overcurrent
	// 16.3 A").
	// relativeBound is a threshold given as a share of the rating.
	relativeBound = regexp.MustCompile(`(?i)\b(?:more than|above|over|exceeds?|exceeding|below|under|less than)\s*\d+(?:\.\d+)?\s*%\s*of\s+(?:the\s+)?(?:rated|nominal)\b|(?:超过|大于|高于|低于)(?:额定\S{1,4}的)\s*\d+(?:\.\d+)?\s*%`)
	boundedFigure = regexp.MustCompile(`(?i)(?:\b(?:below|above|under|over|exceeds?|exceeding|exceeded|more than|less than|higher than|lower than|greater than|beyond|drops? to|falls? to|rises? to|reaches|trips? at|trip point|set ?point|threshold|setting|set to|defaults? to|default|factory default|factory setting|overcurrent|over-current|overvoltage|undervoltage|overpressure|overload)\b|过流|过载|欠压|过压|超压|低于|高于|超过|大于|小于|达到|降到|升到|动作温度|动作值|动作电流|动作电压|设定值|出厂值|出厂默认|默认值|默认|[<>≤≥])\s*(?:[^\d\s,;，。；()（）]{1,8}\s*)?((?:\d[\d.,]*)\s*[^\s\d,;，。；()（）]{1,6})|((?:\d[\d.,]*)\s*[^\s\d,;，。；()（）]{1,6})\s*(?:以上|以下)`)
)

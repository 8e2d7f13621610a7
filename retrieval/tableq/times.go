package tableq

import "regexp"

// reTimesDone asks how many times something happened: "how many times did
// we replace the seal", "机械密封换了几次". Each time is a row of a log; a
// routing, a bill of materials or a spare-parts list holds each thing
// once, so its count of one is no answer.
var reTimesDone = regexp.MustCompile(`(?i)\bhow many times\b|几次|多少次|多少回`)

// reTimesAdvised asks how often something should be done ("how many times
// a year must the bearings be greased", "一年保养几次"): a schedule's
// figure, not a count of what the log records.
var reTimesAdvised = regexp.MustCompile(`(?i)\b(?:should|must|need|needs|recommended|per|a (?:year|month|week|day))\b|每年|每月|每周|每天|一年|一个月|应该|需要|建议|要求`)

// rePast says the thing asked about already happened: "was replaced",
// "换了", "出现过"; "how many times does the routing name the seal" asks
// about a document, not about events.
var rePast = regexp.MustCompile(`(?i)\b(?:did|was|were|has|have|had|got)\b|\w+ed\b|了|过`)

// asksTimesDone reports a question counting events, which a log holds.
func asksTimesDone(text string) bool {
	return reTimesDone.MatchString(text) && rePast.MatchString(text) && !reTimesAdvised.MatchString(text)
}

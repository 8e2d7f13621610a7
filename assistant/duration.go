package assistant

import (
	"regexp"
	"strings"
)

// "How long does a seal swap take" asks for a time: a sentence without one
// ("swap two supply phases") shares the question's words, not its answer.
var (
	timeTakenQuestion = regexp.MustCompile(`(?i)\b(?:how\s+long|^\s*what)\s+(?:does|do|did|will|would|should|can)\b.*\btakes?\b|\bhow\s+much\s+time\b|(?:需要|要|花|得)(?:多长时间|多久|多少时间|多少分钟|多少小时)`)
	durationValue     = regexp.MustCompile(`(?i)\d(?:[\d.,]*)\s*(?:[-–~]\s*\d[\d.,]*\s*)?(?:min(?:ute)?s?|h|hrs?|hours?|days?|weeks?|months?|s|sec(?:ond)?s?|分钟|小时|天|周|个月|秒)\b|\d\s*(?:分钟|小时|天|周|个月|秒)`)
)

// asksTimeTaken reports a question about how long something takes.
// The answerer reads "how long" as "what" (see measureAdjectives), so
// "what does a seal swap take" is matched too, but not "what does it take
// to …", which asks what is needed. "多久测试一次" asks how often, which an
// interval answers.
func asksTimeTaken(q string) bool {
	lower := strings.ToLower(q)
	return timeTakenQuestion.MatchString(q) && !strings.Contains(lower, "take to ") &&
		!strings.Contains(q, "一次") && !strings.Contains(q, "每")
}

// statesDuration reports a text that gives a time.
func statesDuration(text string) bool { return durationValue.MatchString(text) }

// asksHowLong is a part of a question asking only how long ("大概要打多久"
// after "主体打印用多大层厚"): its words name no item, so the other parts'
// answer, when it gives a time, answers it too.
var asksHowLong = regexp.MustCompile(`(?i)^[^，,]{0,6}(?:多久|多长时间|多少时间)[吗呢？?]*$|^\s*how\s+long\b[^,]{0,30}$`)

// timeAnswered reports a part asking how long that the other parts'
// answers already give a time for.
func timeAnswered(part string, answers []string) bool {
	return asksHowLong.MatchString(strings.TrimSpace(part)) && !strings.Contains(part, "一次") &&
		statesDuration(strings.Join(answers, "\n"))
}

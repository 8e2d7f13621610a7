package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// "How long does a seal swap take" asks for a time: a sentence without one
// ("swap two supply phases") shares the question's words, not its answer.
var (
	timeTakenQuestion = regexp.MustCompile(`(?i)\b(?:how\s+long|^\s*what)\s+(?:does|do|did|will|would|should|can)\b.*\btakes?\b|\bhow\s+long\s+to\s+[a-z]|\bhow\s+much\s+time\b|\bhow\s+long\s+(?:should|do|must|would)\s+(?:we|i|you)\s+(?:budget|allow|plan|allot|schedule|set\s+aside)\b|(?:需要|要|花|得)(?:多长时间|多久|多少时间|多少分钟|多少小时|多少工时)|\bhow\s+many\s+(?:labou?r|man|work(?:ing)?)[- ]?hours\b|\blabou?r\s+(?:time|hours)\b|工时`)
	durationValue     = regexp.MustCompile(`(?i)\d(?:[\d.,]*)\s*(?:[-–~]\s*\d[\d.,]*\s*)?(?:min(?:ute)?s?|h|hrs?|hours?|days?|weeks?|months?|years?|yrs?|s|sec(?:ond)?s?|分钟|小时|天|周|个月|秒)\b|\d\s*(?:分钟|小时|天|周|个月|年|秒)|[一二两三四五六七八九十半]\s*(?:个)?(?:分钟|小时|天|周|月|年|秒)|\b(?:one|two|three|four|five|six|eight|ten|twelve)\s+(?:years?|months?|weeks?|days?|hours?)\b`)
)

// asksTimeTaken reports a question about how long something takes.
// The answerer reads "how long" as "what" (see measureAdjectives), so
// "what does a seal swap take" is matched too, but not "what does it take
// to …", which asks what is needed; "what does the body take to print"
// asks a time. "多久测试一次" asks how often, which an interval answers;
// "打印一次要多久" asks how long one print takes.
func asksTimeTaken(q string) bool {
	lower := strings.ToLower(q)
	return timeTakenQuestion.MatchString(q) && !whatItTakes.MatchString(lower) && !retrieval.AsksHowOften(q) && !asksArrival.MatchString(lower)
}

// asksArrival asks how long a part takes to arrive: a lead time, not how
// long a job takes ("how long does one take to come in").
var asksArrival = regexp.MustCompile(`\btake to (?:come in|arrive|get here|be delivered|ship)\b|\btakes? (?:\w+ )?(?:days|weeks) to (?:come|arrive)\b|\bhow long to get (?:one|a new|a spare)\b|\bwait for (?:one|it|a new one|delivery|the parts?|a spare)\b|\b(?:till|until) it (?:shows up|arrives|gets here)\b|到货|多久能到|几天能到`)

// howLongLasting asks how long a thing may go on ("how long can it run
// with the valve shut", "出口阀关闭能运行多久"): a sentence giving a time
// answers it before one that only shares its words ("close the valve").
// The answerer reads "how long" as "what" (see measureAdjectives), so a
// verb of going on must follow, or a condition ("how long with the valve
// shut").
var howLongLasting = regexp.MustCompile(`(?i)(?:\bhow\s+long|^\s*what)\s+(?:can|could|may|might|should|will|would|does|do)\b[^?]*\b(?:run|runs|operate|last|keep|stay|stand)\b|(?:\bhow\s+long|^\s*what)\s+(?:with|against|while|under)\b|多久|多长时间`)

// asksHowLongLasting reports such a question; "多久一次" asks how often.
func asksHowLongLasting(q string) bool {
	return howLongLasting.MatchString(q) && !retrieval.AsksHowOften(q)
}

// whatItTakes asks what is needed to do something.
var whatItTakes = regexp.MustCompile(`\bwhat\s+(?:does|do|did|will|would)\s+it\s+take\s+to\b`)

// statesDuration reports a text that gives a time.
func statesDuration(text string) bool {
	return durationValue.MatchString(text) || durationCell.MatchString(text)
}

// durationCell is a table cell whose header carries the time unit:
// "Standard time (min): 15", "工时（小时）: 2.5".
var durationCell = regexp.MustCompile(`(?i)(?:\((?:min|h|hrs?|hours?|s|days?)\)|（(?:分钟|小时|天|秒|min|h)）)\s*[:：]?\s*\d`)

// asksHowLong is a part of a question asking only how long ("大概要打多久"
// after "主体打印用多大层厚"): its words name no item, so the other parts'
// answer, when it gives a time, answers it too.
var asksHowLong = regexp.MustCompile(`(?i)^[^，,]{0,6}(?:多久|多长时间|多少时间)[吗呢？?]*$|^\s*how\s+long\b[^,]{0,30}$`)

// timeAnswered reports a part asking how long that the other parts'
// answers already give a time for.
func timeAnswered(part string, answers []string) bool {
	return asksHowLong.MatchString(strings.TrimSpace(part)) && !retrieval.AsksHowOften(part) &&
		statesDuration(strings.Join(answers, "\n"))
}

// asksHowMuchOfIt is a part asking an amount of what the part before
// names, with no word of its own for the measure: "and how much goes into
// each one" of the bearings' regreasing.
var asksHowMuchOfIt = regexp.MustCompile(`(?i)^\s*(?:and\s+)?how\s+much\b[^,]{0,40}\b(?:it|them|one|each)\b[^,]{0,20}$|^[^，,]{0,6}(?:每个|每次|各)[^，,]{0,6}(?:多少|几克|几升)[吗呢？?]*$`)

// amountAnswered reports a part asking an amount of what the other parts
// name that their answers already give in a unit of amount.
func amountAnswered(part string, answers []string) bool {
	return asksHowMuchOfIt.MatchString(strings.TrimSpace(part)) && reAmountGiven.MatchString(strings.Join(answers, "\n"))
}

var reAmountGiven = regexp.MustCompile(`(?i)\d\s*(?:g|kg|ml|l|litres?|liters?|克|千克|公斤|升|毫升)\b|\d\s*(?:克|千克|公斤|升|毫升)`)

// The length of something that lasts ("warranty length", "保修期限") is a
// time: "18 months from delivery" states it without the word. Only the
// noun of a lasting thing makes the length a time; a cable's is in mm.
var (
	periodHeads = regexp.MustCompile(`(?i)\b(?:length|period|duration|term|span)\b|期限|时长|期`)
	lastingNoun = regexp.MustCompile(`(?i)\b(?:warranty|guarantee|shelf\s+life|service\s+life|lifetime|lifespan|delay|time delay)\b|保修|质保|保质|寿命|延时|延迟`)
)

// statesPeriod reports a text giving a time for an attribute that asks
// how long a lasting thing lasts, where the text names the thing.
func statesPeriod(a retrieval.Question, text string) bool {
	if !lastingNoun.MatchString(a.Text) || !periodHeads.MatchString(a.Text) || !statesDuration(text) {
		return false
	}
	rest := retrieval.Analyze(periodHeads.ReplaceAllString(a.Text, " "))
	return len(rest.Terms) > 0 && share(rest, retrieval.TokenSet(text)) >= 0.999
}

// withLastingNoun is an attribute that is only a period's head ("the
// length of the warranty") with the lasting thing the question names put
// before it, so that the attribute asks for a time.
func withLastingNoun(attr, question string) string {
	if !periodHeads.MatchString(attr) || strings.TrimSpace(periodHeads.ReplaceAllString(attr, "")) != "" || lastingNoun.MatchString(attr) {
		return attr
	}
	if m := lastingNoun.FindString(question); m != "" {
		return m + " " + attr
	}
	return attr
}

// asksPeriod reports a question for how long a lasting thing lasts.
func asksPeriod(q string) bool { return lastingNoun.MatchString(q) && periodHeads.MatchString(q) }

// periodStated is q without its period's head words where sentence s
// gives a time, which states the period: "warranty length" is answered by
// "the warranty covers … for 18 months".
func periodStated(q retrieval.Question, period bool, s string) retrieval.Question {
	if !period || !statesDuration(s) {
		return q
	}
	var heads []string
	for _, m := range periodHeads.FindAllString(q.Text, -1) {
		heads = append(heads, retrieval.ContentTerms(m)...)
	}
	return withoutTerms(q, heads)
}

// lengthAsked asks how long, or for a length: with a lasting thing named
// ("保修期多长", "how long is the warranty") it asks for a time. "期" or
// "period" alone does not ask it: "保修期内换电机收费吗" asks what is
// covered within it.
var (
	lengthAsked  = regexp.MustCompile(`(?i)\bhow\s+long\b|\b(?:length|duration)\b|多长|多久|期限|时长|多少(?:个月|年|天|周)|几(?:个月|年)|(?:period|期)\s*(?:是|有)?\s*(?:多少|几)?\s*[?？]?\s*$`)
	spelledTimes = regexp.MustCompile(`(?i)\b(?:one|two|three|four|five|six|twelve|eighteen|twenty-four|thirty-six)\s+(?:days?|weeks?|months?|years?)\b|[一二两三四五六七八九十]+\s*(?:个月|年|天|周)`)
	// A life may be counted in uses or distance: "寿命 10 万次".
	lifeCount = regexp.MustCompile(`(?i)\d[\d.,]*\s*(?:万|million)?\s*(?:次|cycles?|operations?|km|公里)`)
)

// untimedPeriod reports an answer to how long a lasting thing lasts that
// gives no time: "warranty and service terms are in the support section"
// names the warranty, not its length.
func untimedPeriod(q, text string) bool {
	if !lastingNoun.MatchString(q) || !lengthAsked.MatchString(q) || retrieval.AsksHowOften(q) {
		return false
	}
	return !statesDuration(text) && !spelledTimes.MatchString(text) && !lifeCount.MatchString(text)
}

// periodUnstated reports a question for how long a lasting thing lasts
// ("保修期多长", "how long is the warranty") answered by a text that gives
// no time: a passage naming the warranty terms is not their length.
func periodUnstated(question, answer string) bool {
	return asksPeriod(question) && asksLength.MatchString(question) && !statesDuration(citeMarks.ReplaceAllString(answer, ""))
}

// asksLength asks how long, in either language.
var asksLength = regexp.MustCompile(`(?i)\bhow\s+long\b|\blength\b|多长|多久|几年|多少年|几个月|多少个月`)

// intervalOnly reports a sentence whose every time is an interval ("every
// 16000 h", "每 4000 h"): it says how often a job is done, not how long it
// takes.
func intervalOnly(s string) bool {
	locs := durationValue.FindAllStringIndex(s, -1)
	for _, l := range locs {
		if !intervalBefore.MatchString(s[:l[0]]) {
			return false
		}
	}
	return len(locs) > 0
}

var intervalBefore = regexp.MustCompile(`(?i)(?:\bevery|\beach|\bper|每|隔)\s*$`)

// standardTimeQuestion names the time an operation is planned to take
// ("standard time", "cycle time", "标准工时"): a routing table gives it in
// a column, and the operation's steps, even where they hold a time ("hold
// for 5 min"), do not.
var standardTimeQuestion = regexp.MustCompile(`(?i)\b(?:standard|cycle|takt)\s+times?\b|标准工时|标准时间|定额工时|节拍`)

// asksStandardTime reports a question about an operation's planned time.
func asksStandardTime(q string) bool {
	return standardTimeQuestion.MatchString(q)
}

// oftenAnswered reports a part asking how often, of what the part before
// names ("…多久检查一次、多久清洗一次"), where the answers already give more
// than one interval: the row that says when to inspect says when to clean.
func oftenAnswered(part string, answers []string) bool {
	return retrieval.AsksHowOften(part) && refersBack(strings.TrimSpace(part)) &&
		len(durationValue.FindAllString(strings.Join(answers, "\n"), -1)) >= 2
}

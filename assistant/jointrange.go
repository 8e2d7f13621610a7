package assistant

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// An arm's data sheet gives each joint's range as a table row ("J1 —
// Range -168 ~ +168"), while a troubleshooting FAQ says it in words ("One
// axis is about 165° clockwise", "一轴顺时针约165°"). The two name the
// joint differently and write the range differently, so the value check
// for measures (disagree.go) never sees them as one quantity. A user asking
// how far a joint turns is shown both, each cited, and told they differ.

// jointNames are the ways a joint is named by its place: "J1", "joint 1",
// "axis 1", "one axis", "一轴", "第一关节", "1号关节", and the base joint,
// the first from the base ("底座关节").
var jointNames = regexp.MustCompile(`(?i)\bJ([1-6])\b|\b(?:joint|axis|axes)\s*([1-6])\b|\b(one|two|three|four|five|six|first|second|third|fourth|fifth|sixth|base)\s+(?:axis|axes|joint)\b|第?([一二三四五六1-6])(?:号|个)?(?:轴|关节)|(底座)关节`)

// wholeMachine follows a count of axes that describes the machine.
var wholeMachine = regexp.MustCompile(`(?i)^[\s-]*(?:robot|arm|manipulator|cobot|机械臂|机器人|协作|工业)`)

var jointWordNumber = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"first": 1, "base": 1, "底座": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
}

// jointsNamed returns the joints text names, once each, in order.
func jointsNamed(text string) []int {
	var out []int
	for _, loc := range jointNames.FindAllStringSubmatchIndex(text, -1) {
		if wholeMachine.MatchString(text[loc[1]:]) {
			continue // "a six-axis arm", "六轴机器人": the arm, not its sixth joint
		}
		for i := 2; i < len(loc); i += 2 {
			if loc[i] < 0 {
				continue
			}
			g := text[loc[i]:loc[i+1]]
			n, err := strconv.Atoi(g)
			if err != nil {
				n = jointWordNumber[strings.ToLower(g)]
			}
			if n > 0 && !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// turnAsked is a question about how far something turns.
var turnAsked = regexp.MustCompile(`(?i)\brotat|\bturn|\bswing|\brange\b|\bdegrees?\b|\blimits?\b|转|范围|角度|多少度|限位`)

// tableRange is a range written as its two signed ends ("-168 ~ +168").
var tableRange = regexp.MustCompile(`([+−-]?\s*\d+(?:\.\d+)?)\s*(?:~|～|to|至|到)\s*([+−-]?\s*\d+(?:\.\d+)?)`)

// degreesStated is an angle written with its degree mark ("about 165°").
var degreesStated = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:°|度)`)

// rangeEnds returns a written range as written and its two ends' magnitudes.
// signless writes a range end as ParseFloat reads it: "+ 168" is 168,
// "−168" is -168.
var signless = strings.NewReplacer(" ", "", "+", "", "−", "-")

func rangeEnds(text string) (written string, lo, hi float64, ok bool) {
	m := tableRange.FindStringSubmatch(text)
	if m == nil {
		return "", 0, 0, false
	}
	a, errA := strconv.ParseFloat(signless.Replace(m[1]), 64)
	b, errB := strconv.ParseFloat(signless.Replace(m[2]), 64)
	if errA != nil || errB != nil {
		return "", 0, 0, false
	}
	return m[0], math.Abs(a), math.Abs(b), true
}

// jointAngles returns the angles a passage states for joint, reading it
// clause by clause: a clause naming one joint starts its reading, and the
// clauses after it that name none go on about the same joint ("一轴顺时针约
// 165°，逆时针165°"). A clause naming two joints states neither's angle.
func jointAngles(text string, joint int) []float64 {
	var out []float64
	current := 0
	for _, clause := range clauseSplit.Split(text, -1) {
		switch named := jointsNamed(clause); len(named) {
		case 0:
		case 1:
			current = named[0]
		default:
			current = 0
			continue
		}
		if current != joint {
			continue
		}
		for _, m := range degreesStated.FindAllStringSubmatch(clause, -1) {
			if v, err := strconv.ParseFloat(m[1], 64); err == nil {
				out = append(out, v)
			}
		}
	}
	return out
}

var clauseSplit = regexp.MustCompile(`[.;。；，,]\s*`)

// jointReading is what one passage says of how far a joint turns: a
// range's two ends or the angles it names, as written.
type jointReading struct {
	quote   scored
	written string
	values  []float64 // magnitudes
}

// readingOf is the passage's reading for joint: a range where the passage
// names that joint alone, otherwise the angles its clauses give the joint.
func readingOf(s scored, joint int) (jointReading, bool) {
	if named := jointsNamed(s.text); len(named) == 1 && named[0] == joint {
		if written, lo, hi, ok := rangeEnds(s.text); ok {
			return jointReading{quote: s, written: written, values: []float64{lo, hi}}, true
		}
	}
	angles := jointAngles(s.text, joint)
	if len(angles) == 0 {
		return jointReading{}, false
	}
	return jointReading{quote: s, written: trimFloat(angles[0]) + "°", values: angles}, true
}

// differs reports two readings of one limit that disagree: no value in
// common, yet of one size ("165°" beside "-168 ~ +168"); "90 degrees" in
// a test step is a position, not a limit.
func (r jointReading) differs(o jointReading) bool {
	for _, v := range r.values {
		if slices.Contains(o.values, v) {
			return false
		}
	}
	a, b := slices.Max(r.values), slices.Max(o.values)
	return math.Abs(a-b) <= 0.1*math.Max(a, b)
}

// jointRangeRival finds, for a question about how far one joint turns, the
// first picked quote giving that joint's limit and a passage in the
// evidence, best first, giving it another. It takes that passage too and
// returns the line saying the documents differ, or "".
func jointRangeRival(ev *retrieval.Evidence, picked []scored, take func(scored), seen map[string]bool) string {
	for _, p := range picked {
		line, rival, ok := jointRival(ev, p)
		if !ok {
			continue
		}
		if line != "" && !seen[rival.text] {
			take(rival)
		}
		return line
	}
	return ""
}

// answersJointTurn reports whether text may answer the question as far
// as joints go: one asking how far a joint turns is answered only by a
// text giving that joint a limit.
func answersJointTurn(ev *retrieval.Evidence, text string) bool {
	asked := jointsNamed(ev.Question.Text)
	if len(asked) != 1 || !turnAsked.MatchString(ev.Question.Text) {
		return true
	}
	_, ok := readingOf(scored{text: text}, asked[0])
	return ok
}

// jointRival returns, where quote gives the asked joint's limit, the line
// saying the documents differ and the passage giving another ("" where
// none does); ok is false where quote gives no such limit.
func jointRival(ev *retrieval.Evidence, quote scored) (line string, rival scored, ok bool) {
	asked := jointsNamed(ev.Question.Text)
	if len(asked) != 1 || !turnAsked.MatchString(ev.Question.Text) {
		return "", scored{}, false
	}
	answer, ok := readingOf(quote, asked[0])
	if !ok {
		return "", scored{}, false
	}
	other, found := rivalReading(ev, asked[0], answer)
	if !found {
		return "", scored{}, true
	}
	return jointRangeLine(answer, other, ev), other.quote, true
}

// withJointRival puts before an FAQ entry's answer the line saying another
// passage gives the asked joint another limit, and that passage after it.
func withJointRival(ev *retrieval.Evidence, entry scored, text, lang string) string {
	line, rival, _ := jointRival(ev, entry)
	return withRival(line, rival, text, lang)
}

// withRival puts line, saying another passage disagrees, before an FAQ
// entry's answer text and the rival passage, labelled if in the other
// language, after it; text alone when there is no line.
func withRival(line string, rival scored, text, lang string) string {
	if line == "" {
		return text
	}
	quote := fmt.Sprintf("%s [%d]", rival.text, rival.n)
	if otherLanguage(rival.lang, lang) {
		quote += " " + otherLabel(rival.text, rival.lang, rival.title, lang)
	}
	return line + "\n" + text + "\n" + quote
}

// rivalReading is the first evidence passage whose reading for joint
// differs from answer's.
func rivalReading(ev *retrieval.Evidence, joint int, answer jointReading) (jointReading, bool) {
	for _, it := range ev.Items {
		if it.N == answer.quote.n {
			continue
		}
		for _, s := range quoteCandidates(it.Chunk) {
			r, ok := readingOf(scored{text: s, n: it.N, lang: it.Chunk.Lang, title: it.Chunk.DocTitle}, joint)
			if ok && answer.differs(r) {
				return r, true
			}
		}
	}
	return jointReading{}, false
}

// jointRangeLine says plainly that the documents differ, each reading
// with its citation and its document.
func jointRangeLine(a, b jointReading, ev *retrieval.Evidence) string {
	lang := ev.Question.AnswerLang()
	da, db := docLabel(ev, a.quote.n), docLabel(ev, b.quote.n)
	if lang == "zh" {
		return fmt.Sprintf("%s%s [%d]（%s）；%s [%d]（%s）", msgConflict.in(lang), a.written, a.quote.n, da, b.written, b.quote.n, db)
	}
	return fmt.Sprintf("%s%s [%d] (%s) vs %s [%d] (%s)", msgConflict.in(lang), a.written, a.quote.n, da, b.written, b.quote.n, db)
}

func trimFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

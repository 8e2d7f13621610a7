package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// measureValueMissing reports a question asking how much of a measure
// with units an item has ("what torque do the hub screws get?", "轮毂螺钉
// 扭矩多大") answered by a text that states no figure: "the rover sees very
// high torque at the wheel" names the measure, not its value.
func measureValueMissing(ev *retrieval.Evidence, answer string) bool {
	if memo.get(ev).measure(ev).units == nil || !asksMeasureValue(ev.Question.Text) {
		return false
	}
	text := citeMarks.ReplaceAllString(answer, "")
	return !anyDigit.MatchString(text) || statesOnlyGrades(text) && !memo.get(ev).measure(ev).statesValue(text)
}

// faqMeasureMissing reports an FAQ entry's answer to a question asking a
// measure's amount that states other measures only: "a 60 Hz version with
// a 160 mm impeller is available" gives no flow.
func faqMeasureMissing(ev *retrieval.Evidence, answer string) bool {
	if measureValueMissing(ev, answer) {
		return true
	}
	mc := memo.get(ev).measure(ev)
	return mc.units != nil && asksMeasureValue(ev.Question.Text) && mc.statesOtherMeasure(strings.ReplaceAll(citeMarks.ReplaceAllString(answer, ""), "%", ""))
}

// statesOnlyGrades reports an answer whose only figures are a bolt's
// property class or a thread ("grade 8.8 threads", "M8"): the note above
// a torque table states no torque.
func statesOnlyGrades(text string) bool {
	return !anyDigit.MatchString(boltGrades.ReplaceAllString(text, ""))
}

var boltGrades = regexp.MustCompile(`(?i)\b(?:grade|class|property class)\s+\d+\.\d+\b|\bM\d+(?:x\d+)?\b|\b\d+\.\d+\s+(?:grade|class)\b`)

// asksMeasureValue reports a question whose asking word is about a
// measure's amount: "what torque", "what's the rated power", "how much
// pressure", "扭矩是多少", "多大扭矩". "What happens if the torque is too high"
// and "how is the torque checked" ask something else.
func asksMeasureValue(question string) bool {
	lower := spelledOut(strings.ToLower(question))
	for word := range attributeUnits {
		if isASCII(word) {
			if enMeasureValue(lower, word) {
				return true
			}
			continue
		}
		// "…的额定流量", the part of "额定流量和扬程分别是多少" before 和, asks it too.
		if i := strings.Index(lower, word); i >= 0 && zhAmount.MatchString(lower[i:]) || zhAmountBefore(lower, word) || strings.HasSuffix(strings.TrimRight(lower, "？?。 "), word) {
			return true
		}
	}
	return false
}

// enMeasureValue finds an asking word ("what", "how much") at most three
// words before the measure's word.
func enMeasureValue(lower, word string) bool {
	words := strings.FieldsFunc(lower, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '\'' || r == '’')
	})
	for i, w := range words {
		if !strings.HasPrefix(w, word) || !sameStem(w, word) && w != word {
			continue
		}
		for j := i - 1; j >= max(0, i-4) && !clauseBreaks[words[j]]; j-- {
			if enAmountWords[words[j]] || j+1 < i && words[j] == "how" && (words[j+1] == "much" || words[j+1] == "high") {
				return true
			}
		}
		if howMuchDoes(words[:i]) {
			return true
		}
	}
	return false
}

// howMuchDoes reports a clause that ends "how much does … <the
// measure>", however long its subject: "how much does the mycobot 280
// arm weigh" (read as its noun, weight) asks a weight.
func howMuchDoes(before []string) bool {
	for j := len(before) - 3; j >= 0; j-- {
		if before[j] == "how" && before[j+1] == "much" && (before[j+2] == "does" || before[j+2] == "do" || before[j+2] == "did") {
			return true
		}
		if clauseBreaks[before[j+2]] {
			return false // "how much does it cost if the arm weighs …"
		}
	}
	return false
}

// clauseBreaks start another clause between the asking word and the
// measure: "what happens if the torque …" asks no torque.
var clauseBreaks = map[string]bool{
	"if": true, "when": true, "happens": true, "happen": true, "causes": true, "cause": true,
	"would": true, "could": true, "does": true, "do": true, "did": true, "because": true,
}

var (
	enAmountWords = map[string]bool{"what": true, "what's": true, "what’s": true, "which": true, "whats": true}
	zhAmount      = regexp.MustCompile(`^\p{Han}{0,8}?(?:是多少|多少|多大|多高|几)`)
)

// zhAmountBefore finds "多大" or "多少" just before a Chinese measure word
// ("要多大扭矩").
func zhAmountBefore(lower, word string) bool {
	i := strings.Index(lower, word)
	if i < 0 {
		return false
	}
	before := lower[:i]
	return strings.HasSuffix(before, "多大") || strings.HasSuffix(before, "多少") || strings.HasSuffix(before, "多大的")
}

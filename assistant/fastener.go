package assistant

import (
	"regexp"
	"strings"
	"unicode"
)

// A question for which screw or bolt holds something ("机械臂底座用什么螺丝
// 固定", "what size screws go into the base") is answered by the thread size
// a passage names ("M4螺丝安装方式"), even where another passage shares more
// of its words and names no size ("乐高连接件/螺丝固定"). Such a sentence is
// held to the bar of the figures that answer, not of the wordier ones.

var (
	fastenerAsked = regexp.MustCompile(`(?i)\b(?:what|which)\s+(?:size\s+|sort of\s+|kind of\s+|type of\s+)?(?:screws?|bolts?|nuts?|fasteners?)\b|(?:什么|哪种|哪个|多大的?|几号)(?:规格的?|型号的?|样的)?(?:螺丝|螺钉|螺栓|螺母)|(?:螺丝|螺钉|螺栓|螺母)(?:是|用|要用)?(?:什么|多大|几号|哪种)`)
	threadSize    = regexp.MustCompile(`\bM\d+(?:\.\d+)?(?:\s*[x×]\s*\d+(?:\.\d+)?)?(?:\s*mm)?\b`)
)

// answersFastener reports a sentence naming a thread size where the
// question asks which fastener, or the model of the thing a "which N"
// question asks about ("which stepper motors does it use" and "three
// 28BYJ-48 stepper motors").
func answersFastener(question, sentence string) bool {
	return askedFastener(question).answeredBy(sentence)
}

// fastenerAsk is what a question asks of a fastener or a "which N": read
// once per question, as every sentence is checked against it.
type fastenerAsk struct {
	thread bool   // which screw or bolt: a thread size answers
	which  bool   // a "which N does …" question
	noun   string // its N
}

func askedFastener(question string) fastenerAsk {
	a := fastenerAsk{thread: fastenerAsked.MatchString(question)}
	if m := whichNoun.FindStringSubmatch(question); m != nil {
		a.which, a.noun = true, lastWord(m[1])
	}
	return a
}

// answeredBy is answersFastener for the question a was read from.
func (a fastenerAsk) answeredBy(sentence string) bool {
	if a.thread && threadSize.MatchString(sentence) {
		return true
	}
	return a.which && namesModelOf(sentence, a.noun)
}

// whichNoun is the thing a "which/what (kind of) N does …" question asks
// the kind of.
var whichNoun = regexp.MustCompile(`(?i)\b(?:which|what)\s+(?:size\s+|sort of\s+|kind of\s+|type of\s+|model of\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(?:does|do|did|is|are|should|will|can|goes?|fits?|holds?)\b`)

func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	return strings.TrimSuffix(f[len(f)-1], "s")
}

// namesModelOf reports a sentence giving a model code just before the noun
// ("28BYJ-48 stepper motors"): the code is the noun's kind.
func namesModelOf(sentence, noun string) bool {
	words := strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	for i, w := range words {
		if !isDesignationCode(w) {
			continue
		}
		for _, next := range words[i+1 : min(i+4, len(words))] {
			if strings.HasPrefix(strings.ToLower(next), noun) {
				return true
			}
		}
	}
	return false
}

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
	if fastenerAsked.MatchString(question) && threadSize.MatchString(sentence) {
		return true
	}
	m := whichNoun.FindStringSubmatch(question)
	return m != nil && namesModelOf(sentence, lastWord(m[1]))
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

package assistant

import "regexp"

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
// question asks which fastener.
func answersFastener(question, sentence string) bool {
	return fastenerAsked.MatchString(question) && threadSize.MatchString(sentence)
}

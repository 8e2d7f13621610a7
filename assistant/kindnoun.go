package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// "出口法兰要配什么规格的螺栓" asks the size of the bolts, not of the
// flange: the noun after "什么规格的" is the thing asked about, and a reply
// that never names it (the flange's DN50 / PN16) answers for something
// else.

var zhKindOf = regexp.MustCompile(`(?:什么|哪种|哪一种|哪个|啥)(?:规格|型号|尺寸|牌子|品牌|类型|样)的\s*(\p{Han}{2,4})`)

// kindNounMissing reports a Chinese question asking what kind of a noun
// whose answer names the noun in neither language.
func kindNounMissing(question, answer string) (string, bool) {
	m := zhKindOf.FindStringSubmatch(question)
	if m == nil {
		return "", false
	}
	noun := m[1]
	if strings.Contains(answer, noun) {
		return "", false
	}
	q := retrieval.Analyze(noun)
	if len(q.Terms) == 0 || q.Covered(retrieval.TokenSet(answer)) > 0 {
		return "", false
	}
	return noun, true
}

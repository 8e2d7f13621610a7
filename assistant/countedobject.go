package assistant

import (
	"regexp"
	"strings"
)

// "要钻孔吗？至少钻几个？" counts the holes the part before drills: the
// second part says the verb and the count, and leaves out the noun ("孔")
// that the first part put after the same verb. Asked alone it counts
// nothing, and the guide's "Drill at least 2 holes" shares only its verb.

// zhCountNoNoun is a part ending in a verb and a count without a noun
// ("至少钻几个").
var zhCountNoNoun = regexp.MustCompile(`(\p{Han})\s*(?:几|多少)个?\s*[吗呢]?\s*[？?]?\s*$`)

// withCountedObjects gives such a part the noun the part before put
// after its verb: "至少钻几个" after "要钻孔吗" is "至少钻几个孔".
func withCountedObjects(parts []string) []string {
	for i := 1; i < len(parts); i++ {
		m := zhCountNoNoun.FindStringSubmatchIndex(parts[i])
		if m == nil {
			continue
		}
		verb := parts[i][m[2]:m[3]]
		if noun := objectAfter(parts[i-1], verb); noun != "" {
			parts[i] = strings.TrimRight(parts[i][:m[1]], "？?吗呢 ") + noun
		}
	}
	return parts
}

// objectAfter is the Chinese character a text puts right after verb, where
// that is no asking or function word ("钻孔" gives 孔), or "".
func objectAfter(text, verb string) string {
	i := strings.Index(text, verb)
	if i < 0 {
		return ""
	}
	rest := []rune(text[i+len(verb):])
	if len(rest) == 0 || !hasHan(string(rest[0])) || zhFunction[rest[0]] {
		return ""
	}
	return string(rest[0])
}

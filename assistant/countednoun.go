package assistant

import (
	"regexp"
	"strings"
)

// A question that counts in a noun of its own ("木箱最多能叠放几层", "how
// many poles is the motor") is answered by a number of that noun: the
// crate's weight and size say nothing of how high crates stack. The
// nouns are those whose count names one thing; "个" or "pieces" count
// anything, and "几级" asks a grade as often as a count ("F 级"), so they
// are left to the other checks.
var countedNouns = map[string][]string{
	"层": {"层", "layer", "layers", "high", "tier", "tiers"},
	"圈": {"圈", "turn", "turns", "revolution", "revolutions"},
	"极": {"极", "pole", "poles"},
	"芯": {"芯", "core", "cores", "conductor", "conductors"},
	// An arm's joints are its axes, its degrees of freedom: "六自由度".
	"关节": {"关节", "joint", "joints", "axis", "axes", "自由度", "dof", "degrees of freedom"},
	// Holes are drilled in a part, not listed in its bill of materials.
	"孔": {"孔", "hole", "holes"},
}

var (
	zhCounted = regexp.MustCompile(`(?:几|多少)\s*(?:个\s*)?(层|圈|极|芯|关节|孔)`)
	enCounted = regexp.MustCompile(`(?i)\bhow\s+many\s+(layers|tiers|turns|revolutions|poles|cores|conductors|joints|axes|holes)\b`)
	enCounter = map[string]string{"layers": "层", "tiers": "层", "turns": "圈", "revolutions": "圈", "poles": "极", "cores": "芯", "conductors": "芯", "joints": "关节", "axes": "关节", "holes": "孔"}
)

// countedNounMissing reports a question counting in one of countedNouns
// whose answer gives no number of it, with the noun asked.
func countedNounMissing(question, answer string) (string, bool) {
	var key, asked string
	if m := zhCounted.FindStringSubmatch(question); m != nil {
		key, asked = m[1], m[1]
	} else if m := enCounted.FindStringSubmatch(question); m != nil {
		asked = strings.ToLower(m[1])
		key = enCounter[asked]
	}
	if key == "" {
		return "", false
	}
	text := strings.ToLower(citeMarks.ReplaceAllString(answer, ""))
	for _, form := range countedNouns[key] {
		if countOf(text, form) {
			return "", false
		}
	}
	return asked, true
}

// countOf reports a number, in figures or words, just before form:
// "2 层", "stack 2 high", "two layers", "4-pole".
func countOf(text, form string) bool {
	labelled := anyOccurrence(text, form, func(i int) bool {
		rest := strings.TrimLeft(text[i+len(form):], " ")
		rest, ok := strings.CutPrefix(rest, ":")
		if !ok {
			rest, ok = strings.CutPrefix(rest, "：")
		}
		rest = strings.TrimLeft(rest, " ")
		return ok && rest != "" && rest[0] >= '0' && rest[0] <= '9'
	})
	if labelled {
		return true // a table's "degrees of freedom: 6"
	}
	return anyOccurrence(text, form, func(i int) bool {
		before := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(text[:i], " "), "-"), " ")
		return endsWithNumber(before) && (hasHan(form) || wordEndsAt(text, i+len(form)))
	})
}

var numberWords = []string{"one", "two", "three", "four", "five", "six", "eight", "ten", "twelve", "一", "二", "两", "三", "四", "五", "六", "八", "十"}

func endsWithNumber(s string) bool {
	if s == "" {
		return false
	}
	if c := s[len(s)-1]; c >= '0' && c <= '9' {
		i := len(s) - 1
		for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			i--
		}
		return i == 0 || !isASCIILetter(s[i-1]) // "J2 joint" names a joint, it counts none
	}
	for _, w := range numberWords {
		if strings.HasSuffix(s, w) && (hasHan(w) || len(s) == len(w) || !isASCIILetter(s[len(s)-len(w)-1])) {
			return true
		}
	}
	return false
}

func wordEndsAt(text string, i int) bool { return i >= len(text) || !isASCIILetter(text[i]) }

// countsOwnNoun reports a question counting in one of countedNouns: a
// count of holes or layers, which no parts listing gives ("how many holes
// do I drill in the wheels" is not how many wheels the rover has).
func countsOwnNoun(question string) bool {
	return zhCounted.MatchString(question) || enCounted.MatchString(question)
}

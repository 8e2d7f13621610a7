package assistant

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// whenClauses are the Chinese clauses of text that say when a measure is
// taken ("运行时", "满载时"): the two characters before a 时 that is no
// part of a word of time (小时, 工时, 时间, 时长). They name a condition,
// not the item measured, and a passage stating the value seldom repeats
// them ("噪声（距离 1 m）≤ 72 dB(A)" answers 泵运行时噪声有多大).
func whenClauses(text string) []string {
	rs := []rune(text)
	var out []string
	for i := 2; i < len(rs); i++ {
		if rs[i] != '时' || strings.ContainsRune(timeWordBefore, rs[i-1]) {
			continue
		}
		if i+1 < len(rs) && strings.ContainsRune(timeWordAfter, rs[i+1]) {
			continue
		}
		if unicode.Is(unicode.Han, rs[i-2]) && unicode.Is(unicode.Han, rs[i-1]) {
			out = append(out, string(rs[i-2:i+1]))
		}
	}
	return out
}

// afterWhenClause is a Chinese attribute without the clause before it
// saying when it is measured: "泵运行时噪声" asks for the noise.
func afterWhenClause(attr string) string {
	w := whenClauses(attr)
	if len(w) == 0 {
		return attr
	}
	last := w[len(w)-1]
	rest := attr[strings.LastIndex(attr, last)+len(last):]
	if utf8.RuneCountInString(rest) < 2 {
		return attr
	}
	return rest
}

// reDistanceClause is a Chinese clause saying how far off a measure is
// taken ("一米外", "1米处", "距离一米"): like a when-clause it names a
// condition, and the passage states it its own way ("距离 1 m", "at 1 m").
var reDistanceClause = regexp.MustCompile(`(?:距离|离)?[一二两三四五六七八九十半\d.]+\s*(?:米|m)(?:以外|之外|外|处|远)|距离[一二两三四五六七八九十半\d.]+\s*(?:米|m)`)

// distanceClauses are the distance clauses of text.
func distanceClauses(text string) []string {
	return reDistanceClause.FindAllString(text, -1)
}

// A 时 after one of timeWordBefore or before one of timeWordAfter is part
// of a word (小时, 工时, 同时, 时间, 时长, 时候), not the end of a clause.
const (
	timeWordBefore = "小工同及按准临定实瞬当平"
	timeWordAfter  = "间长速刻段候"
)

// fillerOnly reports a Chinese term made only of the characters a
// question asks with ("多大" of 噪声有多大): it names no item.
func fillerOnly(t string, filler map[rune]bool) bool {
	if !allHan(t) {
		return false
	}
	for _, r := range t {
		if !filler[r] && !zhFunction[r] {
			return false
		}
	}
	return true
}

// inNormalRunning reports a term of a clause saying the machine is in
// normal operation ("运行时", "工作时"): every stated performance value
// holds then, so no passage repeats it and it cannot count against one.
func inNormalRunning(t, text string) bool {
	return inAskedForm(t, text, normalRunningClauses(text))
}

// normalRunningClauses are the when-clauses of text that say the machine
// is in normal operation; found once per question, not once per term.
func normalRunningClauses(text string) []string {
	var clauses []string
	for _, w := range whenClauses(text) {
		if strings.Contains(normalRunning, string([]rune(w)[:2])) {
			clauses = append(clauses, w)
		}
	}
	return clauses
}

// normalRunning are the verbs of a machine at work.
const normalRunning = "运行 工作 运转 使用 开机 正常"

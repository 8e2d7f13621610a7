package assistant

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A question that asks how many ("有几个要改成转角轮") is answered by a bare
// count, which the figures of a lead (values with units, codes) leave
// out. Quoted from the other language's document, the count still
// leads in the asker's words: "4 个".

// reCount is a whole number standing alone, or a count word.
var reCount = regexp.MustCompile(`(?i)\d{1,4}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`)

// reTotal asks for, or states, a total over a whole build or list.
var reTotal = regexp.MustCompile(`(?i)一共|总共|共计|总计|合计|总数|\bin total\b|\baltogether\b|\btotal\b|\ball together\b`)

// msgCount is how a count is written in each language.
var msgCount = msg{"%s", "%s 个"}

// countFigures is the one count the quote gives that the question does
// not, written in lang; none where the quote gives no count, or several
// the question does not tell apart.
func countFigures(quote, question, lang string) []string {
	if reTotal.MatchString(question) && !reTotal.MatchString(quote) {
		return nil // "一共要几个垫圈": one step's "two washers" is not the total
	}
	asked := numbersIn(question)
	var found []string
	for _, loc := range reCount.FindAllStringIndex(quote, -1) {
		if partOfFigure(quote, loc[0], loc[1]) {
			continue // "30x2mm", "M3", "2.5": a measure or a code, not a count
		}
		n := countValue(quote[loc[0]:loc[1]])
		if n == "" || asked[n] || containsString(found, n) {
			continue
		}
		found = append(found, n)
	}
	if len(found) != 1 {
		return nil
	}
	return []string{strings.Replace(msgCount.in(lang), "%s", found[0], 1)}
}

// partOfFigure reports a number joined to what stands around it: a
// letter, a mark or a unit that makes it part of a code ("M3"), a
// dimension ("30x2mm"), a decimal ("2.5") or a measure ("10 hours").
// "3x M3 nuts" is a count: the "x" stands before a word.
func partOfFigure(text string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if strings.ContainsRune(".,-×/", r) || latinLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	after := text[end:]
	r, size := utf8.DecodeRuneInString(after)
	next, _ := utf8.DecodeRuneInString(after[size:])
	switch {
	case r == 'x' || r == '×':
		return unicode.IsDigit(next) // "30x2mm" against "3x M3"
	case unicode.IsDigit(r) || latinLetter(r) || r == '%':
		return true // "4th", "28BYJ", "5%"
	case strings.ContainsRune(".,-/:", r) && unicode.IsDigit(next):
		return true // "2.5", "1-2", "3/4"
	case r == '-' && latinLetter(next):
		return true // "the one-bolt system", "3-pin": a kind, not a count
	}
	return reUnitHead.MatchString(strings.TrimLeft(after, " "))
}

// reUnitHead is a unit of measure opening a text.
var reUnitHead = regexp.MustCompile(`^(?:%|°|°C|℃|mm|cm|m³/h|r/min|rpm|kW|MPa|bar|N·m|Nm|Hz|kg|dB|Ω|ohms?|V|A|W|g|m|h|min|s|K|hours?|minutes?|seconds?|小时|分钟|秒|米|毫米|克|千克)(?:$|[^\p{L}])`)

// countValue is a count as digits: "4", "four" → "4".
func countValue(w string) string {
	if n, ok := figureWords[strings.ToLower(w)]; ok {
		return strconv.Itoa(int(n))
	}
	return w
}

// numbersIn are the counts a question already gives, in digits:
// "6个基础轮组", "六个驱动组件", "of the six".
func numbersIn(question string) map[string]bool {
	out := map[string]bool{}
	for _, w := range reQuestionNumber.FindAllString(question, -1) {
		if n, ok := zhDigit[w]; ok {
			w = strconv.Itoa(n)
		}
		if v := countValue(w); hasDigit(v) {
			out[v] = true
		}
	}
	return out
}

var reQuestionNumber = regexp.MustCompile(`\d+|[A-Za-z]+|[一二两三四五六七八九十]`)

var zhDigit = map[string]int{"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

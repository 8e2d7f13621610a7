package tableq

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// "一台泵有几个叶轮" counts impellers: the impeller nut is a nut and the
// key "(impeller)" a key, though both lines mention the impeller. Counted
// in pieces, a part named by one word is counted on the lines it heads:
// not followed by another word it qualifies ("Impeller nut", "叶轮螺母"),
// nor in a remark in parentheses.

// namedAsHead keeps the rows a lone one-word part filter names as their
// head noun in some cell, or all rows where none does.
func namedAsHead(rows []Row, fs []Filter) []Row {
	word := loneWordFilter(fs)
	if word == "" {
		return rows
	}
	var out []Row
	for _, r := range rows {
		for _, c := range r.Cells {
			if headsCell(strings.ToLower(c), word) {
				out = append(out, r)
				break
			}
		}
	}
	if len(out) == 0 {
		return rows
	}
	return out
}

// loneWordFilter is the one value of the plan's only text filter over any
// column, when that is one word.
func loneWordFilter(fs []Filter) string {
	word := ""
	for _, f := range fs {
		if f.Op != "match" && f.Op != "mention" {
			continue
		}
		if word != "" || f.Column != AnyColumn || strings.ContainsAny(strings.TrimSpace(f.Value), " \t") {
			return ""
		}
		word = strings.ToLower(strings.TrimSpace(f.Value))
	}
	return word
}

// headsCell reports word, or its singular, heading a noun phrase in cell.
func headsCell(cell, word string) bool {
	for _, w := range []string{word, strings.TrimSuffix(word, "es"), strings.TrimSuffix(word, "s")} {
		if w == "" {
			continue
		}
		if anyAt(cell, w, func(i int) bool { return heads(cell, i, w) }) {
			return true
		}
	}
	return false
}

func heads(cell string, i int, w string) bool {
	if strings.Count(cell[:i], "(") > strings.Count(cell[:i], ")") {
		return false // a remark: "Parallel key 8x7x32 (impeller)"
	}
	rest := cell[i+len(w):]
	han := isHanWord(w)
	if !han {
		if r, _ := utf8.DecodeLastRuneInString(cell[:i]); unicode.IsLetter(r) && r < unicode.MaxLatin1 {
			return false // inside another word
		}
		rest = strings.TrimLeft(rest, "sS") // plurals and "es"
		rest = strings.TrimPrefix(rest, "e")
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) && !unicode.Is(unicode.Han, r) {
			return false // inside a longer word
		}
		rest = strings.TrimLeft(rest, " ")
		next, _, _ := strings.Cut(rest, " ")
		return next == "" || !isPlainWord(next)
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !unicode.Is(unicode.Han, r) // "叶轮螺母": a nut
}

// isPlainWord reports letters only: "nut", not "M10x30" or "6308".
func isPlainWord(s string) bool {
	s = strings.TrimRight(s, ",;:.")
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) || unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

func isHanWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r)
}

// anyAt reports an occurrence of sub in s at which holds.
func anyAt(s, sub string, holds func(i int) bool) bool {
	for off := 0; ; {
		j := strings.Index(s[off:], sub)
		if j < 0 {
			return false
		}
		if holds(off + j) {
			return true
		}
		off += j + len(sub)
	}
}

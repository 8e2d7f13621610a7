package tableq

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Chinese question may gloss the column it names with the sheet's own
// header: "多少行没填建议措施（Recommended Action）". Read as a mention of
// its own, the header parts from the words that say what of it is asked
// (没填), and the count loses its condition. Where the question without
// the gloss is read as a plan on that very column, that reading is taken.

// reHeaderGloss is a bracketed header in Latin letters after Chinese.
var reHeaderGloss = regexp.MustCompile(`[（(]\s*([A-Za-z][A-Za-z0-9 _/.-]*?)\s*[）)]`)

// withoutHeaderGloss is text without a bracketed gloss that names one of
// t's columns right after Chinese, and that column; ok is false where
// there is none.
func (t *Table) withoutHeaderGloss(text string) (string, string, bool) {
	m := reHeaderGloss.FindStringSubmatchIndex(text)
	if m == nil {
		return "", "", false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:m[0]])
	inner := text[m[2]:m[3]]
	if !unicode.Is(unicode.Han, before) || !t.isColumnName(inner) {
		return "", "", false
	}
	return text[:m[0]] + text[m[1]:], inner, true
}

// usesColumn reports a plan that reads column, by its figure or a filter.
func usesColumn(p Plan, column string) bool {
	if strings.EqualFold(p.Column, column) || strings.EqualFold(p.GroupBy, column) {
		return true
	}
	for _, f := range p.Filters {
		if strings.EqualFold(f.Column, column) {
			return true
		}
	}
	return false
}

// A value may be glossed in the other language, in brackets: "deck（甲板）
// 这个位置", "方梁（Square Beam）". The sheet holds one of the two forms; the
// other is the asker's translation, which no row holds.
var (
	reHanGlossAfterLatin = regexp.MustCompile(`([A-Za-z][A-Za-z0-9 _/.-]*?)\s*[（(]\s*\p{Han}[\p{Han}\s]*[）)]`)
	reLatinGlossAfterHan = regexp.MustCompile(`\p{Han}+\s*[（(]\s*([A-Za-z][A-Za-z0-9 _/.-]*?)\s*[）)]`)
)

// withoutValueGloss is text with each bracketed gloss of a value dropped,
// the form a sheet writes kept: the Latin one, whichever comes first.
func withoutValueGloss(text string) (string, bool) {
	out := reHanGlossAfterLatin.ReplaceAllString(text, "$1")
	out = reLatinGlossAfterHan.ReplaceAllString(out, " $1 ")
	return out, out != text
}

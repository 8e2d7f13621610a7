// Package textseg splits mixed Chinese and English text into search tokens.
//
// Latin words are lower-cased, NFKC-folded and English words stemmed. Runs of CJK ideographs become
// overlapping bigrams, the scheme Lucene's CJKAnalyzer (Neo4j's "cjk"
// analyzer) uses, so the embedded store and Neo4j match the same way. A
// single ideograph standing alone is kept as a unigram.
package textseg

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// IsCJK reports whether r is a Han, Hiragana, Katakana or Hangul character.
func IsCJK(r rune) bool {
	if r < 0x1100 { // below Hangul Jamo, the first CJK block: Latin text stays cheap
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// Tokens returns the search tokens of s in order.
func Tokens(s string) []string {
	var out []string
	Each(s, func(tok string) { out = append(out, tok) })
	return out
}

// Each calls fn for every token of s without allocating a slice.
func Each(s string, fn func(string)) {
	EachWord(s, func(tok, _ string) { fn(tok) })
}

// EachWord calls fn for every token of s with the word it came from, before
// stemming. Text handed to a search must be the words, not the tokens:
// stemming a stem again changes it ("morse" → "mors" → "mor").
func EachWord(s string, fn func(tok, word string)) {
	s = norm.NFKC.String(s)
	var word strings.Builder
	var cjk []rune
	flushWord := func() {
		if word.Len() > 0 {
			// "leaks." and "p-100-" end a sentence or a range, not a word.
			if w := strings.TrimRight(word.String(), ".-_"); w != "" {
				fn(stem(w), w)
			}
			word.Reset()
		}
	}
	flushCJK := func() {
		switch len(cjk) {
		case 0:
		case 1:
			fn(string(cjk), string(cjk))
		default:
			for i := 0; i+1 < len(cjk); i++ {
				bigram := string(cjk[i : i+2])
				fn(bigram, bigram)
			}
		}
		cjk = cjk[:0]
	}
	for _, r := range s {
		switch {
		case IsCJK(r):
			flushWord()
			cjk = append(cjk, r)
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			flushCJK()
			word.WriteRune(unicode.ToLower(r))
		case (r == '.' || r == '-' || r == '_') && word.Len() > 0:
			// Keep part numbers and decimals whole: "p-100", "1.5", "m8_x".
			word.WriteRune(r)
		default:
			flushCJK()
			flushWord()
		}
	}
	flushCJK()
	flushWord()
}

// Segment returns s as space-separated tokens, the form stored in a
// fulltext column whose tokenizer splits on spaces.
func Segment(s string) string {
	var b strings.Builder
	Each(s, func(tok string) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimRight(tok, ".-_"))
	})
	return b.String()
}

// Lang guesses "zh", "en" or "mixed" from the share of CJK letters.
func Lang(s string) string {
	var cjk, latin int
	for _, r := range s {
		switch {
		case IsCJK(r):
			cjk++
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case cjk == 0 && latin == 0:
		return ""
	case cjk*3 >= latin: // one ideograph carries about as much as a short word
		if latin > cjk*6 {
			return "mixed"
		}
		return "zh"
	case cjk > 0:
		return "mixed"
	}
	return "en"
}

// HasCJK reports whether s contains any CJK character.
func HasCJK(s string) bool {
	for _, r := range s {
		if IsCJK(r) {
			return true
		}
	}
	return false
}

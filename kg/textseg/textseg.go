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
	if !isASCII(s) { // ASCII is its own NFKC form: the check costs more than the scan
		s = norm.NFKC.String(s)
	}
	// A word and a CJK run are each one stretch of s: any other character
	// ends them. Reading them as slices of s spares building each token.
	wordStart, wordEnd, lower := -1, 0, true // s[wordStart:wordEnd], already lower-case
	// The CJK run: how many characters so far, where the last one starts and
	// where the run ends. Each character after the first closes a bigram.
	cjkRunes, cjkLast, cjkEnd := 0, 0, 0
	flushWord := func() {
		if wordStart < 0 {
			return
		}
		w := s[wordStart:wordEnd]
		if !lower {
			w = strings.ToLower(w) // as unicode.ToLower a rune at a time, without decoding ASCII
		}
		// "leaks." and "p-100-" end a sentence or a range, not a word.
		if w = trimStops(w); w != "" {
			fn(stem(w), w)
		}
		wordStart, lower = -1, true
	}
	flushCJK := func() {
		if cjkRunes == 1 { // a single ideograph standing alone
			fn(s[cjkLast:cjkEnd], s[cjkLast:cjkEnd])
		}
		cjkRunes = 0
	}
	for i, r := range s {
		switch {
		case IsCJK(r):
			flushWord()
			cjkEnd = i + utf8.RuneLen(r)
			if cjkRunes > 0 {
				fn(s[cjkLast:cjkEnd], s[cjkLast:cjkEnd])
			}
			cjkRunes, cjkLast = cjkRunes+1, i
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			flushCJK()
			if wordStart < 0 {
				wordStart = i
			}
			wordEnd = i + utf8.RuneLen(r)
			lower = lower && !changesInLowerCase(r)
		case (r == '.' || r == '-' || r == '_') && wordStart >= 0:
			// Keep part numbers and decimals whole: "p-100", "1.5", "m8_x".
			wordEnd = i + 1
		default:
			flushCJK()
			flushWord()
		}
	}
	flushCJK()
	flushWord()
}

// trimStops is strings.TrimRight(w, ".-_") without building its cutset.
func trimStops(w string) string {
	for len(w) > 0 && (w[len(w)-1] == '.' || w[len(w)-1] == '-' || w[len(w)-1] == '_') {
		w = w[:len(w)-1]
	}
	return w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func changesInLowerCase(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.ToLower(r) != r
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

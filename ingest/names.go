package ingest

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SafeName replaces what must never reach a URI or a title from a name
// someone else chose: control characters (a newline forges report lines),
// invisible format characters such as right-to-left overrides (they make
// "gpj.md" read as "dm.jpg"), and bytes that are not UTF-8.
func SafeName(s string) string {
	if isSafe(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") || unsafeRune(r) {
			b.WriteByte('_')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isSafe(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unsafeRune(r) {
			return false
		}
	}
	return true
}

func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029'
}

// SafeTitle is a title fit to show: control characters become spaces and
// bidirectional overrides and isolates go, so a title cannot break a line
// or reverse the text shown after it.
func SafeTitle(s string) string {
	if isSafe(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "_")
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			return ' '
		case unicode.Is(unicode.Bidi_Control, r):
			return -1
		}
		return r
	}, s)
}

// Printable escapes what SafeName would replace, for showing a name
// exactly, such as a path on disk that really holds a newline.
func Printable(s string) string {
	if isSafe(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafeRune(r):
			b.WriteString(strings.Trim(strconv.QuoteRuneToASCII(r), "'"))
		default:
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

package kg

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NormalizeName folds a name for identity: NFKC (full-width to half-width),
// lower case, punctuation and runs of space collapsed to one hyphen-free
// space. "Impeller  Ø120", "impeller ø120" and "ＩＭＰＥＬＬＥＲ Ø120" are one.
func NormalizeName(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsNumber(r) || r == '-' || r == '.' || r == '/' || r == '+' || r == '#' || r == 'Ø':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

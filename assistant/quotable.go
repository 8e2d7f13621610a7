package assistant

import "regexp"

var (
	quotedImage = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	quotedLink  = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	quotedURL   = regexp.MustCompile(`(?i)\b(?:https?|ftp)://[^\s<>()\[\]"']+|\bwww\.[^\s<>()\[\]"']+`)
	quotedTag   = regexp.MustCompile(`(?i)</?(?:img|a|script|iframe|object|embed|link|meta|style|svg|form)\b[^>]*>`)
)

// quotable removes from a passage sentence what a client could render as
// a request to another host: markdown images, link targets, bare URLs and
// active HTML. A document may carry them (a CSV cell, a PDF line), and an
// answer that quotes them verbatim would let a poisoned document make the
// reader's browser fetch an attacker's URL.
func quotable(s string) string {
	s = quotedImage.ReplaceAllString(s, "")
	s = quotedLink.ReplaceAllString(s, "$1")
	s = quotedTag.ReplaceAllString(s, "")
	return quotedURL.ReplaceAllString(s, "")
}

package assistant

import "github.com/kgassist/kgassist/assistant/safetext"

// quotable keeps a passage sentence plain text: no tag, image, link target
// or anything URL-like survives. A document may carry them (a CSV cell, a
// PDF line), and an answer that quotes them verbatim would let a poisoned
// document make the reader's browser fetch an attacker's URL.
func quotable(s string) string {
	out, _ := safetext.Clean(s, nil)
	return out
}

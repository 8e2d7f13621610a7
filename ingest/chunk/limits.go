package chunk

import (
	"strings"
	"unicode/utf8"
)

// maxChunkBytes bounds one passage's text, whatever the source: a table
// row or a run of text without spaces cannot become one huge passage that
// costs memory at every step and that no answer can quote.
const maxChunkBytes = 4 << 10

// rowPieces renders a table row as one or more passages of at most max
// tokens and maxChunkBytes each. Pieces after the first repeat the row's
// first cell, which usually names it (a part number), so each can be read
// and cited alone.
func rowPieces(header, row []string, max int) []string {
	text := RowText(header, row)
	if text == "" || (len(text) <= maxChunkBytes && chunkTokens(text) <= max) {
		return []string{text}
	}
	cells := strings.Split(text, "; ")
	key := cells[0]
	var out []string
	var cur []string
	tokens, size := 0, 0
	for _, cell := range cells {
		for _, part := range byteSplit(cell, maxChunkBytes/2) {
			n := chunkTokens(part)
			if len(cur) > 0 && (tokens+n > max || size+len(part) > maxChunkBytes-len(key)-2) {
				out = append(out, strings.Join(cur, "; "))
				cur, tokens, size = []string{key}, chunkTokens(key), len(key)
			}
			cur = append(cur, part)
			tokens += n
			size += len(part) + 2
		}
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, "; "))
	}
	return out
}

// byteSplit cuts s into pieces of at most n bytes, at a space where one
// is near, else at a character boundary.
func byteSplit(s string, n int) []string {
	var out []string
	for len(s) > n {
		cut := n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut/2 {
			cut = sp
		}
		out = append(out, strings.TrimSpace(s[:cut]))
		s = s[cut:]
	}
	if s = strings.TrimSpace(s); s != "" {
		out = append(out, s)
	}
	return out
}

package sqlite

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// maxQueryTerms bounds the work one search can ask of the index.
const maxQueryTerms = 64

// ftsQuery turns user text into an FTS5 expression that cannot carry FTS5
// syntax: the text is segmented exactly as stored text is, every token is
// quoted as a string (so OR, NEAR( and * are just words), and the tokens
// are ORed for bm25 to rank. A lone CJK character becomes a prefix query so
// that it matches the bigrams it starts. An empty result means "no terms".
func ftsQuery(text string) string { return strings.Join(ftsTerms(text), " OR ") }

// ftsTerms is ftsQuery's quoted terms, before they are joined.
func ftsTerms(text string) []string {
	var terms []string
	textseg.Each(text, func(tok string) {
		tok = strings.TrimRight(tok, ".-_")
		if tok == "" || len(terms) >= maxQueryTerms {
			return
		}
		term := `"` + strings.ReplaceAll(tok, `"`, `""`) + `"`
		if r, size := utf8.DecodeRuneInString(tok); size == len(tok) && textseg.IsCJK(r) {
			term += "*"
		}
		if !slices.Contains(terms, term) {
			terms = append(terms, term)
		}
	})
	return terms
}

// audienceToken is how a chunk's audience is written into chunk_fts.
func audienceToken(a kg.Audience) string { return "a" + strconv.Itoa(int(a)) }

// chunkMatch restricts the terms to the text and heading columns and the
// hits to the levels the clearance admits.
func chunkMatch(terms string, clearance kg.Audience) string {
	levels := make([]string, 0, int(clearance)+1)
	for a := kg.Public; a <= clearance && a <= kg.Restricted; a++ {
		levels = append(levels, `"`+audienceToken(a)+`"`)
	}
	return "{seg head} : (" + terms + ") AND aud : (" + strings.Join(levels, " OR ") + ")"
}

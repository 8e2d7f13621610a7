package neo4j

import (
	"strings"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg/textseg"
)

// maxQueryTerms bounds a fulltext query built from user text, so a pasted
// page cannot become a query with thousands of clauses.
const maxQueryTerms = 64

// luceneQuery turns user text into a Lucene query over segmented text:
// each textseg token becomes a quoted term, joined by OR. Nothing of the
// user's text is interpreted as Lucene syntax: quoting leaves only '"' and
// '\' special, and escapeTerm escapes both. Operators such as AND, OR and
// NOT are quoted terms like any other word.
func luceneQuery(text string) string {
	var terms []string
	seen := map[string]bool{}
	for _, tok := range strings.Fields(textseg.Segment(text)) {
		if seen[tok] || len(terms) == maxQueryTerms {
			continue
		}
		seen[tok] = true
		terms = append(terms, luceneTerm(tok))
	}
	return strings.Join(terms, " OR ")
}

// escapeTerm escapes every character the Lucene classic query parser
// treats specially, which inside quotes is a superset of what is needed.
func escapeTerm(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\+-!():^[]"{}~*?|&/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// luceneTerm quotes one token. A lone CJK character becomes a prefix query,
// as in the SQLite store, so that it matches the bigrams it starts; an
// ideograph is never Lucene syntax, so it needs no escaping.
func luceneTerm(tok string) string {
	if r, size := utf8.DecodeRuneInString(tok); size == len(tok) && textseg.IsCJK(r) {
		return tok + "*"
	}
	return `"` + escapeTerm(tok) + `"`
}

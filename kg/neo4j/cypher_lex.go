package neo4j

import (
	"strings"
	"unicode/utf8"
)

// token is one lexical item of a Cypher query, as far as the safety check
// needs to know: words (keywords, names), quoted names, strings, and single
// punctuation characters. Comments and whitespace are dropped.
type token struct {
	kind tokenKind
	text string // a word's or quoted name's text; a string's is left empty
}

type tokenKind int8

const (
	tWord   tokenKind = iota // an unquoted identifier or keyword
	tQuoted                  // a `backtick-quoted` name
	tString                  // a '...' or "..." literal
	tPunct                   // any other single character
)

// lexError says why a query cannot be tokenised; its text never quotes
// the query.
type lexError string

func (e lexError) Error() string { return string(e) }

// lexCypher splits q the way Cypher's own lexer does for the constructs
// that can hide code: strings with backslash escapes, `quoted names` with
// doubled backticks, // and /* */ comments. Outside those, only ASCII is
// accepted: Cypher keywords are ASCII, and fullwidth letters, zero-width
// joiners, homoglyphs or exotic spaces there can only serve to make this
// check read a query differently from the server.
func lexCypher(q string) ([]token, error) {
	var toks []token
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case strings.HasPrefix(q[i:], "//"):
			end := strings.IndexAny(q[i:], "\r\n")
			if end < 0 {
				end = len(q) - i
			}
			if strings.ContainsAny(q[i:i+end], lineBreakLookalikes) {
				return nil, lexError("line separator inside a comment")
			}
			i += end
		case strings.HasPrefix(q[i:], "/*"):
			end := strings.Index(q[i+2:], "*/")
			if end < 0 {
				return nil, lexError("unterminated comment")
			}
			i += 2 + end + 2
		case c == '\'' || c == '"':
			n, err := stringLen(q[i:])
			if err != nil {
				return nil, err
			}
			toks = append(toks, token{kind: tString})
			i += n
		case c == '`':
			name, n, err := quotedName(q[i:])
			if err != nil {
				return nil, err
			}
			toks = append(toks, token{kind: tQuoted, text: name})
			i += n
		case c >= utf8.RuneSelf:
			return nil, lexError("non-ASCII character outside a string or quoted name")
		case isWordByte(c):
			n := 1
			for i+n < len(q) && isWordByte(q[i+n]) {
				n++
			}
			toks = append(toks, token{kind: tWord, text: q[i : i+n]})
			i += n
		case c < 0x20 || c == 0x7f:
			return nil, lexError("control character outside a string")
		default:
			toks = append(toks, token{kind: tPunct, text: string(c)})
			i++
		}
	}
	return toks, nil
}

// lineBreakLookalikes are characters some parsers end a line at; in a //
// comment they could make the server read code this check took for comment.
const lineBreakLookalikes = "\v\f\u0085\u2028\u2029"

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// stringLen is the length of the string literal at the start of s. A
// backslash escapes the next character; there is no other escape.
func stringLen(s string) (int, error) {
	quote := s[0]
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case quote:
			return i + 1, nil
		}
	}
	return 0, lexError("unterminated string")
}

// quotedName reads a `name`; a doubled backtick stands for one.
func quotedName(s string) (string, int, error) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] != '`' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '`' {
			b.WriteByte('`')
			i++
			continue
		}
		return b.String(), i + 1, nil
	}
	return "", 0, lexError("unterminated quoted name")
}

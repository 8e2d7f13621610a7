package textseg

import "strings"

// DropShortParens removes short parenthesised qualifiers such as "(s)",
// "(S)", "(RPN)" or "(CNY)" that qualify a table header without naming
// it, so "Potential Cause(s) of Failure" reads as "Potential Cause of
// Failure". A longer aside stays: it may be part of the name. Table
// mapping at ingest and field matching at answer time must read headers
// alike.
func DropShortParens(h string) string {
	for {
		i := strings.IndexByte(h, '(')
		if i < 0 {
			return h
		}
		j := strings.IndexByte(h[i:], ')')
		if j < 0 || j > 6 {
			return h
		}
		h = h[:i] + " " + h[i+j+1:]
	}
}

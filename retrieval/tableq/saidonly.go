package tableq

import "regexp"

// reSaidOnly is "just say", "only reads" before a value: the cell holds
// that and nothing more ("rows that just say the control is 'X'"), not
// the longer cells that also mention it.
var reSaidOnly = regexp.MustCompile(`(?i)\b(just|only|simply|merely)\s+(?:says?|said|reads?|lists?|shows?|states?|gives?|puts?)\b[^.?!,;]*$`)

// saidOnly reports a value at start said to be all its cell holds, and
// takes the word that says so, which singles out no row.
func (q *question) saidOnly(start int) bool {
	m := reSaidOnly.FindStringSubmatchIndex(q.text[:start])
	if m == nil {
		return false
	}
	q.take(span{m[2], m[3]})
	return true
}

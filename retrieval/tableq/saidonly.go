package tableq

import "regexp"

// reSaidOnly is "just say", "only reads" before a value: the cell holds
// that and nothing more ("rows that just say the control is 'X'"), not
// the longer cells that also mention it.
var reSaidOnly = regexp.MustCompile(`(?i)\b(just|only|simply|merely)\s+(?:says?|said|reads?|lists?|shows?|states?|gives?|puts?)\b[^.?!,;]*$`)

// reOnlyAfter says the same after the value: "rows with 'Investigated
// upon component failure' as their only current control".
var reOnlyAfter = regexp.MustCompile(`(?i)^['"’”]?\s+as\s+(?:their|its|the)\s+(only|sole|one and only)\b`)

// saidOnly reports a value over sp said to be all its cell holds, and
// takes the word that says so, which singles out no row.
func (q *question) saidOnly(sp span) bool {
	if m := reSaidOnly.FindStringSubmatchIndex(q.text[:sp.start]); m != nil {
		q.take(span{m[2], m[3]})
		return true
	}
	if m := reOnlyAfter.FindStringSubmatchIndex(q.text[sp.end:]); m != nil {
		q.take(span{sp.end + m[2], sp.end + m[3]})
		return true
	}
	return false
}

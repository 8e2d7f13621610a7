package tableq

import "strings"

// takeQualifiedKind takes a kind's noun said with the work its rows are
// part of ("装配工序里哪一步最费时间"), unless the qualifier ends the name
// of a row ("轴承装配工序", "the bearing assembly step"): then the words
// name that step and are read as its value.
func (t *Table) takeQualifiedKind(q *question) int {
	score := 0
	for _, qn := range qualifiedKindNouns[t.Kind] {
		phrase := qn[0] + " " + qn[1]
		if hasHan(qn[0]) && hasHan(qn[1]) {
			phrase = qn[0] + qn[1]
		}
		for _, s := range q.findExact(phrase) {
			if q.free(s) && !t.endsValueAt(q.text[:s.start+len(qn[0])], qn[0]) {
				q.take(s)
				score += 3
			}
		}
	}
	return score
}

// endsValueAt reports a text-column value longer than qualifier that said
// ends with: "bearing assembly" ends "… the bearing assembly".
func (t *Table) endsValueAt(said, qualifier string) bool {
	said = strings.ToLower(said)
	for i, c := range t.Columns {
		if c.Numeric {
			continue
		}
		for _, v := range t.values(i) {
			v = strings.ToLower(v)
			if len(v) > len(qualifier) && strings.HasSuffix(v, qualifier) && strings.HasSuffix(said, v) {
				return true
			}
		}
	}
	return false
}

package tableq

import (
	"regexp"
	"strings"
)

// A count may come with a second question about the rows it counts:
// "how many times did we change a seal, and on which pumps?", "有几次，
// 分别是哪些设备？". The count is the answer's figure; the clause names
// the column whose values among the counted rows the answer lists too.

var (
	reAlsoWhich   = regexp.MustCompile(`(?:,\s*|\s)and (?:on |in |for |at |from |by |to )?(?:which|what) ([a-z]+)`)
	reAlsoWhichZH = regexp.MustCompile(`[，,]\s*(?:分别|都|各)?(?:是|在|涉及|发生在)?哪些(\p{Han}{1,4})`)
	// machineNouns call the rows' equipment by what it is.
	machineNouns = []string{"pump", "pumps", "machine", "machines", "unit", "units", "asset", "assets", "equipment",
		"泵", "设备", "机器", "机组"}
)

// alsoWhich finds such a clause after a count and returns the column it
// asks for, taking its words so they neither filter nor group; -1 when
// there is none.
func (t *Table) alsoWhich(q *question, ms []mention, used map[int]bool) int {
	if !q.has(cueCount) {
		return -1
	}
	for _, re := range []*regexp.Regexp{reAlsoWhich, reAlsoWhichZH} {
		m := re.FindStringSubmatchIndex(q.text)
		if m == nil {
			continue
		}
		noun := span{m[2], m[3]}
		col := t.nounColumn(q.text[noun.start:noun.end], ms, used, noun)
		if col < 0 {
			return -1
		}
		q.take(span{m[0], m[1]})
		return col
	}
	return -1
}

// nounColumn is the column a noun names: a column mention over it, else
// the equipment (or asset) column for a word that calls the rows'
// machines, else the item column.
func (t *Table) nounColumn(noun string, ms []mention, used map[int]bool, at span) int {
	for i, m := range ms {
		if m.value == "" && m.start < at.end && m.end > at.start {
			used[i] = true
			return m.col
		}
	}
	if isWordIn(strings.TrimSpace(noun), machineNouns) || strings.ContainsAny(noun, "泵设机") {
		for _, role := range []string{"equipment", "asset"} {
			if c := t.roleColumn(role); c >= 0 {
				return c
			}
		}
	}
	for _, role := range entityRoles {
		if c := t.roleColumn(role); c >= 0 {
			return c
		}
	}
	return -1
}

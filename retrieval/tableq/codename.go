package tableq

import (
	"regexp"
	"strings"
)

// A question names a part as people say it, name and number together:
// "the casing gasket CP200-CAS-03", "泵体垫片 CP200-CAS-03". A log's
// "Parts Replaced" column writes the number alone, and its action text
// names the gasket only where the job was about it; read as more
// conditions, the name would leave out the jobs that replaced the gasket
// alongside something else. The number picks the rows; the name before it
// is taken.

// rePartNumber is a part number of two or more parts ("CP200-CAS-03").
var rePartNumber = regexp.MustCompile(`\b[A-Za-z]{1,6}\d*(?:-[A-Za-z0-9]+){2,}\b`)

// reNameBefore is up to three words of a name right before the number.
var reNameBefore = regexp.MustCompile(`(?i)((?:\b[a-z][a-z-]*\s+){1,3})(?:\(\s*)?$`)

// reHanNameBefore is the Chinese name right before the number, after the
// verb or particle that ends what is asked of it ("换过泵体垫片").
var reHanNameBefore = regexp.MustCompile(`([^换过用装的了把和及与，,。？?\s\p{Latin}\d]{2,8})\s*(?:（\s*)?$`)

// nameVerbs end a name read backwards: "replaced the casing gasket".
var nameVerbs = map[string]bool{"replaced": true, "replace": true, "changed": true, "change": true, "used": true,
	"with": true, "the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "for": true, "fitted": true,
	"swapped": true, "got": true, "had": true, "any": true, "new": true, "that": true, "which": true, "and": true, "or": true}

// takePartNames takes the name said before each part number some row names.
// A parts list names its parts in the row itself, and its assemblies
// scope what is counted ("the coupling assembly CP200-CPL-00"), so only
// other sheets, logs among them, are read so.
func (t *Table) takePartNames(q *question) {
	if t.levelled() || t.multiplied() {
		return
	}
	for _, loc := range rePartNumber.FindAllStringIndex(q.text, -1) {
		code := q.text[loc[0]:loc[1]]
		if !t.anyRow(Filter{Column: AnyColumn, Op: "mention", Value: code}) {
			continue
		}
		before := q.text[:loc[0]]
		if m := reHanNameBefore.FindStringSubmatchIndex(before); m != nil && hasHan(before[m[2]:m[3]]) {
			q.take(span{m[2], m[3]})
			continue
		}
		m := reNameBefore.FindStringSubmatchIndex(before)
		if m == nil {
			continue
		}
		words := strings.Fields(before[m[2]:m[3]])
		start := m[3]
		for i := len(words) - 1; i >= 0 && !nameVerbs[strings.ToLower(words[i])] && !t.isColumnName(words[i]); i-- {
			start = strings.LastIndex(before[:start], words[i])
		}
		if start < m[3] {
			q.take(span{start, m[3]})
		}
	}
}

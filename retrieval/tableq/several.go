package tableq

import (
	"regexp"
	"strings"
)

// "Which parts show up in more than one assembly?" asks for the parts
// whose lines fall under two or more of a column's values: the sheet
// grouped by its key, each group's distinct values of that column
// counted, and only the groups with more than one kept.

// reInSeveral is a question for the rows of one key found under several
// values of a column: "which rover parts show up in more than one
// assembly", "哪些零件出现在不止一个组件里".
var reInSeveral = regexp.MustCompile(`(?i)\bwhich (?:[a-z]+ )?(?:parts|items|components|part numbers) (?:show up|appear|are used|are listed|occur|turn up) (?:in|on|under|across) (?:more than one|several|multiple|two or more) ([a-z]+)\b|哪些(?:零件|部件|物料)(?:出现|用|用到|列)在(?:不止一个|多个|好几个|两个以上)(\p{Han}{1,4}?)(?:里|中|下)?[？?]?$`)

// severalPlan is the plan of such a question, when the column it names
// is one of the sheet's and the sheet has a key to group by.
func (t *Table) severalPlan(text string, tr Translate) (Plan, bool) {
	m := reInSeveral.FindStringSubmatch(strings.TrimSpace(text))
	key := t.keyColumn()
	if m == nil || key < 0 {
		return Plan{}, false
	}
	noun := m[1]
	if noun == "" && tr != nil {
		if en, _ := tr(m[2]); len(en) > 0 {
			noun = en[0]
		}
	}
	col := t.namedColumn(noun)
	if col < 0 || col == key {
		return Plan{}, false
	}
	return Plan{Aggregate: "distinct", Column: t.Columns[col].Name, GroupBy: t.Columns[key].Name, Order: "desc", Over: 1}, true
}

// namedColumn is the column noun names, in the singular or plural.
func (t *Table) namedColumn(noun string) int {
	for _, w := range []string{noun, strings.TrimSuffix(noun, "s"), strings.TrimSuffix(noun, "ies") + "y"} {
		if w == "" || !t.isColumnName(w) {
			continue
		}
		for _, m := range t.mentions(newQuestion(w)) {
			if m.value == "" {
				return m.col
			}
		}
	}
	return -1
}

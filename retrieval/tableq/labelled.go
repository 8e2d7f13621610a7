package tableq

import (
	"regexp"
	"sort"
	"strings"
)

// reLabel is what may stand between a column's name and the value it
// labels: "工单类型为Z", "order type Z", "priority: A", "type is B".
var reLabel = regexp.MustCompile(`^\s*(?:为|是|=|:|：|of|is|was|equal to|equals)?\s*([\p{L}\p{N}]{1,2})(?:$|[^\p{L}\p{N}-])`)

// labelledValues reads a value too short to be found on its own ("Z",
// "A1") where the question names its column right before it: a lone
// letter is a value only when the column says so.
func (t *Table) labelledValues(q *question, ms []mention) []mention {
	out := ms
	for _, m := range ms {
		c := t.Columns[m.col]
		if m.value != "" || c.Numeric || c.Distinct == 0 || c.Distinct > maxCategories(c) {
			continue
		}
		loc := reLabel.FindStringSubmatchIndex(q.text[m.end:])
		if loc == nil {
			continue
		}
		s := span{m.end + loc[2], m.end + loc[3]}
		if !q.free(s) {
			continue
		}
		said := q.text[s.start:s.end]
		for _, v := range t.values(m.col) {
			if valueWorthy(v) || !strings.EqualFold(v, said) {
				continue // a longer value is found as written
			}
			q.take(s)
			out = append(out, mention{col: m.col, value: v, span: s})
			break
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// labelled reports a value mention its column's name stands right next
// to: "the Transmission component" is that value as written, not every
// value holding the word ("Transmission Electronic Control Unit").
func labelled(q *question, ms []mention, i int) bool {
	v := ms[i]
	for j, n := range ms {
		if j == i || n.value != "" || n.col != v.col {
			continue
		}
		if n.start >= v.end && pointer(q.text[v.end:n.start]) {
			return true
		}
		if n.end <= v.start && filler(q.text[n.end:v.start]) {
			return true
		}
	}
	return false
}

// rePointer is what may stand between a value and the column's name
// after it and still point at the value: a closing bracket or quote
// ("发动机（Engine）部件") and a demonstrative with its measure word
// ("Engine 这个部件", "“Engine”那台设备").
var rePointer = regexp.MustCompile(`^[\s)）"”'’」』]*(?:[这那该此](?:[个种类台款项条件只根颗块]|一[个种类台款项条件])?)?\s*$`)

func pointer(gap string) bool { return rePointer.MatchString(gap) }

// reWithin is a verb that asks for the cells holding a value among other
// words: a location "that mentions hydraulics" is also "hydraulic pump".
var reWithin = regexp.MustCompile(`(?i)(?:\b(?:mentions?|mentioning|contains?|containing|includes?|including)|提到|提及|包含|含有|含)\s*["“'‘]?$`)

// saidWithin reports a value asked for as part of a cell, not as all of it.
func saidWithin(q *question, m mention) bool {
	return reWithin.MatchString(q.text[:m.start])
}

// reSaidIs is what states a value after its column's name: "是", "为",
// "is", "=", with a Chinese gloss the value is written in brackets after
// ("失效模式是腐蚀（Corrosion）").
var reSaidIs = regexp.MustCompile(`(?:是|为|等于|\bis|\bequals|=)\s*(?:\p{Han}+\s*\(\s*)?$`)

// namedBefore reports a value stated as its column's value by the
// column's own name, though the name was read as what the rows are:
// "失效模式是腐蚀" is the failure mode Corrosion, not every failure mode
// that mentions corrosion.
func (t *Table) namedBefore(q *question, m mention) bool {
	before := q.text[:m.start]
	loc := reSaidIs.FindStringIndex(before)
	if loc == nil {
		return false
	}
	before = strings.TrimSpace(before[:loc[0]])
	for _, n := range t.columnNames(m.col) {
		if n != "" && strings.HasSuffix(before, n) {
			return true
		}
	}
	return false
}

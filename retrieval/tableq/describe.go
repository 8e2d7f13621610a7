package tableq

import (
	"strings"
	"unicode"
)

// describedBy is the column that names what column col holds as codes:
// "Functional_Location_Description" for a "Work_Order_Functional_Location"
// of codes such as 1234.01.01, found by the words the question used for
// col ("functional location", "功能位置") followed by a description word.
// -1 when col is not codes or has no such column.
func (t *Table) describedBy(col int, phrase string) int {
	if !t.codesOnly(col) {
		return -1
	}
	phrase = stems(phrase)
	for j, c := range t.Columns {
		if j == col || c.Numeric {
			continue
		}
		for _, name := range t.columnNames(j) {
			for _, d := range describeWords {
				if head, ok := strings.CutSuffix(name, d); ok && head != "" && stems(head) == phrase {
					return j
				}
			}
		}
	}
	return -1
}

// stems is s's words by their stems, for "functional locations" to be
// "functional location"; Chinese stays as written.
func stems(s string) string {
	var out []string
	for _, w := range reWord.FindAllString(strings.ToLower(s), -1) {
		out = append(out, Stem(w))
	}
	return strings.Join(out, " ")
}

// describeWords follow a thing's name in the header that describes it.
var describeWords = []string{"description", "name", "text", "描述", "名称", "说明"}

// codesOnly reports a column whose filled cells are mostly without a
// letter: codes, not names.
func (t *Table) codesOnly(col int) bool {
	codes := 0
	for _, r := range t.Rows {
		v := r.Cell(col)
		if isNull(v) {
			continue
		}
		if !strings.ContainsFunc(v, unicode.IsLetter) {
			codes++
		}
	}
	return codes*2 > t.Columns[col].Filled
}

// wordsBeforeColumn reads a word just before a column's name as a value
// of that column: "hydraulic locations" are rows whose location (by its
// name, when the column holds codes) says hydraulic, not rows that say
// hydraulic anywhere. It returns those filters and the words left.
func (t *Table) wordsBeforeColumn(q *question, idx []int, ms []mention, used map[int]bool) ([]Filter, []int) {
	var out []Filter
	var left []int
	for _, i := range idx {
		f, ok := t.wordBefore(q, i, ms, used)
		if !ok {
			left = append(left, i)
			continue
		}
		out = append(out, f)
	}
	return out, left
}

func (t *Table) wordBefore(q *question, i int, ms []mention, used map[int]bool) (Filter, bool) {
	if i+1 >= len(q.words) || stopWords[q.words[i].raw] || len(q.words[i].raw) < 4 {
		return Filter{}, false
	}
	next := q.words[columnAfter(q, i)].start
	for k, m := range ms {
		if m.start != next || m.value != "" || used[k] || t.Columns[m.col].Numeric {
			continue
		}
		col := m.col
		if d := t.describedBy(col, q.text[m.start:m.end]); d >= 0 {
			col = d
		}
		f := Filter{Column: t.Columns[col].Name, Op: "match", Value: q.words[i].raw}
		if !t.anyRow(f) {
			return Filter{}, false
		}
		used[k] = true
		return f, true
	}
	return Filter{}, false
}

// columnAfter is the index of the word where a column's name may follow
// word i: the next word, or the one after "in the" ("mention a pump in
// the short text" looks in that column only).
func columnAfter(q *question, i int) int {
	j := i + 1
	if j+1 < len(q.words) && (q.words[j].raw == "in" || q.words[j].raw == "under") {
		j++
		if j+1 < len(q.words) && columnDeterminers[q.words[j].raw] {
			j++
		}
	}
	return j
}

var columnDeterminers = map[string]bool{"the": true, "its": true, "their": true, "a": true}

// valuesInNamedColumn reads a value followed by "in the <column>" as
// words of that column: "work orders that mention lights in the short
// text" look in the short text, though "lights" also begins the name of
// a location. The value becomes the words the question wrote.
func (t *Table) valuesInNamedColumn(q *question, ms []mention) {
	for k, m := range ms {
		if m.value == "" {
			continue
		}
		i := wordEndingAt(q, m.end)
		if i < 0 {
			continue
		}
		j := columnAfter(q, i)
		if j == i+1 || j >= len(q.words) {
			continue // only "in the <column>" moves a value to that column
		}
		for _, n := range ms {
			if n.value != "" || n.start != q.words[j].start || n.col == m.col || t.Columns[n.col].Numeric {
				continue
			}
			ms[k].col, ms[k].value, ms[k].partial = n.col, q.text[m.start:m.end], true
			break
		}
	}
}

// wordEndingAt is the index of the word of q that ends at end, or -1.
func wordEndingAt(q *question, end int) int {
	for i, w := range q.words {
		if w.end == end {
			return i
		}
	}
	return -1
}

package tableq

import (
	_ "embed"
	"regexp"
	"strings"
)

// heldFigures reads the serial numbers no comparison took that rows
// hold as a word of their text: "jobs on S/N 2409210" are the rows of
// that pump, not a threshold. A short figure is a serial only when the
// question labels it one: "myCobot 280" is a model, not rows to find.
func (t *Table) heldFigures(q *question) []Filter {
	var out []Filter
	for _, loc := range reNumber.FindAllStringIndex(q.text, -1) {
		s := span{loc[0], loc[1]}
		v := q.text[s.start:s.end]
		if !q.free(s) || (s.start > 0 && (isLatin(q.text[s.start-1]) || inCode(q.text, s.start))) {
			continue
		}
		if len(v) < 6 && !reSerialLabel.MatchString(q.text[:s.start]) {
			continue
		}
		if s.end < len(q.text) && (isLatin(q.text[s.end]) || q.text[s.end] == '-') {
			continue
		}
		f := Filter{Column: AnyColumn, Op: "mention", Value: v}
		if t.anyRow(f) {
			q.take(s)
			if l := reSerialLabel.FindStringIndex(q.text[:s.start]); l != nil {
				q.take(span{l[0], s.start}) // "serial number", "序列号": the figure's label, not a word rows hold
			}
			out = append(out, f)
		}
	}
	return out
}

// linkCodes lets the rows of a log be found by what the part numbers they
// hold are called in the parts lists and BOMs beside them: a work order
// whose parts replaced are "CP200-SEL-01; CP200-SEL-03 x2" replaced the
// mechanical seal, though it only says "Replaced seal".
func linkCodes(tables []*Table) {
	names := map[string]string{}
	for _, t := range tables {
		if !partRows[t.Kind] {
			continue
		}
		code := t.roleColumn("part_no")
		if code < 0 {
			continue
		}
		var cols []int
		for _, role := range []string{"name", "description"} {
			if c := t.roleColumn(role); c >= 0 {
				cols = append(cols, c)
			}
		}
		for _, r := range t.Rows {
			k := strings.ToLower(strings.TrimSpace(r.Cell(code)))
			if !hasLetterDigit(k) || len(cols) == 0 {
				continue
			}
			for _, c := range cols {
				if v := r.Cell(c); !isNull(v) && !strings.Contains(names[k], strings.ToLower(v)) {
					names[k] += " " + strings.ToLower(v)
				}
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for _, t := range tables {
		if t.Kind == "worklog" { // an FMEA's item names its part itself
			t.codeNames = names
			t.forgetRows()
		}
	}
}

// namedByCode reports a code in cell that the parts lists call value.
func (t *Table) namedByCode(cell, value string) bool {
	if t.codeNames == nil {
		return false
	}
	for _, w := range lowered(cell).words { // as matches reads the cell, remembered
		if n, ok := t.codeNames[w]; ok && matches(n, value) {
			return true
		}
	}
	return false
}

// reSerialLabel ends a text that labels the figure after it a serial.
var reSerialLabel = regexp.MustCompile(`(?:\bs/n|\bsn|\bserial(?: number| no\.?)?|\bno\.|#|序列号|编号|出厂编号)\s*$`)

//go:embed rowwords.tsv
var rowWordsTSV string

// rowForms are the words rows use for a question's word, read once.
var rowForms = func() map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(rowWordsTSV, "\n") {
		asked, used, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Split(asked, "|") {
			out[w] = strings.Split(strings.TrimSpace(used), "|")
		}
	}
	return out
}()

// rowWord is the word rows use for the question's word w when no row
// holds w itself: "replace" for "swapping". It is w when none does.
func (t *Table) rowWord(w string) string {
	if t.anyRow(Filter{Column: AnyColumn, Op: "mention", Value: w}) {
		return w
	}
	for _, f := range rowForms[w] {
		if t.anyRow(Filter{Column: AnyColumn, Op: "mention", Value: f}) {
			return f
		}
	}
	return w
}

// dedupe drops a filter said twice, and a match on a column already held
// to a value that holds its words: "消防系统（Fire Suppression）" names
// Subsystem "Fire Suppression System" twice.
func dedupe(fs []Filter) []Filter {
	var out []Filter
	for i, f := range fs {
		dup := false
		for j, g := range fs {
			same := g.Column == f.Column && g.Op == f.Op && strings.EqualFold(g.Value, f.Value) && j < i
			wider := g.Column == f.Column && f.Column != AnyColumn && f.Op == "match" && g.Op == "eq" && matches(g.Value, f.Value)
			if same || wider {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, f)
		}
	}
	return out
}

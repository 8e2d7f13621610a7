package tableq

import "strings"

// tableOnly are the words that name the rows or a column of one kind of
// table and are seldom said of anything else: a question over "failure
// modes" or "RPN" is about an FMEA, and one over "work orders" about a
// maintenance log. Words that prose uses as well ("parts", "steps",
// "故障") are not among them.
var tableOnly = map[string][]string{
	"fmea":    {"failure modes", "failure mode", "fmea", "rpn", "rpns", "risk priority number", "故障模式", "失效模式", "风险顺序数", "风险优先数"},
	"worklog": {"work orders", "work order", "工单", "维修记录", "maintenance log", "maintenance records"},
}

// Absent returns the words of a question over a whole table that name a
// kind of table none of tables is, or "" when the question does not ask
// over rows or a table of its kind is there. Such a question has no
// answer for this caller, whatever other passages say.
func Absent(tables []*Table, question string) string {
	if !Asks(question) {
		return ""
	}
	q := newQuestion(question)
	for _, kind := range []string{"fmea", "worklog"} {
		for _, n := range tableOnly[kind] {
			if len(q.findExact(n)) == 0 {
				continue
			}
			if !anyOfKind(tables, kind, n) {
				return n
			}
		}
	}
	return ""
}

// anyOfKind reports a table of kind, or one with a column called noun.
func anyOfKind(tables []*Table, kind, noun string) bool {
	for _, t := range tables {
		if t.Kind == kind {
			return true
		}
		for _, c := range t.Columns {
			if strings.EqualFold(normHeader(c.Name), noun) {
				return true
			}
		}
	}
	return false
}

// sourceNames are the words that name a kind of table as the document a
// question is asked of ("according to the FMEA", "FMEA 里"), whatever the
// question asks of it: without such a table visible, no other passage
// answers for it.
var sourceNames = map[string][]string{
	"fmea": {"fmea", "dfmea", "pfmea"},
}

// NamedSourceAbsent returns the word of a question that names a kind of
// table as its source when none of tables is of that kind, or "".
func NamedSourceAbsent(tables []*Table, question string) string {
	n := NamedSource(question)
	if n == "" || anyOfKind(tables, sourceKind(n), n) {
		return ""
	}
	return n
}

// NamedSource is the word naming a kind of table as the question's
// source, or "".
func NamedSource(question string) string {
	q := newQuestion(question)
	for _, kind := range []string{"fmea"} {
		for _, n := range sourceNames[kind] {
			if len(q.findExact(n)) > 0 {
				return n
			}
		}
	}
	return ""
}

func sourceKind(noun string) string {
	for kind, names := range sourceNames {
		for _, n := range names {
			if n == noun {
				return kind
			}
		}
	}
	return ""
}

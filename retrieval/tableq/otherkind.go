package tableq

// kindNames are the words that name a kind of table as the document a
// question counts over: "log entries" are rows of a maintenance log,
// whatever FMEA rows share the question's other words ("control box",
// "fault").
var kindNames = map[string][]string{
	"worklog": {"log", "logs", "log entries", "logbook", "service log", "maintenance log", "work orders", "work order", "工单", "维修记录"},
	"fmea":    {"fmea", "dfmea", "pfmea"},
	"bom":     {"bom", "bill of materials"},
}

// namesOtherKind reports a question naming a kind of table that t is
// not, where a table of that kind is there to be asked: a figure from t
// would be over rows the question did not ask about.
func namesOtherKind(tables []*Table, t *Table, question string) bool {
	q := newQuestion(t.withoutOwnFile(question))
	for kind, names := range kindNames {
		if kind == t.Kind || !hasKind(tables, kind) {
			continue
		}
		for _, n := range names {
			if len(q.findExact(n)) > 0 {
				return true
			}
		}
	}
	return false
}

func hasKind(tables []*Table, kind string) bool {
	for _, t := range tables {
		if t.Kind == kind {
			return true
		}
	}
	return false
}

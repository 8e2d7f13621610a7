package assistant

import (
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// "What does E01 mean and how do I fix it?" asks two fields of two rows:
// the code list gives the meaning, the troubleshooting table the remedy.
// The field the question names best answers one; the other row, where the
// evidence holds it, answers the rest.

// otherFieldOfCode is, for a question asking both what a code means and
// what to do about it, the field of the other kind than the answer's
// (the remedy beside a meaning, the meaning beside a remedy), from a row
// of the same code, the asker's language first.
func otherFieldOfCode(ev *retrieval.Evidence, top fieldHit, lang string) (fieldHit, bool) {
	q := ev.Question.Text
	codes := identifiers(codeTerms(ev))
	if len(codes) == 0 || !asksMeaning(q) || !asksHowAboutCode(q, codes) {
		return fieldHit{}, false
	}
	wantRemedy := troubleshootingRole(top.field.header) != "remedy"
	if wantRemedy && !meaningHeader(top.field.header) {
		return fieldHit{}, false // the answer is neither: the question is read otherwise
	}
	lower := strings.ToLower(q)
	var best fieldHit
	found := false
	for _, it := range ev.Items {
		if it.Chunk.Kind != "table_row" || !codesIn(codes, it.Chunk.Text) {
			continue
		}
		cells := rowCells(it.Chunk.Text)
		for i, c := range cells {
			if wantRemedy && troubleshootingRole(c.header) != "remedy" || !wantRemedy && !meaningHeader(c.header) {
				continue
			}
			if found && (otherLanguage(it.Chunk.Lang, lang) || !otherLanguage(best.item.Chunk.Lang, lang)) {
				continue // the first row in the asker's language
			}
			subject := rowSubject(cells, i, lower)
			best, found = fieldHit{item: it, subject: subject, key: cellOfValue(cells, subject), field: c}, true
		}
	}
	return best, found
}

// meaningHeader reports a code list's column saying what each code means.
func meaningHeader(h string) bool {
	switch normHeader(h) {
	case "meaning", "含义", "意义", "description", "说明":
		return true
	}
	return false
}

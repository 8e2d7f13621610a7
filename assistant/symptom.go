package assistant

import (
	"fmt"

	"github.com/kgassist/kgassist/ingest/mappings"
	"github.com/kgassist/kgassist/retrieval"
)

// A fault table's first column is what a user describes: "泵一点水都不出"
// is the symptom 泵不出水 in other words. A row whose first cell is the
// question by meaning, both ways, is read out whole: its cause and remedy
// are the answer.

// symptomMatch is how much of each side the other must hold.
const symptomMatch = 0.6

// symptomAnswer answers from the table row whose first cell best matches
// the question.
func symptomAnswer(ev *retrieval.Evidence, lang string) (string, bool) {
	codes := codeTerms(ev)
	best, bestScore := -1, 0.0
	for i, it := range ev.Items {
		if it.Chunk.Kind != "table_row" {
			continue
		}
		cells := rowCells(it.Chunk.Text)
		if len(cells) < 2 || !faultRow(cells) || len(retrieval.ContentTerms(cells[0].value)) < 2 {
			continue // a code or one word names a row; it describes nothing
		}
		if !codesIn(codes, it.Chunk.Text+" "+docName(it.Chunk)) {
			continue
		}
		fwd, rev := faqMeaning(ev, cells[0].value, it.Chunk.DocTitle)
		if fwd < symptomMatch || rev < symptomMatch {
			continue
		}
		score := fwd + rev + it.Score
		if !otherLanguage(it.Chunk.Lang, lang) {
			score += 0.25 // the asker's language, where both say it
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return "", false
	}
	it := ev.Items[best]
	s := splitSentences(it.Chunk)[0]
	text := fmt.Sprintf("%s [%d]", s, it.N)
	if otherLanguage(it.Chunk.Lang, lang) {
		text += " " + otherLabel(s, it.Chunk.Lang, it.Chunk.DocTitle, lang)
	}
	return text, true
}

// faultRow reports a row of a troubleshooting table: one of its headers
// is a cause or remedy column in the table mappings. A specification
// row's first cell names a parameter, which other answers state better.
func faultRow(cells []cell) bool {
	for _, c := range cells[1:] {
		h := normHeader(c.header)
		for _, col := range mappings.Columns() {
			if col.Kind != "troubleshooting" || col.Role == "symptom" {
				continue
			}
			for _, syn := range col.Synonyms {
				if h != "" && normHeader(syn) == h {
					return true
				}
			}
		}
	}
	return false
}

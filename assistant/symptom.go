package assistant

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

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
	if asksHowAboutCode(ev.Question.Text, codes) && codeListed(ev, codes) {
		return "", false // the code list's entry says what to do; a log row says what one did once
	}
	best, bestScore := -1, 0.0
	for i, it := range ev.Items {
		if it.Chunk.Kind != "table_row" {
			continue
		}
		cells := rowCells(it.Chunk.Text)
		if len(cells) < 2 || !faultRow(cells) || len(retrieval.ContentTerms(cells[0].value)) < 2 {
			continue // a code or one word names a row; it describes nothing
		}
		if !codesIn(codes, it.Chunk.Text+" "+docName(it.Chunk)) && !beyondStated(ev.Question.Text, cells[0].value) {
			continue // a figure the row lacks, unless it reads past the row's limit ("85 度" over "超过 80 °C")
		}
		if judgementWords.MatchString(strings.ToLower(ev.Question.Text)) && !judgementWords.MatchString(strings.ToLower(it.Chunk.Text)) {
			continue // "the seal started weeping, is it covered under warranty?": a cause and remedy judge nothing
		}
		if namesOtherCode(cells[0].value, ev.Question.Text, it.Chunk.DocTitle) {
			continue // "控制箱显示 E03" is one code's symptom, not a dark display
		}
		fwd, rev := faqMeaning(ev, cells[0].value, it.Chunk.DocTitle)
		score := fwd + rev + it.Score
		switch {
		case fwd >= symptomMatch && rev >= symptomMatch:
		case namesSymptomCode(ev.Question.Terms, cells[0].value) && !codeEntry(ev):
			score += 1 // "老是 E01 跳停": the code the symptom shows
			if !otherLanguage(it.Chunk.Lang, lang) {
				score += 1 // both manuals show the code: the asker's reads it
			}
		case rev >= 0.999 && namesCause(ev, cells, it.Chunk.DocTitle, fwd):
			score += 0.5 // the whole symptom, and what brought it on
		case rev >= 0.999 && fwd >= 0.2 && ev.Question.Intent == retrieval.Troubleshooting && len(identifiers(codes)) == 0:
			// "the flow has dropped way below normal, what should i look
			// at first?": the whole symptom, told at length
		case fwd >= 0.3 && rev >= 0.4 && beyondStated(ev.Question.Text, cells[0].value):
			// "ten drops a minute" against "leaks more than 5 drops per
			// minute": a reading past the symptom's limit is that symptom
		default:
			continue
		}
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
	var lines []string
	for _, it := range sameSymptomRows(ev, best) {
		s := splitSentences(it.Chunk)[0]
		line := fmt.Sprintf("%s [%d]", s, it.N)
		if otherLanguage(it.Chunk.Lang, lang) {
			line += " " + otherLabel(s, it.Chunk.Lang, it.Chunk.DocTitle, lang)
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n"), true
}

// sameSymptomRows is the chosen row and, in the table's order, the other
// rows of its document with the same symptom: "flow too low" has two
// causes, a clogged strainer and a wrong direction of rotation, and
// either may be the one the asker has.
func sameSymptomRows(ev *retrieval.Evidence, best int) []retrieval.Item {
	chosen := ev.Items[best]
	symptom := strings.TrimSpace(rowCells(chosen.Chunk.Text)[0].value)
	var out []retrieval.Item
	for _, it := range ev.Items {
		if it.Chunk.Kind != "table_row" || it.Chunk.DocumentID != chosen.Chunk.DocumentID {
			continue
		}
		if cells := rowCells(it.Chunk.Text); len(cells) > 1 && strings.EqualFold(strings.TrimSpace(cells[0].value), symptom) {
			out = append(out, it)
		}
	}
	slices.SortStableFunc(out, func(a, b retrieval.Item) int { return a.Chunk.Ordinal - b.Chunk.Ordinal })
	return out
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

// namesSymptomCode reports a question code (letters and digits: E01)
// that the symptom states.
func namesSymptomCode(terms []string, symptom string) bool {
	have := retrieval.TokenSet(symptom)
	for _, t := range terms {
		if hasDigit(t) && !isNumber(t) && have[t] {
			return true
		}
	}
	return false
}

// gradedPast says a reading is past normal without giving it.
var gradedPast = regexp.MustCompile(`(?i)\btoo (?:high|hot|much|strong|loud|big)\b|\bvery (?:high|hot|loud|strong)\b|\bexcessive(?:ly)?\b|\brunning hot\b|太高|过高|很高|偏高|太大|过大|很大|偏大|太热|很热|太烫|很烫|厉害`)

var (
	// reStatedLimit is a symptom's limit: "more than 5 drops", "above
	// 80 °C", "超过 80 °C".
	reStatedLimit = regexp.MustCompile(`(?i)(?:more than|above|over|exceeds?|higher than|greater than|超过|高于|大于|>)\s*(\d+(?:\.\d+)?)`)
	reFigure      = regexp.MustCompile(`\d+(?:\.\d+)?`)
	figureWords   = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100}
)

// beyondStated reports a figure in the question past the limit the
// symptom states.
func beyondStated(question, symptom string) bool {
	m := reStatedLimit.FindStringSubmatch(symptom)
	if m == nil {
		return false
	}
	limit, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return false
	}
	if !reFigure.MatchString(question) && gradedPast.MatchString(question) {
		return true // "轴承温度太高" is past "超过 80 °C" without the reading
	}
	var figures []float64
	for _, f := range reFigure.FindAllString(question, -1) {
		if x, err := strconv.ParseFloat(f, 64); err == nil {
			figures = append(figures, x)
		}
	}
	for _, w := range questionWords(question) {
		if x, ok := figureWords[w]; ok {
			figures = append(figures, x)
		}
	}
	for _, x := range figures {
		if x > limit {
			return true
		}
	}
	return false
}

// codeEntry reports a table row in the evidence that is the entry of a
// code the question names ("代码: E01; 含义: 电机过流"): the code table
// says what the code means better than a fault row that shows it.
func codeEntry(ev *retrieval.Evidence) bool {
	for _, it := range ev.Items {
		if it.Chunk.Kind != "table_row" {
			continue
		}
		cells := rowCells(it.Chunk.Text)
		if len(cells) == 0 {
			continue
		}
		for _, t := range ev.Question.Terms {
			if hasDigit(t) && !isNumber(t) && strings.EqualFold(strings.TrimSpace(cells[0].value), t) {
				return true
			}
		}
	}
	return false
}

// namesCause reports a question that, besides the whole symptom, tells
// what brought it on in the words of the row's cause ("flow is down since
// the motor was rewired" for "flow too low: wrong direction of rotation"):
// the story around a symptom is long, so its share of the question is
// small, but the cause picks the row among those with the same symptom.
func namesCause(ev *retrieval.Evidence, cells []cell, title string, symptomFwd float64) bool {
	for _, c := range cells[1:] {
		if troubleshootingRole(c.header) != "cause" {
			continue
		}
		fwd, _ := faqMeaning(ev, cells[0].value+" "+c.value, title)
		return fwd > symptomFwd
	}
	return false
}

// codeListed reports a passage that is not a table's row with a line
// opening with an asked code: a code list's entry for it.
func codeListed(ev *retrieval.Evidence, codes []string) bool {
	for _, it := range ev.Items {
		if it.Chunk.Kind == "table_row" {
			continue
		}
		for _, s := range quoteCandidates(it.Chunk) {
			if definesCode(s, codes) {
				return true
			}
		}
	}
	return false
}

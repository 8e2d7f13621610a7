package tableq

import (
	"regexp"
	"strings"
)

// An answer counts rows in the asker's words: "12 work orders", "3 次",
// "7 种", not "12 rows"; and gives a figure in its column's unit: "104 h"
// of "Downtime (h)".

// reHanCounter is the measure word a Chinese question counts by.
var reHanCounter = regexp.MustCompile(`(?:几|多少)(个|次|张|种|条|行|台|家|项|位|款|件|单|起|颗|根|只|片|套|块|粒|道|处|批)`)

// reCountedNoun is what an English question counts: the words after "how
// many" up to the verb or preposition that follows them.
var reCountedNoun = regexp.MustCompile(`\b(?:how many|number of|count of|count the)\s+(?:\d{3,}\s+(?:series\s+)?)?([a-z][a-z0-9/&'-]*(?:\s+[a-z][a-z0-9/&'-]*){0,5})`)

// reRankedNoun is what a ranking counts the rows as: "on the most lines".
var reRankedNoun = regexp.MustCompile(`\b(?:on|in|with|has|have|had) the (?:most|fewest) (lines|rows|entries|records|items|orders|work orders|jobs|failure modes)\b`)

// reWhichNoun is what a question listing and counting rows calls them
// where "how many" names nothing: "which fasteners get torqued to less
// than 20 N·m, and how many are there?".
var reWhichNoun = regexp.MustCompile(`\bwhich ([a-z][a-z-]*s)\s+(?:(?:in|on|from|of) (?:the |our |this )?(?:[a-z0-9-]+ ){0,2}(?:table|list|sheet|log|bom|fmea) )?(?:get|gets|got|are|were|have|has|had|need|needs|use|uses|take|takes|go|come|can|should|must|cost|costs|weigh|weighs|run|runs|show|shows|do|did)\b`)

// reHowManyBare is a "how many" that names no rows: "how many are there",
// "how many of them".
// So is a count asked in a clause of its own after a total ("一共花了多少钱？
// 有几张？"): the total says how many rows it adds up. A count asked first
// is answered with its total beside it (countsTotal).
var reHowManyBare = regexp.MustCompile(`\bhow many(?:\s+(?:are|were|is|of them|in total|there are|there|total|altogether|that|those))*\s*(?:[?.!]|$)|[，,？?；;]\s*(?:一共|总共|共)?有(?:几|多少)(?:张|个|条|单|项|笔|次)?\s*[？?。]?\s*$`)

// nounStops end the counted noun: "work orders were", "lines have", "rows under".
var nounStops = map[string]bool{"are": true, "were": true, "is": true, "was": true, "have": true, "has": true, "had": true,
	"do": true, "does": true, "did": true, "in": true, "on": true, "of": true, "for": true, "with": true, "that": true,
	"which": true, "there": true, "under": true, "against": true, "per": true, "mention": true, "say": true, "says": true,
	"show": true, "can": true, "will": true, "would": true, "from": true, "at": true, "we": true, "you": true, "get": true,
	"got": true, "logged": true, "listed": true, "recorded": true, "by": true, "to": true, "and": true, "or": true,
	"not": true, "since": true, "during": true, "before": true, "after": true, "between": true, "where": true,
	// "parts cost under $5", "parts priced above 10": the verb, not a noun of the rows
	"cost": true, "costs": true, "priced": true,
	// "parts go into one pump", "bolts make up", "screws are needed"
	"go": true, "goes": true, "went": true, "into": true, "make": true, "makes": true, "used": true, "fit": true,
	"fitted": true, "need": true, "needs": true, "needed": true, "come": true, "comes": true, "came": true, "belong": true, "belongs": true,
	"total": true, "altogether": true, "overall": true,
	// "parts sit directly under the control box assembly"
	"sit": true, "sits": true, "directly": true, "lie": true, "live": true, "hang": true}

// countWords are not what is counted: "how many different suppliers".
var countWords = map[string]bool{"different": true, "individual": true, "distinct": true, "unique": true, "separate": true, "the": true, "of": true}

// RowNoun is what question calls the things it counts: "work orders" of
// "how many work orders were logged", the measure word "次" of "报修过几次".
// It is empty when the question names none, or counts units ("how many
// hours"), which are summed, not counted.
func RowNoun(question string) string {
	text := strings.ToLower(question)
	if m := reHanCounter.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	var m []string
	for i, c := range reCountedNoun.FindAllStringSubmatch(text, -1) {
		// "how many hours …, over how many jobs": the units summed
		// first, then the rows they are summed over
		if i == 0 || countedNoun(m[1]) == "" && countedNoun(c[1]) != "" {
			m = c
		}
	}
	if w := reWhichNoun.FindStringSubmatch(text); w != nil && (m == nil || reHowManyBare.MatchString(text)) {
		return w[1] // "which fasteners get less than 20 N·m": the list is of fasteners
	}
	if m == nil {
		// "which supplier shows up on the most lines, and on how many?":
		// the rows are called what the ranking called them
		if r := reRankedNoun.FindStringSubmatch(text); r != nil && strings.Contains(text, "how many") {
			return r[1]
		}
		return ""
	}
	return countedNoun(m[1])
}

// countedNoun is the noun of the words after "how many", or "" where they
// name a unit.
func countedNoun(words string) string {
	var keep []string
	for _, w := range partitive(strings.Fields(words)) {
		if nounStops[w] {
			break
		}
		if !countWords[w] {
			keep = append(keep, w)
		}
	}
	keep = uptoRowNoun(keep)
	if len(keep) == 0 || unitOf(keep[len(keep)-1]) != "" || keep[len(keep)-1] == "times" {
		return ""
	}
	// the head noun, with the word before it where the two name rows
	// together: "work orders", not "FMEA lines" or "outside suppliers"
	if n := len(keep); n >= 2 && isKindPhrase(keep[n-2]+" "+keep[n-1]) {
		return keep[n-2] + " " + keep[n-1]
	}
	if full, ok := spelledOut[keep[len(keep)-1]]; ok {
		return full
	}
	return keep[len(keep)-1]
}

// kindRowNoun is what the rows of a kind of table are, for a count whose
// question names none ("how many times did we replace the seal"): a
// log's rows are work orders. Kinds whose rows have no one name are
// counted as rows.
var kindRowNoun = map[string]string{"worklog": "work orders"}

// countsRows reports a plan whose figure is a number of rows, overall or
// per group, rather than of values or pieces.
func countsRows(p Plan) bool {
	return p.Aggregate == "count" && !p.Pieces
}

// spelledOut are the acronyms of rows an answer writes in full.
var spelledOut = map[string]string{"wos": "work orders", "wo": "work order"}

// partitive drops "of the logged" from "how many of the logged work
// orders": what is counted comes after.
func partitive(words []string) []string {
	if len(words) == 0 || words[0] != "of" {
		return words
	}
	i := 1
	for i < len(words) && (partitiveWords[words[i]] || strings.HasSuffix(words[i], "ed")) {
		i++
	}
	return words[i:]
}

var partitiveWords = map[string]bool{"the": true, "our": true, "these": true, "those": true, "all": true, "your": true}

// uptoRowNoun cuts the words after the first that names rows: "work
// orders went to", "rows belong to", where the verb is none of nounStops.
func uptoRowNoun(words []string) []string {
	for i, w := range words {
		if i+1 < len(words) && isKindPhrase(w+" "+words[i+1]) {
			continue // "line items", "work orders": the noun goes on
		}
		if i > 0 && isKindPhrase(words[i-1]+" "+w) || isWordIn(w, rowWords) {
			return words[:i+1]
		}
	}
	return words
}

func isKindPhrase(s string) bool {
	for _, nouns := range kindNouns {
		if isWordIn(s, nouns) {
			return true
		}
	}
	return isWordIn(s, []string{"line items", "spare parts", "part numbers"})
}

// IsMoney reports a numeric column of costs or prices: its role is cost,
// or its figures are written with a currency symbol.
func (t *Table) IsMoney(name string) bool {
	i := t.Column(name)
	return i >= 0 && t.Columns[i].Numeric && (t.Columns[i].Role == "cost" || t.Columns[i].Currency != "")
}

// unitHeaders name a column that gives each row's unit of measure.
var unitHeaders = map[string]bool{"unit": true, "units": true, "uom": true, "unit of measure": true, "单位": true, "计量单位": true}

// figureOfRows reports a plan whose figure is one column's figures of the
// rows it rests on, unweighted and ungrouped: a sum, average or extreme.
func figureOfRows(p Plan) bool {
	return numericAgg[p.Aggregate] && p.GroupBy == "" && len(p.Times) == 0
}

// rowsUnit is the unit of measure the rows share in the sheet's unit
// column ("pcs", "L"); empty when the sheet has none or the rows differ,
// so that litres and pieces are never given one unit.
func (t *Table) rowsUnit(rows []Row) string {
	col := -1
	for i, c := range t.Columns {
		if !c.Numeric && unitHeaders[strings.ToLower(strings.TrimSpace(c.Name))] {
			col = i
			break
		}
	}
	if col < 0 || len(rows) == 0 {
		return ""
	}
	unit := strings.TrimSpace(rows[0].Cell(col))
	for _, r := range rows[1:] {
		if strings.TrimSpace(r.Cell(col)) != unit {
			return ""
		}
	}
	return unit
}

// ColumnUnit is the unit column name's figures are in: the unit its
// header gives in brackets ("h" of "Downtime (h)", "days" of "Lead time
// (days)"), else the currency symbol its cells are written with.
func (t *Table) ColumnUnit(name string) string {
	i := t.Column(name)
	if i < 0 || !t.Columns[i].Numeric {
		return ""
	}
	h := t.Columns[i].Name
	if k := strings.IndexAny(h, "(（"); k >= 0 {
		inner := strings.TrimLeft(h[k:], "(（")
		if j := strings.IndexAny(inner, ")）"); j >= 0 {
			inner = strings.TrimSpace(inner[:j])
			if unitOf(inner) != "" {
				return inner
			}
		}
	}
	return t.Columns[i].Currency
}

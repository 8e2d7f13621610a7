package tableq

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/kgassist/kgassist/ingest/mappings"
)

// The words left of a question after its cues, columns and values are
// what a row must mention ("seal failures", "mention a leak"). Two kinds
// of them are not: a verb that only carries the question ("which
// component shows the highest RPN", "do we source from"), and the head
// noun of a name whose other words single the rows out ("the boiler
// feed pump" in a log whose rows say "boiler feed").

// verbBefore are words after which the next word is a verb ("do we
// buy", "were opened"); verbAfter are words a verb, not a noun, is
// followed by ("shows the", "belong to", "took 3 hours").
var (
	verbBefore = map[string]bool{"do": true, "does": true, "did": true, "we": true, "you": true, "they": true, "i": true,
		"to": true, "was": true, "were": true, "been": true, "be": true, "can": true, "should": true, "will": true,
		"would": true, "could": true, "who": true, "must": true, "may": true}
	verbAfter = map[string]bool{"a": true, "an": true, "the": true, "from": true, "to": true, "us": true, "me": true,
		"them": true, "it": true, "any": true, "no": true, "every": true, "against": true, "into": true, "up": true,
		"out": true, "down": true, "off": true, "more": true, "less": true, "over": true, "under": true,
		"above": true, "below": true, "longer": true, "shorter": true,
		"through": true, "via": true} // "went through WC2", "passed via"
)

// tableNouns are what a question calls the sheet itself.
var tableNouns = map[string]bool{"list": true, "lists": true, "sheet": true, "spreadsheet": true, "table": true,
	"log": true, "logs": true, "bom": true, "register": true, "workbook": true}

// namesSheet reports a word before what the question calls the sheet:
// "the rover list", "the rover parts list".
func (t *Table) namesSheet(q *question, i int) bool {
	for j := i + 1; j < len(q.words) && j <= i+2; j++ {
		if tableNouns[q.words[j].raw] {
			return true
		}
		if !isKindWord(t, q.words[j].raw) {
			return j > i+1 // "all rover parts add up to": the product the rows build
		}
	}
	return false
}

// documentNames are what a question calls the document a sheet is:
// "the pump FMEA", "our CP200 BOM", "the compressor log".
var documentNames = map[string]bool{"fmea": true, "dfmea": true, "pfmea": true, "bom": true, "log": true, "logbook": true,
	"list": true, "sheet": true, "spreadsheet": true, "table": true, "register": true, "workbook": true, "dataset": true}

// qualifiesDocument reports a word between a determiner and the name of
// the document ("in the pump FMEA", "the rover parts list"): it says
// which document the asker means, even where some rows hold it too.
func qualifiesDocument(q *question, i int) bool {
	if i == 0 || !documentDeterminers[q.words[i-1].raw] {
		return false
	}
	for j := i + 1; j < len(q.words) && j <= i+2; j++ {
		if documentNames[q.words[j].raw] {
			return true
		}
		if q.words[j].raw != "parts" && q.words[j].raw != "maintenance" {
			return false
		}
	}
	return false
}

var documentDeterminers = map[string]bool{"the": true, "this": true, "our": true, "your": true, "that": true}

// wordFilters turns the words left into filters. A word no row holds is
// dropped when it reads as a verb; an explicit "mention" keeps every word,
// so a question about something the table never names finds no rows.
func (t *Table) wordFilters(q *question, idx []int, op string, others []Filter, grouped bool) []Filter {
	var out []Filter
	var at []int // the word index of each filter
	var verbs []int
	for _, i := range idx {
		f := Filter{Column: AnyColumn, Op: op, Value: t.rowWord(q.words[i].raw)}
		if isNull(f.Value) {
			continue // "none", "n/a": how a sheet says a cell is empty
		}
		if spaced := strings.ReplaceAll(f.Value, "-", " "); spaced != f.Value && !t.anyRow(Filter{Column: AnyColumn, Op: "mention", Value: f.Value}) {
			f.Value = spaced // "rocker-bogie" for the rows' "rocker bogie"
		}
		if op == "match" && q.verbLike(i) && !t.anyRow(f) && t.onlyOutsideKeys(f.Value) {
			verbs = append(verbs, i) // "were planned": what the cause says, though a header says it too
			continue
		}
		if op == "match" && !t.anyRow(f) && t.headerWord(q.words[i].stem) {
			continue // "the recommended spares list": a column's word, not a row's
		}
		if op == "match" && i+1 < len(q.words) && t.namesHeader(q.words[i+1]) && !subjectBefore[q.words[i+1].raw] && !t.anyRow(f) {
			continue // "at our internal prices": which of a column's figures, said of the column; "rover parts" names a product
		}
		if op == "match" && t.namesSheet(q, i) && !t.anyRow(f) {
			continue // "the rover list", "the pump log": names the sheet, not its rows
		}
		if op == "match" && t.inTitle(q.words[i]) && (!t.anyRow(f) || t.saidOfWhole(q, i)) {
			continue // "fasteners on the pump": what the whole document is about
		}
		if q.subject[q.words[i].raw] {
			continue
		}
		if op == "match" && qualifiesDocument(q, i) {
			continue
		}
		if op == "match" && q.verbLike(i) {
			verbs = append(verbs, i)
			continue
		}
		out = append(out, f)
		at = append(at, i)
	}
	// A verb is a filter only when nothing else in the question singles
	// rows out or groups them, and some row holds it: "how many pumps
	// were leaking".
	for _, i := range verbs {
		f := Filter{Column: AnyColumn, Op: op, Value: q.words[i].raw}
		if op == "match" && !t.anyRow(f) && t.onlyOutsideKeys(f.Value) {
			f.Op = "mention" // "entries that were planned": only the cause says so
		}
		if !grouped && len(others) == 0 && len(out) == 0 && t.anyRow(f) {
			out = append(out, f)
			at = append(at, i)
		}
	}
	return t.trimHeads(out, at, others)
}

// namesHeader reports a question word that is a header's word, in the
// plural too ("prices" of "Unit price").
func (t *Table) namesHeader(w word) bool {
	return t.headerWord(w.stem) || t.headerWord(Stem(strings.TrimSuffix(w.raw, "s")))
}

// headerWord reports a word of one of t's headers, or of the header
// words any kind of table goes by ("quantity" of a parts list that has
// no quantity column), by stem, four letters or more.
func (t *Table) headerWord(stem string) bool {
	if len(stem) < 4 {
		return false
	}
	return t.headerStemSet()[stem]
}

// headerStemSet is the stems of the words of t's headers and of every
// header synonym of the mappings, gathered once per table: headerWord is
// asked of each of a question's leftover words.
func (t *Table) headerStemSet() map[string]bool {
	t.memo.Lock()
	defer t.memo.Unlock()
	if t.headStems != nil {
		return t.headStems
	}
	var names []string
	for _, c := range t.Columns {
		names = append(names, c.Name)
	}
	for _, c := range mappings.Columns() {
		names = append(names, c.Synonyms...)
	}
	t.headStems = map[string]bool{}
	for _, n := range names {
		for _, s := range headerStems(n) {
			t.headStems[s] = true
		}
	}
	return t.headStems
}

// headerStemsOf remembers the stems of each header's words: a question's
// every leftover word is checked against every column name and synonym
// of every table, and the names are few. When full it starts over.
var headerStemsOf struct {
	mu sync.Mutex
	m  map[string][]string
}

const maxHeaderStems = 4096

// headerStems are the stems of the words of header name h.
func headerStems(h string) []string {
	headerStemsOf.mu.Lock()
	stems, ok := headerStemsOf.m[h]
	headerStemsOf.mu.Unlock()
	if ok {
		return stems
	}
	for _, w := range strings.Fields(normHeader(h)) {
		stems = append(stems, Stem(w))
	}
	headerStemsOf.mu.Lock()
	if headerStemsOf.m == nil || len(headerStemsOf.m) >= maxHeaderStems {
		headerStemsOf.m = map[string][]string{}
	}
	headerStemsOf.m[h] = stems
	headerStemsOf.mu.Unlock()
	return stems
}

// verbLike reports whether word i of q stands where a verb does.
func (q *question) verbLike(i int) bool {
	if hasLetterDigit(q.words[i].raw) {
		return false // "logged E07 the most": a code is what rows hold, never a verb
	}
	if i > 0 && verbBefore[q.words[i-1].raw] {
		return true
	}
	if i+1 < len(q.words) {
		next := q.words[i+1].raw
		if _, num := Number(next); num || verbAfter[next] {
			return true
		}
	}
	return false
}

// trimHeads drops the last word of a run of adjacent words when the run
// finds no row and the run without it does: "boiler feed pump" is the
// rows that say "boiler feed".
func (t *Table) trimHeads(fs []Filter, at []int, others []Filter) []Filter {
	if len(fs) < 2 || t.anyKept(append(append([]Filter(nil), others...), fs...)) {
		return fs
	}
	for k := len(fs) - 1; k > 0; k-- {
		if at[k] != at[k-1]+1 || (k+1 < len(fs) && at[k+1] == at[k]+1) {
			continue // not the last word of a run
		}
		rest := append(append([]Filter(nil), fs[:k]...), fs[k+1:]...)
		if t.anyKept(append(append([]Filter(nil), others...), rest...)) {
			return rest
		}
	}
	return fs
}

// widen reads a word that no row's key columns hold in every text column,
// when the question calls the rows by their kind: "work orders that
// involved the strainer" are about their equipment and symptom, but the
// strainer may be only in what was done.
func (t *Table) widen(fs []Filter) {
	for i, f := range fs {
		if f.Column == AnyColumn && f.Op == "match" && !t.anyRow(f) {
			fs[i].Op = "mention"
		}
	}
}

// namedPartNouns adds to the words left a word the cues read as a verb or
// a filler ("cover", "supply") where it ends a name the rows hold with
// the word left before it: "bearing covers" in a BOM whose line is
// "Bearing cover" asks for the covers, not every bearing line.
func (t *Table) namedPartNouns(q *question, words []int) []int {
	var out []int
	for k, i := range words {
		out = append(out, i)
		j := i + 1
		if j >= len(q.words) || k+1 < len(words) && words[k+1] == j || !stopWords[q.words[j].raw] || !q.free(span{q.words[j].start, q.words[j].end}) {
			continue
		}
		if t.holdsPhrase(q.words[i].raw, q.words[j].stem) {
			out = append(out, j)
		}
	}
	return out
}

// holdsPhrase reports a row with a cell in which word first is followed
// by a word starting with stem.
func (t *Table) holdsPhrase(first, stem string) bool {
	if len(stem) < 4 {
		return false
	}
	return remembered(t, &t.phraseHits, [2]string{first, stem}, func() bool { return t.scanPhrase(first, stem) })
}

// scanPhrase is holdsPhrase reading every cell.
func (t *Table) scanPhrase(first, stem string) bool {
	re, err := regexp.Compile(`(?:^|[^\p{L}\p{N}])` + regexp.QuoteMeta(strings.ToLower(first)) + `\s+` + regexp.QuoteMeta(stem))
	if err != nil {
		return false
	}
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			if re.MatchString(lowered(c).text) {
				return true
			}
		}
	}
	return false
}

// onlyOutsideKeys reports a word that no column naming what a row is
// about holds, but another text column does: a log's cause says which
// entries were planned maintenance, its equipment and symptom never do.
func (t *Table) onlyOutsideKeys(value string) bool {
	if len(t.searchColumns()) == len(t.textColumns()) {
		return false
	}
	return t.anyRow(Filter{Column: AnyColumn, Op: "mention", Value: value})
}

// inTitle reports a word of the title of the document the table is in,
// by stem: "Centrifugal Pump — Assembly Operation Instruction" is about
// the pump every row is part of.
func (t *Table) inTitle(w word) bool {
	for _, tw := range strings.FieldsFunc(strings.ToLower(t.Ref.DocTitle), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(tw) >= 3 && Stem(tw) == w.stem {
			return true
		}
	}
	return false
}

// saidOfWhole reports a title word said as a phrase of its own, "on the
// pump", not as the first word of a row's name ("the pump foot bolts").
func (t *Table) saidOfWhole(q *question, i int) bool {
	if i < 2 || q.words[i-1].raw != "the" || !wholePrepositions[q.words[i-2].raw] {
		return false
	}
	return i+1 == len(q.words) || !t.anyRow(Filter{Column: AnyColumn, Op: "match", Value: t.rowWord(q.words[i+1].raw)})
}

var wholePrepositions = map[string]bool{"on": true, "of": true, "in": true, "for": true, "across": true, "throughout": true}

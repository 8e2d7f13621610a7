package assistant

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/ingest/mappings"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A table row is stored as "Header: value; Header: value" so that it can
// be cited alone. A question that names one field of a record ("who
// supplies the seal", "the recommended action for …", "E07 是什么意思")
// is answered with that field's value in a sentence, not with the row.

// cell is one field of a stored table row.
type cell struct{ header, value string }

// rowCells splits a stored row. A value may itself hold "; " (a list of
// parts), so a piece without its own "Header: " continues the value before.
func rowCells(text string) []cell {
	var out []cell
	for _, piece := range strings.Split(text, "; ") {
		h, v, ok := strings.Cut(piece, ": ")
		if !ok || len(h) > 60 || strings.TrimSpace(h) == "" {
			if len(out) > 0 {
				out[len(out)-1].value += "; " + piece
			} else {
				out = append(out, cell{value: piece})
			}
			continue
		}
		out = append(out, cell{header: strings.TrimSpace(h), value: strings.TrimSpace(v)})
	}
	return out
}

// fieldNames are the names a header goes by: itself and, when the table
// mappings know it, every synonym of its column role and the words a
// question asks for that role with ("who supplies", "哪家", "why").
func fieldNames(header string) []string {
	return append([]string{header}, synonymIndex()[normHeader(header)]...)
}

// roleAsks are the words a question asks for a role's value with, when it
// does not name the column: they are asked of a record, so they count
// only where the mappings give the header that role.
var roleAsks = map[string][]string{
	"supplier": {"buy", "purchase", "哪家", "谁家", "谁供应", "供应的"},
	"cost":     {"多少钱", "价钱", "价格"},
	"action":   {"fix", "fixed", "repair", "repaired", "怎么修", "如何修", "怎么处理", "如何处理", "修复"},
	"remedy":   {"fix", "fixed", "repair", "怎么修", "如何修", "怎么处理", "如何处理", "修复"},
	"cause":    {"why", "为什么", "为何", "起因"},
}

var (
	synonymsOnce sync.Once
	synonymsOf   map[string][]string
)

// synonymIndex maps each normalised header synonym to all the synonyms of
// the roles it belongs to, and their question words; built once from the
// table mappings.
func synonymIndex() map[string][]string {
	synonymsOnce.Do(func() {
		synonymsOf = map[string][]string{}
		for _, c := range mappings.Columns() {
			for _, s := range c.Synonyms {
				k := normHeader(s)
				synonymsOf[k] = append(synonymsOf[k], c.Synonyms...)
				synonymsOf[k] = append(synonymsOf[k], roleAsks[c.Role]...)
			}
		}
	})
	return synonymsOf
}

func normHeader(h string) string {
	if i := strings.IndexAny(h, "(（"); i > 0 {
		h = h[:i]
	}
	return strings.Join(strings.Fields(strings.ToLower(h)), " ")
}

// namesField reports whether the question names a field by one of names:
// a Chinese name as a substring, an English one word by word, each word
// matching a question word on a common stem ("supplies" names
// "supplier", "mean" names "Meaning").
func namesField(q string, qWords []string, names []string) bool {
	return fieldIn(q, qWords, names, true)
}

// mentionsField reports a passage that names the field anywhere.
func mentionsField(text string, words []string, names []string) bool {
	return fieldIn(text, words, names, false)
}

// fieldIn finds one of names in q; in a question, a name that only
// classifies the code after it does not count.
func fieldIn(q string, qWords []string, names []string, question bool) bool {
	for _, n := range names {
		n = normHeader(n)
		if n == "" {
			continue
		}
		if !isASCII(n) {
			if len([]rune(n)) >= 2 && strings.Contains(q, n) && !(question && classifierZH(q, n)) {
				return true
			}
			continue
		}
		words := strings.Fields(n)
		if len(words) == 1 && len(words[0]) < 3 { // s, o, d, qty codes of a sheet
			continue
		}
		all := true
		for _, w := range words {
			all = all && anyStem(qWords, w)
		}
		if all && !(question && len(words) == 1 && classifierEN(qWords, words[0])) {
			return true
		}
	}
	return false
}

// classifierEN reports a word that only says what kind of thing the code
// after it is ("fault E09", "work order 2346"): it names the key, not the
// field asked for.
func classifierEN(words []string, w string) bool {
	found := false
	for i, x := range words {
		if !sameStem(x, w) {
			continue
		}
		if i+1 >= len(words) || !hasDigit(words[i+1]) {
			return false
		}
		found = true
	}
	return found
}

// classifierZH is classifierEN for a Chinese name ("故障 E06").
func classifierZH(q, n string) bool {
	found := false
	for rest := q; ; {
		i := strings.Index(rest, n)
		if i < 0 {
			return found
		}
		after := strings.TrimLeft(rest[i+len(n):], " ")
		r, _ := utf8.DecodeRuneInString(after)
		if !(r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return false
		}
		found = true
		rest = rest[i+len(n):]
	}
}

func anyStem(words []string, w string) bool {
	for _, x := range words {
		if sameStem(x, w) {
			return true
		}
	}
	return false
}

// sameStem compares two English words on their common prefix.
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	short := min(len(a), len(b))
	// "mean" is all of "meaning"'s start; "supplies" and "supplier" share
	// six letters; "supply" and "supplier" only five, and a power supply
	// is no supplier.
	return n >= 4 && (n == short || n >= 6 && n >= short-2)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func questionWords(q string) []string {
	return strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	})
}

// fieldHit is one row's value for the field the question names.
type fieldHit struct {
	item    retrieval.Item
	subject string
	field   cell
	match   float64
}

// fieldAnswer answers a question that names one field of a record with
// that field's value, when a table row in the evidence is the record the
// question is about.
func fieldAnswer(ev *retrieval.Evidence, lang string) (string, bool) {
	hits := fieldHits(ev)
	if len(hits) == 0 {
		return "", false
	}
	var lines []string
	seen := map[string]bool{}
	for _, h := range hits {
		if h.match < hits[0].match || len(lines) == 3 || seen[h.field.value] {
			continue
		}
		seen[h.field.value] = true
		lines = append(lines, fieldSentence(h, lang, ev.Question.AnswerLang()))
	}
	return strings.Join(lines, "\n"), true
}

func fieldSentence(h fieldHit, lang, _ string) string {
	header, value := withUnit(h.field)
	if lang == "zh" {
		return fmt.Sprintf("%s的%s是%s。 [%d]", h.subject, chineseHeader(header), strings.TrimRight(value, "。."), h.item.N)
	}
	return fmt.Sprintf("The %s of %s is %s. [%d]", lowerHeader(header), h.subject, strings.TrimRight(value, "."), h.item.N)
}

// chineseHeader names an English header by its role's Chinese synonym in
// the table mappings, so a Chinese answer says 供应商, not Supplier.
func chineseHeader(h string) string {
	if !isASCII(h) {
		return h
	}
	for _, s := range synonymIndex()[normHeader(h)] {
		if !isASCII(s) && !isRoleAsk(s) {
			return s
		}
	}
	return h
}

func isRoleAsk(s string) bool {
	for _, words := range roleAsks {
		for _, w := range words {
			if w == s {
				return true
			}
		}
	}
	return false
}

// withUnit moves a unit the header gives in brackets onto a figure: "Unit
// price (CNY): 680" reads "unit price … is 680 CNY".
func withUnit(c cell) (string, string) {
	i := strings.IndexAny(c.header, "(（")
	if i <= 0 || !isNumber(strings.TrimSpace(c.value)) {
		return c.header, c.value
	}
	unit := strings.TrimRight(strings.TrimLeft(c.header[i:], "(（"), ")） ")
	if unit == "" || strings.ContainsAny(unit, "()（）") {
		return c.header, c.value
	}
	return strings.TrimSpace(c.header[:i]), strings.TrimSpace(c.value) + " " + unit
}

func lowerHeader(h string) string {
	if isASCII(h) {
		return strings.ToLower(h)
	}
	return h
}

// fieldHits finds, in the table rows of the evidence, the fields the
// question names whose rows the question is about: its remaining terms
// are mostly among the row's values (headers do not count: every row of
// the sheet has them), and every code or number it names is there.
func fieldHits(ev *retrieval.Evidence) []fieldHit {
	q := contentQuestion(ev)
	lower := strings.ToLower(ev.Question.Text)
	words := questionWords(ev.Question.Text)
	codes := codeTerms(ev)
	var hits []fieldHit
	for _, it := range ev.Items {
		if it.Chunk.Kind != "table_row" {
			continue
		}
		cells := rowCells(it.Chunk.Text)
		if _, spec := specSentence(cells); spec {
			continue // a parameter row reads whole: value, unit and tolerance
		}
		for i, c := range cells {
			if c.header == "" || c.value == "" || !namesField(lower, words, fieldNames(c.header)) {
				continue
			}
			if valueInQuestion(c.value, lower) {
				continue // the question gives this field: it is the key, not the asked value
			}
			rest := withoutFieldTerms(q, c.header)
			if len(rest.Terms) == 0 {
				// every term is common to the evidence ("casing gasket"
				// when all of it is about the gasket): the question's own
				rest = withoutFieldTerms(ev.Question, c.header)
			}
			rest = withoutHeaders(rest, cells) // "work order WO-25-0166": the key's column, not a value
			if len(rest.Terms) == 0 {
				continue
			}
			values := otherValues(cells, i)
			if !codesIn(codes, it.Chunk.Text) {
				continue
			}
			m := share(rest, retrieval.TokenSet(values))
			if m < 0.5 {
				continue
			}
			if namedWhole(cells, i, lower) {
				m += 0.5 // the question names the record by a whole value: "机械密封", "Seal face leakage"
			}
			hits = append(hits, fieldHit{item: it, subject: rowSubject(cells, i, lower), field: c, match: m})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].match > hits[j].match })
	return hits
}

func valueInQuestion(v, lowerQ string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	return len(v) >= 2 && strings.Contains(lowerQ, v)
}

// withoutFieldTerms drops the question terms that name the field itself.
func withoutFieldTerms(q retrieval.Question, header string) retrieval.Question {
	names := retrieval.TokenSet(strings.Join(fieldNames(header), " "))
	var terms []string
	for _, t := range q.Terms {
		if !names[t] && !anyStem(keys(names), t) {
			terms = append(terms, t)
		}
	}
	q.Terms = terms
	return q
}

// withoutHeaders drops the terms that only name a column of the row; a
// term that a value holds too stays.
func withoutHeaders(q retrieval.Question, cells []cell) retrieval.Question {
	var hs, vs strings.Builder
	for _, c := range cells {
		hs.WriteString(c.header + " ")
		vs.WriteString(c.value + " ")
	}
	headers, values := retrieval.TokenSet(hs.String()), retrieval.TokenSet(vs.String())
	var terms []string
	for _, t := range q.Terms {
		if !headers[t] || values[t] {
			terms = append(terms, t)
		}
	}
	q.Terms = terms
	return q
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func otherValues(cells []cell, skip int) string {
	var b strings.Builder
	for i, c := range cells {
		if i != skip {
			b.WriteString(c.value + " ")
		}
	}
	return b.String()
}

// codesIn reports whether every question term holding a digit (a fault
// code, a part number, a figure) is among the values: E03 never answers
// for E07.
func codesIn(terms []string, values string) bool {
	set := retrieval.TokenSet(values)
	for _, t := range terms {
		if hasDigit(t) && !holdsCode(set, t) {
			return false
		}
	}
	return true
}

// holdsCode reports code t in set, alone or as a part of a compound code:
// customers say "the CP200" for the HF-CP200.
func holdsCode(set map[string]bool, t string) bool {
	if set[t] {
		return true
	}
	if isNumber(t) {
		return false // a figure is no part of a code: "20" is not in "2025-03-20"
	}
	for tok := range set {
		if len(tok) > len(t) && strings.Contains(tok, t) {
			for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '/' || r == '_' || r == '.' }) {
				if part == t {
					return true
				}
			}
		}
	}
	return false
}

// codeTerms are the question's codes and figures that a passage must
// hold. Those in a linked entity's own name may be missing ("myCobot 280"
// is "myCobot" in its manual); those that only the question's wording has
// may not ("myCobot 320" is not the 280).
func codeTerms(ev *retrieval.Evidence) []string {
	return memo.get(ev).codes(ev)
}

func computeCodeTerms(ev *retrieval.Evidence) []string {
	named := map[string]bool{}
	for _, l := range ev.Linked {
		for _, t := range retrieval.ContentTerms(l.Surface + " " + l.Entity.Name + " " + strings.Join(l.Entity.Aliases, " ")) {
			named[t] = true
		}
	}
	var out []string
	for _, t := range ev.Question.Terms {
		if hasDigit(t) && !named[t] && !modelNumber(ev, t) {
			out = append(out, t)
		}
	}
	return out
}

// modelNumber reports a bare number that a good part of the evidence
// shares: the model the corpus is about ("myCobot 280"), which its pages
// often leave out, not a figure or a code that singles one passage out.
func modelNumber(ev *retrieval.Evidence, t string) bool {
	if len(ev.Items) == 0 {
		return false
	}
	n := 0
	for _, it := range ev.Items {
		if holdsCode(retrieval.TokenSet(docName(it.Chunk)+" "+it.Chunk.SectionPath()+" "+it.Chunk.Text), t) {
			n++
		}
	}
	if isNumber(t) {
		return 10*n >= 3*len(ev.Items)
	}
	return 2*n >= len(ev.Items) // a code needs more: half the passages
}

// identifiers keeps the codes that name a thing (E07, CP200-SEL-01), not
// bare figures: a reading in the question ("6 mm/s") is not in the fault
// tree that explains it ("vibration above 4.5 mm/s").
func identifiers(codes []string) []string {
	var out []string
	for _, c := range codes {
		if !isNumber(c) {
			out = append(out, c)
		}
	}
	return out
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// namedWhole reports whether a value of the row other than the asked one
// is in the question whole.
func namedWhole(cells []cell, asked int, lowerQ string) bool {
	for i, c := range cells {
		if i != asked && !isNumber(c.value) && len([]rune(c.value)) >= 2 && valueInQuestion(c.value, lowerQ) {
			return true
		}
	}
	return false
}

// rowSubject names the record: the value the question names, else the
// first identifying value of the row.
func rowSubject(cells []cell, asked int, lowerQ string) string {
	for i, c := range cells {
		if i != asked && valueInQuestion(c.value, lowerQ) {
			return c.value
		}
	}
	for i, c := range cells {
		if i == asked || c.value == "" || isNumber(c.value) {
			continue
		}
		return c.value
	}
	return cells[0].value
}

func isNumber(s string) bool {
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r == '.' || r == ',' || r == '-') {
			return false
		}
	}
	return true
}

// rowSentence reads a stored table row as a sentence: a specification row
// as "Parameter: value unit (tolerance)", any other as its first value
// followed by the rest, "Header value" joined with commas.
func rowSentence(c kg.Chunk) string {
	cells := rowCells(c.Text)
	if len(cells) < 2 {
		return c.Text
	}
	if s, ok := specSentence(cells); ok {
		return s
	}
	var rest []string
	for _, x := range cells[1:] {
		if x.header == "" {
			rest = append(rest, x.value)
			continue
		}
		rest = append(rest, x.header+" "+x.value)
	}
	return cells[0].value + " — " + strings.Join(rest, ", ") + "."
}

var (
	specOnce    sync.Once
	specRoleMap map[string]string
)

// specRoles maps the normalised headers of specification tables to their
// column roles; built once from the table mappings.
func specRoles() map[string]string {
	specOnce.Do(func() {
		specRoleMap = map[string]string{}
		for _, col := range mappings.Columns() {
			if col.Kind != "spec" {
				continue
			}
			for _, s := range col.Synonyms {
				if _, ok := specRoleMap[normHeader(s)]; !ok {
					specRoleMap[normHeader(s)] = col.Role
				}
			}
		}
	})
	return specRoleMap
}

// specSentence reads Parameter/Value/Unit/Tolerance rows.
func specSentence(cells []cell) (string, bool) {
	roles := specRoles()
	got := map[string]string{}
	for _, c := range cells {
		if r := roles[normHeader(c.header)]; r != "" && got[r] == "" {
			got[r] = c.value
		}
	}
	if got["parameter"] == "" || got["value"] == "" {
		return "", false
	}
	s := got["parameter"] + ": " + got["value"]
	if u := got["unit"]; u != "" && u != "—" && u != "-" {
		s += " " + u
	}
	if t := got["tolerance"]; t != "" && t != "—" && t != "-" {
		s += " (" + t + ")"
	}
	return s + ".", true
}

// listingOnly reports computed answers that only list what the intent
// suggested (an explosion, a routing, a fault tree, a where-used) rather
// than compute a figure the question asks for.
func listingOnly(ev *retrieval.Evidence) bool {
	for _, c := range ev.Computed {
		if !isListing(c) {
			return false
		}
	}
	return len(ev.Computed) > 0
}

// isListing reports a computed answer that lists a structure rather than
// computing a figure: a roll-up, an FMEA figure or a next step is asked for
// by name, a listing only by intent.
func isListing(c retrieval.Computed) bool {
	switch {
	case c.Kind == "bom" && c.TargetID != "", c.Kind == "fmea", c.Kind == "next":
		return false
	case c.Kind == "table":
		// A whole-table figure runs only on the question's own cues
		// ("how many", "average", "most"): one row's field does not
		// answer it.
		return false
	}
	return true
}

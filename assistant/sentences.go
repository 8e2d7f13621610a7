package assistant

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
	"github.com/kgassist/kgassist/retrieval"
)

// maxSentenceBytes keeps quoted sentences readable; longer ones are cut.
const maxSentenceBytes = 400

// splitSentences splits a passage for quoting. A table row is one
// sentence, read as one: its header labels are what make its values
// meaningful.
func splitSentences(c kg.Chunk) []string { return splitSentencesMin(c, 4) }

// splitSentencesMin splits keeping fragments of at least min tokens: an
// FAQ's answer may be no more than a figure ("70mm", "5V @ 500mA"),
// which its question makes meaningful.
func splitSentencesMin(c kg.Chunk, min int) []string {
	whole := splitWhole(c, min)
	for i, s := range whole {
		whole[i] = Snippet(s, maxSentenceBytes)
	}
	return whole
}

// quoteCandidates are the passage's sentences for quoting, with a run-on
// one (a PDF table flattened to one line of text) read as overlapping
// windows: cutting it at its first 400 bytes would hide the row that
// answers ("… Shaft 2Cr13 stainless steel …" near its end).
func quoteCandidates(c kg.Chunk) []string {
	var out []string
	whole := splitWhole(c, 4)
	for i, s := range whole {
		if gluedLabels(s) {
			continue // a diagram's labels run together, no sentence to quote
		}
		if i > 0 && pointsBackFigure.MatchString(s) && len(whole[i-1])+1+len(s) <= maxSentenceBytes {
			continue // quoted only with the sentence it points back to
		}
		if i+1 < len(whole) && followsFrom.MatchString(whole[i+1]) && len(s)+1+len(whole[i+1]) <= maxSentenceBytes {
			continue // quoted only with what was done about it
		}
		if len(s) <= maxSentenceBytes || c.Kind == "table_row" {
			cut := Snippet(s, maxSentenceBytes)
			out = append(out, cut)
			if c.Kind == "table_row" && len(s) > maxSentenceBytes {
				out = append(out, rowCellQuotes(c, cut)...)
			}
			continue
		}
		out = append(out, sentenceWindows(s)...)
	}
	return append(out, pointedBack(whole)...)
}

// pointsBack opens a sentence that says its answer of what the sentence
// before names: "Plug the LED cable into the GPIO connector … These are
// the second and third pins … - pins number 4 and 6."
// So does one that gives its figure by pointing back: "Our Prusa i3 Mk3
// takes a similar time" after "… produces similar results in about 10
// hours".
// So does one that says what was done about it (see followsFrom).
var pointsBack = regexp.MustCompile(`^(?:These|Those|They) (?:are|go)\b|^(?:This|That|It) (?:is|goes)\b|` + followsFrom.String() + `|` + pointsBackFigure.String())

// followsFrom opens what was done about the sentence before: "… I was not
// happy with the clearance. Thus, I cut a notch in the goRail". The
// sentence before is quoted only with it: alone it tells the trouble and
// stops.
var followsFrom = regexp.MustCompile(`^(?:Thus|So|Therefore|Hence|As a result|For this reason|Because of this),? |^(?:因此|所以|于是|为此)`)

// pointsBackFigure gives its figure only by pointing back, so it is no
// quote alone.
var pointsBackFigure = regexp.MustCompile(`(?i)\b(?:a|the) (?:similar|same|comparable) (?:time|amount|duration)\b|同样的时间|差不多的时间`)

// pointedBack are the sentences that point back, each joined to the one
// before it: alone, the answer shares none of the question's words, and
// the sentence before states nothing asked.
func pointedBack(sentences []string) []string {
	var out []string
	for i := 1; i < len(sentences); i++ {
		joined := sentences[i-1] + " " + sentences[i]
		if pointsBack.MatchString(sentences[i]) && len(joined) <= maxSentenceBytes {
			out = append(out, joined)
		}
	}
	return out
}

// windowBytes is a window's length and windowStep how far the next one
// starts: every stretch of windowStep bytes lies whole in some window.
const (
	windowBytes = 240
	windowStep  = 120
)

// sentenceWindows cuts s at word boundaries into windows that overlap by
// half, each marked "…" where it continues.
func sentenceWindows(s string) []string {
	words := strings.Fields(s)
	var out []string
	for start := 0; start < len(words); {
		n, end := 0, start
		for end < len(words) && (end == start || n+len(words[end])+1 <= windowBytes) {
			n += len(words[end]) + 1
			end++
		}
		w := strings.Join(words[start:end], " ")
		if start > 0 {
			w = "…" + w
		}
		if end < len(words) {
			w += "…"
		}
		out = append(out, w)
		if end == len(words) {
			break
		}
		// The next window starts windowStep bytes in.
		next, m := start, 0
		for next < end-1 && m < windowStep {
			m += len(words[next]) + 1
			next++
		}
		start = max(next, start+1)
	}
	return out
}

// splitWhole splits a passage into sentences without cutting them.
func splitWhole(c kg.Chunk, min int) []string {
	if c.Kind == "table_row" {
		return []string{quotable(rowSentence(c))}
	}
	var out []string
	var b strings.Builder
	lead := "" // the label a run of clauses shares (see clauseLead)
	flush := func() {
		s := strings.TrimSpace(quotable(b.String()))
		b.Reset()
		s = withClauseLead(s, &lead)
		// A heading-like fragment ("myCobot 280 M5") states nothing, nor
		// does a list number left by the split ("2.").
		if toks := textseg.Tokens(s); (len(toks) >= min || labelledFigure(s)) && !(len(toks) == 1 && isNumber(toks[0])) {
			out = append(out, strings.Join(strings.Fields(s), " "))
		}
	}
	rs := []rune(c.Text)
	for i, r := range rs {
		switch {
		case r == '\n':
			flush()
			lead = ""
		case r == '；':
			b.WriteRune(r)
			flush()
		case r == '。' || r == '！' || r == '？':
			b.WriteRune(r)
			flush()
			lead = ""
		case (r == '.' || r == '!' || r == '?') && (i+1 == len(rs) || rs[i+1] == ' ' || rs[i+1] == '\n'):
			b.WriteRune(r)
			if r == '.' && i+1 < len(rs) && rs[i+1] == ' ' && endsInAbbreviation(b.String()) {
				continue
			}
			flush()
		default:
			b.WriteRune(r)
		}
	}
	flush()
	return out
}

// withClauseLead gives a clause of a labelled run ("标准维修工时：更换机械密封
// 2.5 h；更换轴承 4 h；…") the label its first clause opened with, so the
// bearing's 4 h is quoted as a standard repair time and not a bare figure.
// A clause ending in "；" that opens with a label sets *lead for the next.
func withClauseLead(s string, lead *string) string {
	if *lead != "" && s != "" {
		s = *lead + s
	} else if i := strings.IndexAny(s, ":："); i > 0 && strings.HasSuffix(s, "；") {
		*lead = s[:i+len(string([]rune(s[i:])[0]))]
	}
	if !strings.HasSuffix(s, "；") {
		*lead = ""
	}
	return s
}

// reLabelled is a "Label: value" line whose value carries a figure with
// its unit ("Outer diameter: 34mm", "焦距：50mm"): a data sheet's whole
// statement, however short.
var reLabelled = regexp.MustCompile(`^[\p{L}][\p{L}\p{N} ()/\-]{1,40}[:：]\s*[^\s:：]*\d+(?:\.\d+)?\s*[\p{L}°%Ω][^:：]*$`)

func labelledFigure(s string) bool { return reLabelled.MatchString(s) }

// labelNamesAll reports a "Label: value" line whose label holds every
// term of the question: the value is what was asked ("which fuse for the
// supply": "Recommended supply fuse: 25 A"), where a sentence that holds
// the same words apart ("the supply is on … the control fuse") tells of
// something else.
func labelNamesAll(q retrieval.Question, s string) bool {
	label, _, ok := strings.Cut(s, ":")
	if !ok || !labelledFigure(s) || len(q.Terms) < 2 {
		return false
	}
	return q.Covered(retrieval.TokenSet(label)) == len(q.Terms)
}

// labelIsAskedName reports a labelled figure whose label is the name the
// documents give what the question asks in everyday words: asked "what
// fuse should the electrician fit", "Recommended supply fuse: 25 A" is the
// manual's line for it, as the paraphrase table says. The label's last
// word must be the thing the question asks about (a fuse): "Power Input"
// names the input, not the power supply asked for, which may be another.
func labelIsAskedName(q retrieval.Question, s string) bool {
	label, _, ok := strings.Cut(s, ":")
	if !ok || !labelledFigure(s) {
		return false
	}
	label = strings.ToLower(strings.TrimSpace(label))
	words := retrieval.ContentTerms(label)
	if len(words) < 2 || !asksAbout(q, words[len(words)-1]) {
		return false
	}
	question := q.Text
	for _, f := range retrieval.ParaphrasedForms(question) {
		if f.Intent != retrieval.Specification {
			continue
		}
		for _, n := range f.Named {
			if strings.ToLower(n) == label {
				return true
			}
		}
	}
	return false
}

// asksAbout reports a word the question holds, in its own language or
// through the glossary (保险丝 is a fuse).
func asksAbout(q retrieval.Question, word string) bool {
	if slices.Contains(q.Terms, word) {
		return true
	}
	for _, forms := range q.Alts {
		if slices.ContainsFunc(forms, func(f []string) bool { return len(f) == 1 && f[0] == word }) {
			return true
		}
	}
	return false
}

// lineHead is the first word of the sentence before s in text: a list
// keyed by code ("E09 参数存储错误：EEPROM 校验失败。同时按住复位和停止键
// 10 秒恢复出厂参数。") names the code once, at the head of its entry, and
// the sentence after the head is about it too.
func lineHead(text, s string) string {
	i := strings.Index(text, s)
	if i < 0 {
		return ""
	}
	before := strings.TrimRightFunc(strings.TrimSpace(text[:i]), isSentenceEnd)
	start := 0
	if r := lastSentenceEnd(before); r >= 0 {
		_, size := utf8.DecodeRuneInString(before[r:])
		start = r + size
	}
	head, _, _ := strings.Cut(strings.TrimSpace(before[start:]), " ")
	return head
}

// stepSoFar is the text of the numbered step s is in, up to s:
// "Step 1: Heat the bearing 6308 C3 … to 100 °C. Never heat a bearing
// above 110 °C." says the second sentence of the 6308's step too.
func stepSoFar(text, s string) string {
	i := strings.Index(text, s)
	if i < 0 {
		return ""
	}
	before := text[strings.LastIndex(text[:i], "\n")+1 : i]
	locs := reStepStart.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return "" // a paragraph's other sentences are about other things
	}
	return before[locs[len(locs)-1][0]:]
}

var reStepStart = regexp.MustCompile(`(?i)\b(?:step|operation)\s*\d+\s*[:：.]|步骤\s*\d+\s*[:：]|第\s*\d+\s*步`)

func isSentenceEnd(r rune) bool { return strings.ContainsRune(".!?。！？；;\n", r) }

// abbreviations that point on to a named thing end in a full stop within
// a sentence: "a 50mm lens, e.g. ThorLabs AC127-050-A" names the part
// after it, and cut there the quote would stop short of what it gives.
// What follows "i.e." restates the clause before, which stands alone.
var abbreviations = []string{"e.g.", "eg.", "i.e.", "ie.", "vs.", "cf.", "approx.", "incl.", "fig.", "ca."}

// endsInAbbreviation reports text whose last word is an abbreviation.
func endsInAbbreviation(text string) bool {
	i := strings.LastIndexAny(text, " (\t")
	last := strings.ToLower(text[i+1:])
	for _, a := range abbreviations {
		if last == a {
			return true
		}
	}
	return false
}

// specTitle is, once per document, a part page's title where it states
// the part's size or rating ("Viton O ring, 30mm inner diameter, 2mm cross
// section", "60 Ohm resistor"): the page's sentences then say "this
// resistor", and only the title answers what it is.
func specTitle(c kg.Chunk, seen map[string]bool) []string {
	t := strings.TrimSpace(c.DocTitle)
	if t == "" || seen[c.DocumentID] || !titleSpec.MatchString(t) {
		return nil
	}
	seen[c.DocumentID] = true
	return []string{t}
}

var titleSpec = regexp.MustCompile(`(?i)\d+(?:\.\d+)?\s?(?:mm|cm|ohms?|Ω|kΩ|v|a|w|kw|g|kg|mah|n·m|nm|mpa|bar)\b`)

// gluedLabels reports text pulled from a drawing, its labels run
// together without spaces ("XY TableY actuatorhousingZ actuator
// housingX"): words that end in a capital stuck to the next label's
// first letter. Quoted, it reads as noise.
func gluedLabels(s string) bool {
	return len(reGluedLabel.FindAllString(s, 3)) >= 3
}

var reGluedLabel = regexp.MustCompile(`\p{Ll}{3,}\p{Lu}\b`)

// listItemLead is the text before s on its list item's line, where s is a
// labelled sentence inside the item ("5. Check the coupling alignment
// after the pipes are connected. Permitted misalignment: radial offset at
// most 0.10 mm"): the item's lead says what the label's figure is of.
func listItemLead(text, s string) string {
	if !reLabelOpens.MatchString(s) {
		return ""
	}
	i := strings.Index(text, s)
	if i <= 0 {
		return ""
	}
	line := text[:i]
	if j := strings.LastIndexByte(line, '\n'); j >= 0 {
		line = line[j+1:]
	}
	if !reListMarker.MatchString(line) {
		return ""
	}
	return line
}

var (
	reLabelOpens = regexp.MustCompile(`^\p{Lu}[\p{L} -]{2,40}[:：]\s`)
	reListMarker = regexp.MustCompile(`^\s*(?:\d{1,2}[.)]|[-*•])\s`)
)

// maxNameCells bounds the cells that name a long row in its cell quotes.
const maxNameCells = 3

// minProseWords is the fewest words of a cell that says something in
// words (an effect, a cause, an action), not a name or a figure.
const minProseWords = 5

// rowCellQuotes quotes a row too long to quote whole a cell at a time:
// the cells that name it, then one cell that says something in words,
// where the row's quote cut holds none of it. An FMEA row's recommended
// action ("Inspect oil tank breather … on 125 hour service") comes last,
// past where the whole row is cut.
func rowCellQuotes(c kg.Chunk, cut string) []string {
	cells := rowCells(c.Text)
	var names []string
	i := 0
	for ; i < len(cells) && len(names) < maxNameCells; i++ {
		if proseCell(cells[i].value) {
			break
		}
		if cells[i].value != "" && !positionCell(cells[i]) {
			names = append(names, cells[i].value)
		}
	}
	if len(names) == 0 {
		return nil
	}
	var out []string
	for _, x := range cells[i:] {
		if x.header == "" || !proseCell(x.value) || extract.NullValue(x.value) || strings.Contains(cut, headOf(x.value)) {
			continue
		}
		out = append(out, Snippet(strings.Join(names, ", ")+" — "+x.header+": "+strings.TrimSuffix(x.value, ".")+".", maxSentenceBytes))
	}
	return out
}

// proseCell reports a cell that says something in words: five words, or
// in Chinese five character pairs.
func proseCell(v string) bool {
	return len(textseg.Tokens(v)) >= minProseWords
}

// headOf is the first few words of a value, enough to find it again.
func headOf(v string) string {
	if r := []rune(v); len(r) > 24 {
		return string(r[:24])
	}
	return v
}

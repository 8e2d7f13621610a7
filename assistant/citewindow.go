package assistant

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg/textseg"
)

// maxCiteSnippet bounds the passage text a citation shows.
const maxCiteSnippet = 360

// citedSnippet is the part of a cited passage that shows what the answer
// says with the citation's marker. A passage's first bytes are often not
// it: the value of a long FMEA row sits at its end, a flattened data sheet
// names the shaft material in its last line. The snippet is the passage's
// own text, at most two pieces of it, in the passage's order, so a reader
// checking "RPN 18" finds 18 where the row states it.
func citedSnippet(text, statement string) string {
	text = strings.Join(strings.Fields(text), " ")
	if len(text) <= maxCiteSnippet {
		return text
	}
	want := statementTerms(statement)
	toks := passageTokens(text)
	if len(want) == 0 || len(toks) == 0 {
		return Snippet(text, maxCiteSnippet)
	}
	first, got := bestWindow(text, toks, want, nil, maxCiteSnippet*2/3)
	if first.score(toks, want, nil) == 0 {
		return Snippet(text, maxCiteSnippet)
	}
	// The first piece grows to the whole budget unless a second piece
	// shows something of the statement the first one lacks.
	second, _ := bestWindow(text, toks, want, got, maxCiteSnippet-first.len()-len(" … "))
	if second.score(toks, want, got) == 0 || second.overlaps(first) {
		first, _ = bestWindow(text, toks, want, nil, maxCiteSnippet)
		return first.show(text)
	}
	if second.from < first.from {
		first, second = second, first
	}
	return joinPieces(text, first, second)
}

// span is a byte range of a passage.
type span struct{ from, to int }

func (s span) len() int                { return s.to - s.from }
func (s span) overlaps(o span) bool    { return s.from < o.to && o.from < s.to }
func (s span) show(text string) string { return ellipsed(text, s) }

// score is the weight of the statement's terms the span holds, each
// counted once, less those already shown.
func (s span) score(toks []posToken, want map[string]float64, shown map[string]bool) float64 {
	seen := map[string]bool{}
	total := 0.0
	for _, t := range toks {
		if t.from < s.from || t.to > s.to || seen[t.tok] || shown[t.tok] {
			continue
		}
		if w, ok := want[t.tok]; ok {
			seen[t.tok] = true
			total += w
		}
	}
	return total
}

// bestWindow finds the span of at most size bytes holding the most of
// the statement, starting at a token the statement uses or at the start
// of a field or sentence just before it, and returns what it shows.
func bestWindow(text string, toks []posToken, want map[string]float64, shown map[string]bool, size int) (span, map[string]bool) {
	best, bestScore := span{0, min(size, len(text))}, -1.0
	for _, t := range toks {
		if _, ok := want[t.tok]; !ok || shown[t.tok] {
			continue
		}
		from := fieldStart(text, t.from, size/4)
		s := span{from, min(len(text), from+size)}
		s.to = wordEnd(text, s.to)
		if sc := s.score(toks, want, shown); sc > bestScore {
			best, bestScore = s, sc
		}
	}
	got := map[string]bool{}
	for k := range shown {
		got[k] = true
	}
	for _, t := range toks {
		if t.from >= best.from && t.to <= best.to {
			if _, ok := want[t.tok]; ok {
				got[t.tok] = true
			}
		}
	}
	return best, got
}

// fieldStart moves a window's start back to the field or sentence the
// token is in ("RPN: 18" rather than "18"), by at most back bytes.
func fieldStart(text string, at, back int) int {
	for i := at; i > max(0, at-back); i-- {
		if i >= 2 && text[i-1] == ' ' && strings.IndexByte(";.!?", text[i-2]) >= 0 {
			return i
		}
		if strings.HasSuffix(text[:i], "。") || strings.HasSuffix(text[:i], "；") {
			return i
		}
	}
	return at
}

// wordEnd moves a cut back so it does not split a word or a character.
func wordEnd(text string, to int) int {
	if to >= len(text) {
		return len(text)
	}
	for to > 0 && !utf8.RuneStart(text[to]) {
		to--
	}
	for i := to; i > to-24 && i > 0; i-- {
		if text[i] == ' ' {
			return i
		}
	}
	return to
}

func ellipsed(text string, s span) string {
	out := strings.TrimSpace(text[s.from:s.to])
	if s.from > 0 {
		out = "…" + out
	}
	if s.to < len(text) {
		out += "…"
	}
	return out
}

func joinPieces(text string, a, b span) string {
	if b.from <= a.to+1 {
		return ellipsed(text, span{a.from, b.to})
	}
	left := ellipsed(text, a)
	right := ellipsed(text, b)
	return strings.TrimSuffix(left, "…") + " … " + strings.TrimPrefix(right, "…")
}

// posToken is a passage token and where it is.
type posToken struct {
	tok      string
	from, to int
}

// passageTokens lists the words, numbers and Chinese character pairs of
// text with their byte ranges, lower-cased as the statement's are.
func passageTokens(text string) []posToken {
	var out []posToken
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := strings.TrimRight(strings.ToLower(text[start:end]), ".-_")
			if w != "" {
				out = append(out, posToken{w, start, start + len(w)})
			}
			start = -1
		}
	}
	prevCJK := -1
	for i, r := range text {
		switch {
		case textseg.IsCJK(r):
			flush(i)
			if prevCJK >= 0 {
				out = append(out, posToken{text[prevCJK : i+utf8.RuneLen(r)], prevCJK, i + utf8.RuneLen(r)})
			}
			prevCJK = i
			continue
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			if start < 0 {
				start = i
			}
		case (r == '.' || r == '-' || r == '_') && start >= 0:
		default:
			flush(i)
		}
		prevCJK = -1
	}
	flush(len(text))
	return out
}

// statementTerms weighs what a statement says: a figure is what a reader
// checks first, so numbers count most; short words count for nothing.
func statementTerms(statement string) map[string]float64 {
	want := map[string]float64{}
	for _, t := range passageTokens(statement) {
		r, _ := utf8.DecodeRuneInString(t.tok)
		switch {
		case unicode.IsDigit(r):
			want[t.tok] = 3
		case textseg.IsCJK(r):
			want[t.tok] = 1
		case len(t.tok) >= 3 && !stopword(t.tok):
			want[t.tok] = 1
		}
	}
	return want
}

func stopword(w string) bool {
	switch w {
	case "the", "and", "for", "with", "from", "that", "this", "are", "has", "have", "its", "was", "were", "not", "document", "glossary":
		return true
	}
	return false
}

// markerStatements maps each marker number to what the answer says with
// it: on each line, the text between the previous run of markers and its
// own, or the whole line when nothing stands before it.
func markerStatements(text string) map[int]string {
	out := map[int]string{}
	for _, line := range strings.Split(text, "\n") {
		from := 0
		for _, run := range markerRuns(line) {
			said := strings.TrimSpace(line[from:run[0]])
			if said == "" {
				said = line
			}
			for _, m := range citeMarker.FindAllStringSubmatch(line[run[0]:run[1]], -1) {
				n, _ := strconv.Atoi(m[1])
				out[n] += said + " "
			}
			from = run[1]
		}
	}
	return out
}

// markerRuns are the byte ranges of adjacent markers ("[1][3]").
func markerRuns(line string) [][2]int {
	var runs [][2]int
	for _, loc := range citeMarker.FindAllStringIndex(line, -1) {
		if n := len(runs); n > 0 && strings.TrimSpace(line[runs[n-1][1]:loc[0]]) == "" {
			runs[n-1][1] = loc[1]
			continue
		}
		runs = append(runs, [2]int{loc[0], loc[1]})
	}
	return runs
}

// withoutRepeatedWindows drops a window of a run-on line (a flattened
// table) whose asked figures a whole sentence in the asker's language,
// also quoted, already gives: the sentence reads as an answer, the window
// repeats it among the figures of other rows.
func withoutRepeatedWindows(picked []scored, own func(scored) bool, attr, question string) []scored {
	type given struct {
		figs  []string
		ratio float64
	}
	var sentences []given
	for _, s := range picked {
		if own(s) && readsAsSentence(s.text) {
			if figs := figuresOf(attr, leadFigures(s.text, question)); len(figs) > 0 {
				sentences = append(sentences, given{figs, s.ratio})
			}
		}
	}
	if len(sentences) == 0 {
		return picked
	}
	out := picked[:0:0]
	for _, s := range picked {
		// The window goes only where the sentence says as much of the
		// question: "flow and head" answered by a sentence with the flow
		// alone keeps the row that has the head.
		repeats := func(g given) bool { return g.ratio >= s.ratio && holdsFigures(s.text, g.figs) }
		if isWindow(s.text) && slices.ContainsFunc(sentences, repeats) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// holdsFigures reports every figure of figs written in text, spaces aside.
func holdsFigures(text string, figs []string) bool {
	flat := strings.ReplaceAll(text, " ", "")
	for _, f := range figs {
		if !containsFigure(flat, strings.ReplaceAll(f, " ", "")) {
			return false
		}
	}
	return true
}

// containsFigure finds fig in text where no digit runs on before it:
// "80V" is not in "380V".
func containsFigure(text, fig string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], fig)
		if i < 0 {
			return false
		}
		at := from + i
		if at == 0 || !strings.ContainsRune("0123456789.,", rune(text[at-1])) {
			return true
		}
		from = at + 1
	}
}

// readsAsSentence tells a sentence from a table flattened into one line
// ("Flow (m³/h) Head (m) … 0 38.0 0 1.9 — 10 37.4 …"), which ends like a
// sentence but reads like neither.
func readsAsSentence(s string) bool {
	const maxRunes, maxNumbers = 240, 6
	return utf8.RuneCountInString(s) <= maxRunes && len(reNumber.FindAllString(s, maxNumbers+1)) <= maxNumbers
}

var reNumber = regexp.MustCompile(`\d+(?:[.,]\d+)?`)

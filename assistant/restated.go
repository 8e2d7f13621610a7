package assistant

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A stated fact ("Rated voltage of HF-CP200: 380 V ±10% [1][2]") is often
// followed by the passage it came from ("Rated voltage: 380 V ±10%,
// three-phase. [1]"), which says the value a second time. The passage is
// folded into the fact's line: what it adds after the value ends the line,
// and its citation joins the line's.

// factLine splits one rendered fact line into its label ("Rated voltage of
// HF-CP200"), the separator, its value and its citation markers.
var factLine = regexp.MustCompile(`^(.+?)(: |：)(.+?) ((?:\[\d+\])+)$`)

// trailingMarks are the citation markers that end a sentence.
var trailingMarks = regexp.MustCompile(`\s*((?:\[\d+\])+)\s*$`)

// maxFoldedTail bounds what a folded passage may add after the value: a
// qualifier ("three-phase", "at 380 V"), not a second statement.
const maxFoldedTail = 60

// foldRestatement returns facts with sentence folded into the fact line
// it restates, and whether it folded: a sentence that opens with a part
// of the line's label and then gives the line's value.
func foldRestatement(facts, sentence string) (string, bool) {
	lines := strings.Split(facts, "\n")
	for i, line := range lines {
		if folded, ok := foldInto(line, sentence); ok {
			lines[i] = folded
			return strings.Join(lines, "\n"), true
		}
	}
	return facts, false
}

func foldInto(line, sentence string) (string, bool) {
	facts := line
	f := factLine.FindStringSubmatch(facts)
	m := trailingMarks.FindStringSubmatchIndex(sentence)
	if f == nil || m == nil {
		return facts, false
	}
	label, sep, value, factMarks := f[1], f[2], f[3], f[4]
	body, sentMarks := sentence[:m[0]], sentence[m[2]:m[3]]
	stated := statedPart(body, value)
	if stated == "" {
		return facts, false
	}
	at := strings.Index(body, stated)
	lead := strings.TrimRight(body[:at], " :：")
	if lead == "" || !strings.Contains(strings.ToLower(label), strings.ToLower(lead)) {
		return facts, false // the sentence says whose value it is in other words
	}
	tail := strings.TrimSpace(body[at+len(stated):])
	if utf8.RuneCountInString(tail) > maxFoldedTail || strings.Contains(tail, "…") || strings.ContainsAny(strings.TrimRight(tail, ".。"), ".。;；") {
		return facts, false
	}
	if core := strings.Trim(tail, " ()（）.。,，"); core != "" && strings.Contains(value, core) {
		tail = "" // "38 m (±5%)." restates the fact's "38 m ±5%"
	}
	if stated != value && startsWithFigure.MatchString(strings.TrimLeft(tail, " (（")) {
		return facts, false // "14.8 A ±10%" against the fact's "14.8 A ±5%"
	}
	if tail != "" && !strings.HasPrefix(tail, ",") && !strings.HasPrefix(tail, "，") && !strings.HasPrefix(tail, "(") && !strings.HasPrefix(tail, "（") {
		tail = " " + tail
	}
	return label + sep + value + tail + " " + joinMarks(factMarks, sentMarks), true
}

// joinMarks is a's markers followed by those of b that a lacks.
func joinMarks(a, b string) string {
	for _, mk := range reMarker.FindAllString(b, -1) {
		if !strings.Contains(a, mk) {
			a += mk
		}
	}
	return a
}

// statedPart is the part of value that body states: all of it, or its
// first figure with its unit ("14.8 A" of "14.8 A ±5%"), or "".
func statedPart(body, value string) string {
	if strings.Contains(body, value) {
		return value
	}
	if fig := reLeadFigure.FindString(value); fig != "" && strings.HasPrefix(value, fig) && strings.Contains(body, fig) {
		return fig
	}
	return ""
}

var startsWithFigure = regexp.MustCompile(`^[±+\-−]?\d`)

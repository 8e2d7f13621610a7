package assistant

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// A question that asks how much of something (多少度每秒, how far, how
// heavy) is answered by a figure. Quoted sentences that hold none talk
// about the thing ("the joint speed is abnormal") and do not answer it.

var (
	asksFigure = regexp.MustCompile(`(?i)\bhow (?:much|many|far|fast|heavy|long|wide|big|high|low|hot|cold|deep|tall|thick|large|small|often|accurate|accurately)\b|多少|多大|多重|多长|多远|多高|多宽|多深|多快|多久|几个|几度`)
	// A time in words is a figure too: "两年", "Two years".
	figure = regexp.MustCompile(`(?i)\d|[一二三四五六七八九十两半][个种次度米倍只根颗条级轴年周天]|[一二三四五六七八九十两半]个?(?:月|小时|分钟)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b`)
	// acronym is an attribute's short upper-case name (IP, NPSH): the
	// attribute is that one only where the acronym stands.
	acronym = regexp.MustCompile(`\b[A-Z]{2,5}\b`)
)

// withFigures keeps the sentences that state a figure, for a question
// about a specification that asks for one and that no stated fact
// answers; the others are returned as they are.
func withFigures(ev *retrieval.Evidence, stated bool, sentences []string) []string {
	if stated || !figureAnswered(ev) {
		return sentences
	}
	var out []string
	for _, s := range sentences {
		if statesFigure(ev, s) {
			out = append(out, s)
		}
	}
	return out
}

// figureAnswered reports a question that only a figure answers (see
// withFigures): a sentence without one that shares its words ("the
// fingers open and close") must not set the bar the figure's row is
// held to, since it is dropped at the end.
func figureAnswered(ev *retrieval.Evidence) bool {
	return ev.Question.Intent == retrieval.Specification && asksFigure.MatchString(ev.Question.Text)
}

// namesCommonTerms reports text naming half of the question's terms that
// scoring leaves out as common to the passages: they are common because
// the passages are about them, and a figure from a document about
// something else (a base plate's weight for the assembled microscope's)
// answers nothing asked.
func namesCommonTerms(ev *retrieval.Evidence, scored retrieval.Question, text string) bool {
	return namesCommonTermsSets(ev, scored, text, nil)
}

// namesCommonTermsSets is namesCommonTerms reading the text's tokens from
// sets and the common terms from the evidence's memo: it is asked of
// every sentence.
func namesCommonTermsSets(ev *retrieval.Evidence, scored retrieval.Question, text string, sets tokenSets) bool {
	left := ev.Question
	left.Terms = nil
	common := memo.get(ev).common(ev)
	for _, t := range ev.Question.Terms {
		if common[t] && !slices.Contains(scored.Terms, t) && !productTerm(ev, t) {
			left.Terms = append(left.Terms, t)
		}
	}
	return len(left.Terms) == 0 || share(left, sets.of(text)) >= 0.5
}

// statesFigure reports a figure in s other than the question's own.
func statesFigure(ev *retrieval.Evidence, s string) bool {
	return figure.MatchString(withoutNamed(ev.Question, stripCites(s)))
}

// withoutNamed is s without the question's own words that hold digits:
// the 280 of "myCobot 280" names the product, it measures nothing.
func withoutNamed(q retrieval.Question, s string) string {
	lower := strings.ToLower(s)
	for _, t := range q.Terms {
		if strings.ContainsAny(t, "0123456789") {
			lower = strings.ReplaceAll(lower, t, " ")
		}
	}
	return lower
}

// stripCites is s without its [n] markers, which are figures of no
// statement.
func stripCites(s string) string { return citeMarker.ReplaceAllString(s, "") }

// holdsAcronyms reports whether text holds every acronym the attribute is
// named by: "Baud rate" is no IP rating.
func holdsAcronyms(attribute, text string) bool {
	for _, a := range acronym.FindAllString(attribute, -1) {
		if !strings.Contains(text, a) {
			return false
		}
	}
	return true
}

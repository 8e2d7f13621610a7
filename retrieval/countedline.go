package retrieval

import (
	"regexp"
	"strings"
)

// A parts list answers "how many M3 washers" in one line that opens with
// the count ("8x M3 stainless steel washer"). Such a list names neither
// the product nor the asking words, so the passages that name the
// product everywhere else (its README, the washer's own page) fill the
// budget before it. The best list passages past the budget with a
// counted line naming the asked item are kept too, up to countedLists.
const countedLists = 2

var (
	// countedListLine opens with a count, a range of counts or a count
	// with its "x": "8x", "3-14x", "2 x", "6×".
	countedListLine = regexp.MustCompile(`^\s*(?:[-*•]\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*[x×]\s*\S`)
	asksHowMany     = regexp.MustCompile(`(?i)\bhow\s+many\b|多少|几[个根颗件种套只片]`)
)

// reserveCountedLines marks as reserved, for a question asking how many,
// the passages past the first maxItems whose counted line names at least
// two of the question's terms.
func reserveCountedLines(q Question, f *fusion, maxItems int) {
	if !asksHowMany.MatchString(q.Text) || len(q.Terms) < 2 {
		return
	}
	ranked := rankedCandidates(f)
	added := 0
	for _, c := range ranked[min(maxItems, len(ranked)):] {
		if added == countedLists {
			return
		}
		if !c.forced && !c.reserved && countsNamed(q, c.chunk.Text) {
			c.reserved = true
			added++
		}
	}
}

// countsNamed reports a passage with a counted line naming what the
// question counts.
func countsNamed(q Question, text string) bool {
	for _, line := range strings.Split(text, "\n") {
		if _, ok := CountedLineNames(q, line); ok {
			return true
		}
	}
	return false
}

// wholeWords say the count is of the whole build, not what is counted.
var wholeWords = ContentTerms("total build whole need needs take takes altogether overall complete entire")

// CountedLineNames is how many of the question's terms a counted list
// line holds, and whether they name what the question counts: two of
// them, or the one the question names beside its words of asking
// ("how many washers in total for the build").
func CountedLineNames(q Question, line string) (int, bool) {
	if !countedListLine.MatchString(line) {
		return 0, false
	}
	have, n := TokenSet(line), 0
	for _, t := range q.Terms {
		if have[t] {
			n++
		}
	}
	named := without(q.Terms, append(bomWords, wholeWords...))
	return n, n >= min(2, len(named)) && n > 0
}

// CountedListLine reports a line of a parts list that opens with its
// count.
func CountedListLine(line string) bool { return countedListLine.MatchString(line) }

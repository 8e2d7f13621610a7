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
	// bareCountLine opens with a count and the thing counted, without the
	// "x": "3 28BYJ-48 micro geared stepper motors", "6 M4x6mm screws".
	bareCountLine = regexp.MustCompile(`^\s*(?:[-*•]\s*)?\d{1,3}\s+(\S+)`)
	// unitWord is a unit after a figure: "5 mm" states a size, not a count.
	unitWord    = regexp.MustCompile(`(?i)^(?:mm|cm|m|km|in|ft|v|a|ma|w|kw|kg|g|h|hr|hrs|hours?|min|mins|minutes?|s|sec|seconds?|hz|rpm|%|°c?|n|nm|n·m|mpa|bar|psi|ω|ohms?|days?|weeks?|months?|years?)[.,;:)]?$`)
	asksHowMany = regexp.MustCompile(`(?i)\bhow\s+many\b|多少|几[个根颗件种套只片]`)
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
	if !CountedListLine(line) {
		return 0, false
	}
	have, n := TokenSet(line), 0
	for _, t := range q.Terms {
		one := q
		one.Terms = []string{t}
		if one.Covered(have) == 1 {
			n++ // "步进电机" counts "stepper motors"
		}
	}
	named := without(q.Terms, append(bomWords, wholeWords...))
	return n, n >= min(2, len(named)) && n > 0
}

// CountedListLine reports a line of a parts list that opens with its
// count.
func CountedListLine(line string) bool {
	if countedListLine.MatchString(line) {
		return true
	}
	m := bareCountLine.FindStringSubmatch(line)
	return m != nil && !unitWord.MatchString(m[1])
}

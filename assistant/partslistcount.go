package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// "执行器装配一共要几个 M3 垫圈" asks the total a job takes, which the
// job's parts list gives in one line ("6x M3 stainless steel washers")
// under its guide's title; a step saying "thread two washers onto the
// screw" counts one screw's.

var (
	partsHeading = regexp.MustCompile(`(?i)^\s*(?:parts|components|materials|bill of materials|parts list|零件|零件清单|物料|物料清单|材料清单)\s*:?\s*$`)
	countedLine  = regexp.MustCompile(`^\s*\d{1,3}\s*[x×]?\s+\S`)
)

// asksTotalCount reports a question for how many in all.
func asksTotalCount(question string) bool {
	return asksHowMany(question) && reTotal.MatchString(question)
}

// listsParts reports a passage that is a guide's list of parts.
func listsParts(c kg.Chunk) bool {
	return len(c.Section) > 0 && partsHeading.MatchString(c.Section[len(c.Section)-1])
}

// partsListSection is the section words of a parts list with its guide's
// title before them, for a question asking a total: the list is the
// job's, whose name only the title gives ("Actuator assembly").
func partsListSection(total bool, c kg.Chunk, section string) string {
	if !total || !listsParts(c) {
		return section
	}
	return strings.TrimSpace(titleUnlessHeading(c) + " > " + section)
}

// totalOfList reports a parts list line that opens with its count, for a
// question asking a total.
func totalOfList(total bool, s string, c kg.Chunk) bool {
	return total && listsParts(c) && countedLine.MatchString(s)
}

// wholeBuildList names a bill of materials, the list of what the whole
// build takes, over a step's own list of parts.
var wholeBuildList = regexp.MustCompile(`(?i)bill[ _-]of[ _-]materials|\bbom\b|物料清单`)

// countedLines gives, for a question asking how many, each counted parts
// list line its share of the question's terms, relative to the line that
// holds most: "8x M3 stainless steel washer" names the washers asked
// about but none of the asking words ("need", "microscope"), which the
// item's own pages and the guide's README hold instead.
func countedLines(ev *retrieval.Evidence) map[string]float64 {
	out := map[string]float64{}
	if !asksHowMany(ev.Question.Text) {
		return out
	}
	best := 0
	counts := map[string]int{}
	for _, it := range ev.Items {
		for _, line := range strings.Split(it.Chunk.Text, "\n") {
			if n, ok := retrieval.CountedLineNames(ev.Question, line); ok {
				counts[strings.TrimSpace(line)] = max(counts[strings.TrimSpace(line)], n)
				best = max(best, n)
			}
		}
	}
	// Squared, so a line short of one word ("2-4x M2x6mm cap head
	// screws" for M3x8mm ones) falls below the quoting floor.
	for line, n := range counts {
		r := float64(n) / float64(best)
		out[line] = r * r
	}
	return out
}

// countedLineScore is a counted line's share and the bonus its passage
// earns: the bill of materials gives the whole build's count, which a
// question not naming a step asks.
// A step's own list leads where the question names its step ("the
// actuator assembly").
func countedLineScore(question string, counted map[string]float64, s string, c kg.Chunk) (float64, float64, bool) {
	r, ok := counted[strings.TrimSpace(s)]
	if !ok {
		return 0, 0, false
	}
	bonus := measureValueBonus
	switch {
	case wholeBuildList.MatchString(c.DocURI + " " + c.DocTitle + " " + strings.Join(c.Section, " ")):
		bonus += wholeBuildBonus
	case namesStep(question, c.DocTitle):
		bonus += 2 * wholeBuildBonus
	}
	return r, bonus, true
}

const wholeBuildBonus = 0.4

// namesStep reports a question naming the guide a list is in.
func namesStep(question, title string) bool {
	q := retrieval.TokenSet(question)
	for t := range retrieval.TokenSet(title) {
		if q[t] && !retrieval.Stopword(t) {
			return true
		}
	}
	return false
}

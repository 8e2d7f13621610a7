package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/kg"
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

package tableq

import (
	"regexp"
	"strings"
)

// A log's rows name the fault code a machine showed ("Control box shows
// E07"); a question says where and how it was seen: "work orders that
// came in with E07 on the display", "jobs with E07 on the screen", "did
// the panel display E07". Those words say how the code was seen, not
// what a row holds, as "控制箱报 E07" does in Chinese (showsCode).

// reShownCode is a fault code as a display shows it: "E07", "F-12", "AL3".
var reShownCode = regexp.MustCompile(`\b[A-Za-z]{1,3}-?\d{1,4}\b`)

var (
	// reShownAfter: "E07 on the display", "E07 showing on the screen".
	reShownAfter = regexp.MustCompile(`(?i)^\s+(?:(?:showing|shown|displayed|flashing|lit up|showed up|shows up|show up|came up|comes up|come up|popped up|appeared|appears)\s+)?(?:on|in)\s+(?:the\s+|its\s+|their\s+)?(?:(?:control box|controller|control panel|pump|drive|vfd)\s+)?(?:display|screen|panel|readout|hmi)\b`)
	// reShownAfterZh: "E07 报警那几次", "E07 故障": the code as the box raised it.
	reShownAfterZh = regexp.MustCompile(`^\s*(?:报警|报错|警报|告警|故障码|故障代码|代码|故障)`)
	// reShownBefore: "came in with E07", "showing E07", "the panel displayed E07".
	reShownBefore = regexp.MustCompile(`(?i)(?:\b(?:came|come|comes|coming) in (?:with|showing|for|on)|\b(?:showing|displaying|flashing|throwing|threw|showed|displayed)|\b(?:the\s+)?(?:display|screen|panel|readout|hmi)\s+(?:showed|shows|show|showing|displayed|displays|display|read|reads))\s+(?:an?\s+|the\s+)?$`)
)

// takeCodeShown takes the words around a code some row names that say
// where or how it was seen; the code itself still picks the rows.
func (t *Table) takeCodeShown(q *question) {
	for _, loc := range reShownCode.FindAllStringIndex(q.text, -1) {
		code := q.text[loc[0]:loc[1]]
		if !hasLetterDigit(strings.ToLower(code)) || !t.anyRow(Filter{Column: AnyColumn, Op: "mention", Value: code}) {
			continue
		}
		if m := reShownAfter.FindStringIndex(q.text[loc[1]:]); m != nil {
			q.take(span{loc[1] + m[0], loc[1] + m[1]})
		} else if m := reShownAfterZh.FindStringIndex(q.text[loc[1]:]); m != nil {
			q.take(span{loc[1] + m[0], loc[1] + m[1]})
		}
		if m := reShownBefore.FindStringIndex(q.text[:loc[0]]); m != nil {
			q.take(span{m[0], loc[0]})
		}
	}
}

package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// A line that names a unit and lists what it holds gives the unit's own
// ratings after the list: "控制箱 CP200-CTL-00：直接起动，HC-10 电机保护器，
// 压力变送器和防干转液位开关，防护等级 IP55" rates the control box IP55,
// not the pressure transmitter it holds. Asked the transmitter's rating,
// the line does not answer.

var (
	reLineHead   = regexp.MustCompile(`^([^:：]{2,40})[:：]\s*(.+)$`)
	reClauseMark = regexp.MustCompile(`[，,;；、]`)
)

// ratesHeadNotItem reports a headed line whose clause stating the asked
// attribute names neither the item nor follows the item in one clause,
// while the item is only listed in another clause and the head is
// something else.
func ratesHeadNotItem(item, attr retrieval.Question, s string) bool {
	if len(item.Terms) == 0 || len(attr.Terms) == 0 {
		return false
	}
	m := reLineHead.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || strings.ContainsAny(m[2], ":：") || namesHalf(item, m[1]) || reNotAUnit.MatchString(m[1]) {
		return false // a row's "Name: Weight; parallel gripper: 84g" pairs each label with its value
	}
	clauses := reClauseMark.Split(m[2], -1)
	if len(clauses) < 3 || !namesHalf(attr, clauses[len(clauses)-1]) {
		return false // the unit's rating closes the list of what it holds
	}
	listed := false
	for _, clause := range clauses {
		hasItem, hasAttr := namesHalf(item, clause), namesHalf(attr, clause)
		if hasItem && hasAttr {
			return false // "压力变送器防护等级 IP65": the item's own
		}
		listed = listed || hasItem
	}
	return listed
}

// reNotAUnit heads a line with a step or a code, not a unit: "Step 1:
// Paint …, dry film thickness 80 to 120 µm" rates the paint it names.
var reNotAUnit = regexp.MustCompile(`(?i)^\s*(?:step|operation|op\b|note|warning|caution|步骤|第|注意|警告|\d|[A-Z]{1,2}\d)`)

// namesHalf reports a text holding half of q's terms or more.
func namesHalf(q retrieval.Question, text string) bool {
	return share(q, retrieval.TokenSet(text)) >= 0.5
}

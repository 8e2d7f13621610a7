package tableq

import (
	"regexp"
	"strings"
)

// "Which top-level assembly has the most parts directly under it?" groups
// a levelled BOM's lines by the assembly that holds each, the nearest
// line above at a lower level, and counts each group.

// HolderGroup, as a plan's group_by, groups the lines of a levelled BOM by
// the assembly that directly holds each.
const HolderGroup = "(holding assembly)"

var (
	reMostDirectEN = regexp.MustCompile(`(?i)\bmost\b.*\bdirect(?:ly)?\b|\bdirect(?:ly)?\b.*\bmost\b`)
	reMostDirectZH = regexp.MustCompile(`直接.{0,8}(?:零件|子件|零部件|部件|子项|物料).{0,4}最多|(?:零件|子件|子项).{0,4}直接.{0,4}最多`)
	reTopLevel     = regexp.MustCompile(`(?i)\btop[- ]level\b|\blevel[- ]?1\b|\bfirst[- ]level\b|一级|第一级|顶层`)
)

// directPartsPlan reads a question asking which assembly holds the most
// lines directly, over a levelled BOM.
func (t *Table) directPartsPlan(text string) (Plan, bool) {
	if !t.levelled() || !reMostDirectEN.MatchString(text) && !reMostDirectZH.MatchString(text) {
		return Plan{}, false
	}
	lower := strings.ToLower(text)
	if !strings.Contains(lower, "assembl") && !strings.Contains(text, "组件") && !strings.Contains(text, "部件") && !strings.Contains(text, "总成") {
		return Plan{}, false
	}
	p := Plan{Aggregate: "count", GroupBy: HolderGroup, Order: "desc", Limit: 1}
	if reTopLevel.MatchString(text) {
		// the assemblies at level 1 hold the lines at level 2
		p.Filters = []Filter{{Column: t.Columns[t.roleColumn("level")].Name, Op: "eq", Value: "2"}}
	}
	return p, true
}

// holderKeys names, for each row of t, the assembly that directly holds
// it, by its key and names.
func (t *Table) holderKeys() func(Row) string {
	holderOf := t.holderIndex()
	return func(r Row) string {
		j, ok := holderOf(r)
		if !ok {
			return ""
		}
		h := t.Rows[j]
		var parts []string
		for _, role := range []string{"part_no", "name", "description"} {
			if c := t.roleColumn(role); c >= 0 && strings.TrimSpace(h.Cell(c)) != "" {
				parts = append(parts, strings.TrimSpace(h.Cell(c)))
			}
		}
		return strings.Join(parts, " ")
	}
}

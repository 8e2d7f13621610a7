package retrieval

import (
	"slices"
	"strings"
)

// A count over several lines of one whole: "total qty of everything
// under the casing assembly", "联轴器组件里一共有多少个螺钉螺栓（紧定螺钉也算）".
// The pieces of every line asked about are added up, each line's
// quantity already multiplied through the levels above it.

// sumCues say the count adds lines up.
var sumCues = []string{"in total", "total", "altogether", "all together", "add up", "combined", "一共", "总共", "合计", "加起来", "总数"}

// everythingCues ask for every line of the whole.
var everythingCues = []string{"everything", "all parts", "all the parts", "all items", "all the items", "every part", "every item", "所有", "全部"}

// pieceUnits count pieces; litres, kilograms and metres are not added to them.
var pieceUnits = []string{"", "pcs", "pc", "ea", "set", "sets", "个", "件", "套"}

// piecesTotal adds up the pieces of the lines of whole (an explosion)
// that the question asks about: every line for "everything", else the
// lines its words name, when those are more than the one part it links
// (targets): a word no target's name carries widens the count to a kind.
func piecesTotal(whole Computed, q Question, linked []Linked, targets []string, v *graphView) (Computed, bool) {
	lower := strings.ToLower(q.Text)
	if !anyCue(lower, sumCues) || !(anyCue(lower, countCues) || cueIn(lower, "quantities")) {
		return Computed{}, false
	}
	hits, _ := linesAsked(whole, q, linked, v)
	var lines []Line
	switch {
	case len(hits) == 0 && anyCue(lower, everythingCues):
		for _, l := range whole.Lines {
			if l.Props["assembly"] != "true" {
				lines = append(lines, l)
			}
		}
	case widensBeyond(hits, targets):
		lines = hits
		for _, l := range whole.Lines {
			if slices.Contains(targets, l.ID) && !hasLine(lines, l.ID) {
				lines = append(lines, l)
			}
		}
	default:
		return Computed{}, false
	}
	c := Computed{Kind: "bom", Metric: "pieces", Subject: whole.Subject, SubjectID: whole.SubjectID, Unit: "pcs"}
	for _, l := range lines {
		if !slices.Contains(pieceUnits, strings.ToLower(l.Unit)) {
			continue
		}
		c.Total += l.Qty
		c.Lines = append(c.Lines, l)
		c.facts = append(c.facts, l.facts...)
	}
	c.Count = len(c.Lines)
	return c, c.Count >= 2
}

// widensBeyond reports lines asked about besides the linked targets:
// the question's words name a kind wider than the part it links.
func widensBeyond(hits []Line, targets []string) bool {
	others := 0
	for _, l := range hits {
		if !slices.Contains(targets, l.ID) {
			others++
		}
	}
	return others > 0 && (len(targets) > 0 || len(hits) >= 2)
}

func hasLine(lines []Line, id string) bool {
	for _, l := range lines {
		if l.ID == id {
			return true
		}
	}
	return false
}

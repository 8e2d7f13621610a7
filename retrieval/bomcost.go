package retrieval

import (
	"math"
	"strings"
)

// costCues ask what a whole costs in parts, not how many parts it has.
var costCues = []string{"cost", "price", "spend", "how much money", "多少钱", "成本", "费用", "价格", "价钱", "花费"}

// asksCost reports whether a BOM question asks for a cost.
func asksCost(q Question) bool {
	return anyCue(strings.ToLower(q.Text), costCues)
}

// costRollUp prices an explosion: each priced part's unit cost times the
// quantity one root needs, every level and assembly multiplier already
// multiplied in. Assemblies are not priced themselves, so a part is
// counted once. It fails when no part below root has a price.
func costRollUp(c Computed, v *graphView) (Computed, bool) {
	out := Computed{Kind: "bom", Metric: "cost", Subject: c.Subject, SubjectID: c.SubjectID}
	total := 0.0
	for _, l := range c.Lines {
		if l.Props["assembly"] == "true" {
			continue
		}
		e := v.ents[l.ID]
		price, ok := e.Props.Float("unit_cost")
		if !ok {
			continue
		}
		if out.Unit == "" {
			out.Unit = e.Props["currency"]
		}
		total += price * l.Qty
		out.Count++
		out.Lines = append(out.Lines, l)
		out.facts = append(out.facts, l.facts...)
	}
	if out.Count == 0 {
		return Computed{}, false
	}
	// Half a two-pack costs half a cent more than a cent can say: the sum
	// is kept exact, only float noise is cut.
	out.Total = math.Round(total*1e6) / 1e6
	return out, true
}

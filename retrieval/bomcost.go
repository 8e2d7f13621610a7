package retrieval

import (
	"context"
	"math"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// costCues ask what a whole costs in parts, not how many parts it has.
var costCues = []string{"cost", "price", "spend", "how much money", "charge for", "charged for", "charges for", "多少钱", "成本", "费用", "价格", "价钱", "花费"}

// asksCost reports whether a BOM question asks for a cost.
func asksCost(q Question) bool {
	return anyCue(strings.ToLower(q.Text), costCues)
}

// averageCues ask the mean of the rows' prices ("avg unit price of the
// parts under body"), which the parts' table gives, not what the whole
// costs with each price times its quantity.
var averageCues = []string{"average", "avg", "mean price", "mean cost", "mean unit", "平均", "均价"}

// asksWholeCost reports a question asking what a whole costs in parts:
// a cost, and not an average of the parts' prices.
func asksWholeCost(q Question) bool {
	lower := strings.ToLower(q.Text)
	return asksCost(q) && !anyCue(lower, averageCues) && !anyCue(lower, shareCues) && !anyCue(lower, extremePriceCues)
}

// extremePriceCues ask which one part is the dearest or cheapest ("rocker
// bogie 里单价最贵的是哪个零件"): one row's price, which the parts' table
// gives, not what the whole costs.
var extremePriceCues = []string{"most expensive", "priciest", "dearest", "least expensive", "cheapest",
	"highest price", "highest unit price", "lowest price", "lowest unit price", "highest cost", "lowest cost",
	"最贵", "最便宜", "单价最高", "单价最低", "价格最高", "价格最低"}

// shareCues ask what part of a cost something is, which the whole
// table's cost answers, not one whole's.
var shareCues = []string{"share of", "what share", "percentage", "percent", "proportion", "fraction of", "占比", "百分之", "百分比", "比例"}

// priceAskCues ask what something is worth when what follows is a priced
// part: "how much is the idler bearing hub".
var priceAskCues = []string{"how much is", "how much are", "how much's", "how much would", "how much does a", "how much does one"}

// asksPartPrice reports a "how much is" question naming a part that has a
// price: it asks the part's price, not how many of it a BOM holds.
func asksPartPrice(q Question, linked []Linked) bool {
	if !anyCue(strings.ToLower(q.Text), priceAskCues) {
		return false
	}
	for _, l := range linked {
		if l.Entity.Type == kg.Part && l.Entity.Props["unit_cost"] != "" {
			return true
		}
	}
	return false
}

// costRollUp prices an explosion: each priced part's unit cost times the
// quantity one root needs, every level and assembly multiplier already
// multiplied in. Assemblies are not priced themselves, so a part is
// counted once. It fails unless every part below root has a price.
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
			// A sum that leaves out an unpriced part is not what the
			// whole costs: say nothing rather than a figure too low.
			return Computed{}, false
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

// namesPartOf reports a linked part that the explosion holds as a part,
// not an assembly: the question prices that part, where it sits.
func namesPartOf(c Computed, linked []Linked) bool {
	for _, l := range linked {
		if l.Entity.Type != kg.Part {
			continue
		}
		for _, line := range c.Lines {
			if line.ID == l.Entity.ID && line.Props["assembly"] != "true" {
				return true
			}
		}
	}
	return false
}

// costOfLinked prices the first linked whole whose parts all have a
// price. It comes before any table plan: a cost question about an
// assembly asks for its parts' sum, not for the one row that names it.
// When one parent holds several of the whole (a rover's four corners),
// that parent's share is given too.
func (r *Retriever) costOfLinked(ctx context.Context, clearance kg.Audience, linked []Linked) (Computed, map[string]kg.Entity, bool, error) {
	for _, l := range linked {
		if l.Entity.Type != kg.Product && l.Entity.Type != kg.Assembly {
			continue
		}
		v, err := r.traverse(ctx, clearance, l.Entity.ID, maxBOMDepth, []string{kg.HasPart}, kg.Out)
		if err != nil {
			return Computed{}, nil, false, err
		}
		whole := explodeBOM(v, l.Entity.ID)
		if namesPartOf(whole, linked) {
			continue // "rocker bogie 上那个 servo 单价": the servo's own price
		}
		c, ok := costRollUp(whole, v)
		if !ok {
			continue
		}
		ents := map[string]kg.Entity{}
		mergeEntities(ents, v)
		up, err := r.traverse(ctx, clearance, l.Entity.ID, 1, []string{kg.HasPart}, kg.In)
		if err != nil {
			return Computed{}, nil, false, err
		}
		if parents := up.inOf(l.Entity.ID, kg.HasPart); len(parents) == 1 && qty(parents[0]) > 1 {
			p := parents[0]
			c.Tops = []Line{{ID: p.From, Name: up.name(p.From), Type: up.typ(p.From), Qty: qty(p), facts: []string{p.ID}}}
			c.Value = math.Round(c.Total*qty(p)*1e6) / 1e6
			c.facts = append(c.facts, p.ID)
			mergeEntities(ents, up)
			c = withRelations(c, up)
		}
		return withRelations(c, v), ents, true, nil
	}
	return Computed{}, nil, false, nil
}

package retrieval

import (
	"context"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// asksAssemblies reports a question after the assemblies, not the parts:
// "which assemblies have HT250 cast parts in them", "哪些组件用到".
func asksAssemblies(q Question) bool {
	return anyCue(strings.ToLower(q.Text), []string{"which assembl", "what assembl", "assemblies", "哪些组件", "哪些总成", "哪个组件", "哪个总成"})
}

// parentsOf lifts a reverse listing (the parts a material makes or a
// supplier supplies) to the assemblies that hold those parts, one line
// each, citing the part's own relation and its place in the assembly.
func (r *Retriever) parentsOf(ctx context.Context, clearance kg.Audience, c Computed) (Computed, *graphView, error) {
	var parts []string
	for _, l := range c.Lines {
		parts = append(parts, l.ID)
	}
	sub, err := r.neighbourhood(ctx, clearance, kg.NeighbourQuery{Seeds: parts, Hops: 1, Types: []string{kg.HasPart}, Dir: kg.In, Limit: maxStructuralRelations})
	if err != nil {
		return Computed{}, nil, err
	}
	v := newGraphView(sub)
	up := Computed{Kind: c.Kind, Metric: c.Metric, Op: "parents", Target: c.Target, TargetID: c.TargetID}
	index := map[string]int{}
	for _, l := range c.Lines {
		for _, rel := range v.inOf(l.ID, kg.HasPart) {
			i, ok := index[rel.From]
			if !ok {
				i = len(up.Lines)
				index[rel.From] = i
				up.Lines = append(up.Lines, Line{ID: rel.From, Name: v.name(rel.From), Type: v.typ(rel.From)})
			}
			facts := append(append([]string{}, l.facts...), rel.ID)
			up.Lines[i].facts = append(up.Lines[i].facts, facts...)
			up.facts = append(up.facts, facts...)
		}
	}
	return up, v, nil
}

package retrieval

import (
	"slices"
	"sort"

	"github.com/kgassist/kgassist/kg"
)

// maxBOMDepth bounds explosions; real BOMs are rarely deeper than eight.
const maxBOMDepth = 12

// explodeBOM rolls quantities down from root: each line's Qty is the total
// number needed for one root, summed over every path. A cycle (bad data)
// is cut at the repeated node rather than looping.
func explodeBOM(v *graphView, root string) Computed {
	c := Computed{Kind: "bom", Subject: v.name(root), SubjectID: root}
	totals := map[string]*Line{}
	var orderSeen []string
	var walk func(id string, mult float64, path, ids []string, depth int)
	walk = func(id string, mult float64, path, ids []string, depth int) {
		if depth > maxBOMDepth {
			return
		}
		ids = append(ids, id)
		for _, r := range v.outOf(id, kg.HasPart) {
			if slices.Contains(ids, r.To) {
				continue
			}
			q := mult * qty(r)
			l, ok := totals[r.To]
			if !ok {
				l = &Line{ID: r.To, Name: v.name(r.To), Type: v.typ(r.To), Unit: r.Props["unit"], Path: append(append([]string{}, path...), v.name(id))}
				totals[r.To] = l
				orderSeen = append(orderSeen, r.To)
			}
			l.Qty += q
			l.facts = append(l.facts, r.ID)
			c.facts = append(c.facts, r.ID)
			walk(r.To, q, append(path, v.name(id)), ids, depth+1)
		}
	}
	walk(root, 1, nil, nil, 0)
	for _, id := range orderSeen {
		l := *totals[id]
		l.Children = nil
		if len(v.outOf(id, kg.HasPart)) > 0 {
			l.Props = kg.Props{"assembly": "true"}
		}
		c.Lines = append(c.Lines, l)
	}
	return c
}

// rollUp answers "how many target in root".
func rollUp(v *graphView, root, target string) (Computed, bool) {
	c := explodeBOM(v, root)
	for _, l := range c.Lines {
		if l.ID == target {
			out := Computed{Kind: "bom", Subject: c.Subject, SubjectID: root, Target: l.Name, TargetID: target,
				Total: l.Qty, Unit: l.Unit, Lines: []Line{l}, facts: l.facts}
			out.Lines[0].Path = l.Path
			if parentCount(v, target) > 1 && len(l.Path) > 0 {
				// Counted through several assemblies: one "via" would
				// credit all of them to the first.
				out.Lines[0].Path = l.Path[:1]
			}
			return out, true
		}
	}
	return Computed{}, false
}

// parentCount is how many distinct wholes hold id directly.
func parentCount(v *graphView, id string) int {
	parents := map[string]bool{}
	for _, r := range v.inOf(id, kg.HasPart) {
		parents[r.From] = true
	}
	return len(parents)
}

// ownRow is the relation placing an assembly in its own parent: its
// passage is the BOM row that names the assembly. A part's row in a
// levelled BOM does not name the assembly it sits under (the level says
// so), so a where-used line cites both rows.
func ownRow(v *graphView, id string) []string {
	var first string
	for _, r := range v.inOf(id, kg.HasPart) {
		if first == "" || r.ID < first {
			first = r.ID // the same row on every store
		}
	}
	if first == "" {
		return nil
	}
	return []string{first}
}

// whereUsed lists the direct parents of target and the top-level items it
// rolls up into, with the total quantity per top item.
func whereUsed(v *graphView, target string) Computed {
	c := Computed{Kind: "where_used", Target: v.name(target), TargetID: target}
	for _, r := range v.inOf(target, kg.HasPart) {
		facts := append([]string{r.ID}, ownRow(v, r.From)...)
		c.Lines = append(c.Lines, Line{ID: r.From, Name: v.name(r.From), Type: v.typ(r.From), Qty: qty(r), Unit: r.Props["unit"], facts: facts})
		c.facts = append(c.facts, facts...)
	}
	// per[n] is how many targets one n contains, summed over every path;
	// memoised, so a standard part in a thousand assemblies costs one
	// pass over the graph, not one explosion per top item.
	per := map[string]float64{target: 1}
	var count func(id string, depth int, onPath map[string]bool) float64
	count = func(id string, depth int, onPath map[string]bool) float64 {
		if q, ok := per[id]; ok {
			return q
		}
		if depth > maxBOMDepth || onPath[id] {
			return 0
		}
		onPath[id] = true
		total := 0.0
		for _, r := range v.outOf(id, kg.HasPart) {
			if n := count(r.To, depth+1, onPath); n > 0 {
				total += qty(r) * n
			}
		}
		delete(onPath, id)
		per[id] = total
		return total
	}
	tops := map[string]bool{}
	var climb func(id string, depth int, seen map[string]bool)
	climb = func(id string, depth int, seen map[string]bool) {
		if seen[id] {
			return
		}
		seen[id] = true
		parents := v.inOf(id, kg.HasPart)
		if (len(parents) == 0 || depth > maxBOMDepth) && id != target {
			tops[id] = true
			return
		}
		for _, r := range parents {
			c.facts = append(c.facts, r.ID)
			climb(r.From, depth+1, seen)
		}
	}
	climb(target, 0, map[string]bool{})
	if len(c.facts) > maxCitedFacts {
		c.facts = c.facts[:maxCitedFacts] // direct parents come first
	}
	var topIDs []string
	for id := range tops {
		topIDs = append(topIDs, id)
	}
	sort.Strings(topIDs)
	unit := ""
	if len(c.Lines) > 0 {
		unit = c.Lines[0].Unit
	}
	for _, id := range topIDs {
		if n := count(id, 0, map[string]bool{}); n > 0 {
			c.Tops = append(c.Tops, Line{ID: id, Name: v.name(id), Type: v.typ(id), Qty: n, Unit: unit, facts: c.facts})
		}
		if len(c.Tops) == maxTops {
			break
		}
	}
	return c
}

// maxTops bounds the top items listed for a part used across a plant, and
// maxCitedFacts the relations whose passages are fetched to cite them.
const (
	maxTops       = 50
	maxCitedFacts = 200
)

// routing lists a process's steps in order, with what each step uses and
// the parameters it sets.
func routing(v *graphView, proc string) Computed {
	c := Computed{Kind: "routing", Subject: v.name(proc), SubjectID: proc}
	for i, r := range v.outOf(proc, kg.HasStep) {
		l := Line{ID: r.To, Name: v.stepText(r.To), Type: v.typ(r.To), Order: i + 1, facts: []string{r.ID}}
		if o, ok := r.Props.Float("order"); ok {
			l.Order = int(o)
		}
		for _, u := range append(v.outOf(r.To, kg.Uses), v.outOf(r.To, kg.HasParameter)...) {
			l.Children = append(l.Children, Line{ID: u.To, Name: v.name(u.To), Type: v.typ(u.To), Props: u.Props, facts: []string{u.ID}})
			l.facts = append(l.facts, u.ID)
		}
		c.Lines = append(c.Lines, l)
		c.facts = append(c.facts, l.facts...)
	}
	return c
}

// faultTree walks symptom or failure mode -> causes -> actions, and the
// actions that remedy the root directly.
func faultTree(v *graphView, root string) Computed {
	c := Computed{Kind: "fault_tree", Subject: v.name(root), SubjectID: root}
	for _, r := range v.outOf(root, kg.CausedBy) {
		l := Line{ID: r.To, Name: v.name(r.To), Type: kg.Cause, Props: r.Props, facts: []string{r.ID}}
		for _, a := range v.outOf(r.To, kg.RemediedBy) {
			l.Children = append(l.Children, Line{ID: a.To, Name: v.name(a.To), Type: kg.Action, facts: []string{a.ID}})
			l.facts = append(l.facts, a.ID)
		}
		c.Lines = append(c.Lines, l)
		c.facts = append(c.facts, l.facts...)
	}
	for _, a := range v.outOf(root, kg.RemediedBy) {
		c.Lines = append(c.Lines, Line{ID: a.To, Name: v.name(a.To), Type: kg.Action, facts: []string{a.ID}})
		c.facts = append(c.facts, a.ID)
	}
	return c
}

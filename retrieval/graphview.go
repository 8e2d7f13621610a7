package retrieval

import (
	"sort"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// graphView indexes a subgraph for traversal.
type graphView struct {
	ents map[string]kg.Entity
	out  map[string][]kg.Relation
	in   map[string][]kg.Relation
}

func newGraphView(g kg.Subgraph) *graphView {
	v := &graphView{ents: map[string]kg.Entity{}, out: map[string][]kg.Relation{}, in: map[string][]kg.Relation{}}
	for _, e := range g.Entities {
		v.ents[e.ID] = e
	}
	for _, r := range g.Relations {
		v.out[r.From] = append(v.out[r.From], r)
		v.in[r.To] = append(v.in[r.To], r)
	}
	for id := range v.out {
		sortRelations(v.out[id])
	}
	for id := range v.in {
		sortRelations(v.in[id])
	}
	return v
}

// reachOut is the visible entities within hops outgoing relations of
// from, from included when visible.
func (v *graphView) reachOut(from string, hops int) map[string]bool {
	seen := map[string]bool{}
	if _, ok := v.ents[from]; ok {
		seen[from] = true
	}
	frontier := []string{from}
	for h := 0; h < hops && len(frontier) > 0; h++ {
		var next []string
		for _, id := range frontier {
			for _, rel := range v.out[id] {
				if _, ok := v.ents[rel.To]; ok && !seen[rel.To] {
					seen[rel.To] = true
					next = append(next, rel.To)
				}
			}
		}
		frontier = next
	}
	return seen
}

func sortRelations(rs []kg.Relation) {
	sort.Slice(rs, func(i, j int) bool {
		oi, oj := order(rs[i].Props), order(rs[j].Props)
		if oi != oj {
			return oi < oj
		}
		return rs[i].ID < rs[j].ID
	})
}

func order(p kg.Props) float64 {
	if f, ok := p.Float("order"); ok {
		return f
	}
	return 1e9
}

func (v *graphView) name(id string) string {
	if e, ok := v.ents[id]; ok {
		return e.Name
	}
	return strings.SplitN(id, ":", 2)[len(strings.SplitN(id, ":", 2))-1]
}

// stepText is a step's whole text: a step entity is named by its first
// words ("Apply Loctite 243 to the thread and tighten the impeller nut…"),
// and a procedure read back from those names loses its figures (the
// nut's 45 N·m).
func (v *graphView) stepText(id string) string {
	e, ok := v.ents[id]
	if t := e.Props["text"]; ok && t != "" && strings.HasSuffix(e.Name, "…") {
		return t
	}
	return v.name(id)
}

func (v *graphView) typ(id string) string {
	if e, ok := v.ents[id]; ok {
		return e.Type
	}
	return strings.SplitN(id, ":", 2)[0]
}

func (v *graphView) outOf(id, typ string) []kg.Relation { return filterType(v.out[id], typ) }
func (v *graphView) inOf(id, typ string) []kg.Relation  { return filterType(v.in[id], typ) }

func filterType(rs []kg.Relation, typ string) []kg.Relation {
	var out []kg.Relation
	for _, r := range rs {
		if r.Type == typ {
			out = append(out, r)
		}
	}
	return out
}

// qty reads a relation's quantity; a BOM line without one counts once.
func qty(r kg.Relation) float64 {
	if f, ok := r.Props.Float("qty"); ok {
		return f
	}
	if s, ok := r.Props["qty"]; ok {
		if f, err := strconv.ParseFloat(strings.Fields(s + " x")[0], 64); err == nil {
			return f
		}
	}
	return 1
}

// FormatQty prints a quantity without float noise: 6, 0.5, 2.25.
func FormatQty(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// withRelations attaches the relations c used, as v holds them.
func withRelations(c Computed, v *graphView) Computed {
	want := map[string]bool{}
	for _, id := range c.facts {
		want[id] = true
	}
	for _, rs := range v.out {
		for _, r := range rs {
			if want[r.ID] {
				c.rels = append(c.rels, r)
				delete(want, r.ID)
			}
		}
	}
	return c
}

// FromProse reports a bill-of-materials answer for a part named by a
// common noun whose part-of relations were all read from prose ("the
// pump shaft", "the shaft clamp"), none with a quantity: no bill of
// materials lists them, and "Parts of pump: shaft × 1, clamp × 1" states
// what no document says.
func (c Computed) FromProse() bool {
	return c.Kind == "bom" && strings.HasPrefix(c.SubjectID, kg.Part+":") && len(c.rels) > 0 && proseOnly(c.rels)
}

// proseOnly reports relations none of which, nor any of their sources,
// gives a quantity.
func proseOnly(rels []kg.Relation) bool {
	for _, r := range rels {
		if r.Props["qty"] != "" {
			return false
		}
		for _, s := range r.Sources {
			if s.Props["qty"] != "" {
				return false
			}
		}
	}
	return true
}

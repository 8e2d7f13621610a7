package retrieval

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// A count over several lines of one whole: "total qty of everything
// under the casing assembly", "联轴器组件里一共有多少个螺钉螺栓（紧定螺钉也算）".
// The pieces of every line asked about are added up, each line's
// quantity already multiplied through the levels above it.

// sumCues say the count adds lines up.
var sumCues = []string{"in total", "total", "altogether", "all together", "add up", "combined", "counting every", "counting all", "all sizes", "all lengths", "一共", "总共", "合计", "加起来", "总数", "各种长度", "各种规格", "所有规格"}

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

// usesTotal adds up what one top item needs of each part the question
// names, when it asks for them together: "整泵里 M10x30 和 M8x25 两种螺栓
// 加起来有多少个" is one figure, each part's count rolled up through the
// levels first. uses are the where-used answers, one per named part; a
// named part used somewhere but left uncounted leaves no total, which
// would be short by that part, and so do two names of one part, which
// would count it twice.
func usesTotal(uses []Computed, q Question, uncounted bool) (Computed, bool) {
	lower := strings.ToLower(q.Text)
	if len(uses) < 2 || uncounted || !anyCue(lower, sumCues) || !anyCue(lower, countCues) || sameUses(uses) {
		return Computed{}, false
	}
	top, ok := commonTop(uses)
	if !ok {
		return Computed{}, false
	}
	c := Computed{Kind: "bom", Metric: "pieces", Subject: top.Name, SubjectID: top.ID, Unit: "pcs"}
	for _, u := range uses {
		t := topOf(u, top.ID)
		if !slices.Contains(pieceUnits, strings.ToLower(t.Unit)) {
			return Computed{}, false // bolts and litres of grease are not one figure
		}
		c.Total += t.Qty
		c.Lines = append(c.Lines, Line{ID: u.TargetID, Name: u.Target, Qty: t.Qty, Unit: t.Unit, facts: t.facts})
		c.facts = append(c.facts, u.facts...)
		c.rels = append(c.rels, u.rels...)
	}
	c.Count = len(c.Lines)
	return c, true
}

// commonTop is the one top item every where-used answer reaches; none when
// they reach several (a plant of products) or no shared one.
func commonTop(uses []Computed) (Line, bool) {
	var found []Line
	for _, t := range uses[0].Tops {
		shared := true
		for _, u := range uses[1:] {
			shared = shared && topOf(u, t.ID).ID != ""
		}
		if shared {
			found = append(found, t)
		}
	}
	if len(found) != 1 {
		return Line{}, false
	}
	return found[0], true
}

func topOf(c Computed, id string) Line {
	for _, t := range c.Tops {
		if t.ID == id {
			return t
		}
	}
	return Line{}
}

// asksPartsTogether reports a count of two or more differently named parts
// added up: one part's roll-up would answer for only the first of them.
// A part with parts of its own (the "pump" of the manual's prose) is the
// whole counted in, not one of the parts counted.
func asksPartsTogether(q Question, linked []Linked, items []string, holders map[string]bool) bool {
	if !anyCue(strings.ToLower(q.Text), sumCues) {
		return false
	}
	names := map[string]bool{}
	for _, l := range linked {
		if l.Entity.Type == kg.Part && slices.Contains(items, l.Entity.ID) && !holders[l.Entity.ID] {
			names[strings.ToLower(l.Entity.Name)] = true
		}
	}
	return len(names) >= 2
}

// sameUses reports two parts used in the same assemblies the same number
// of times: most likely one part under two names (a code and a
// description), not two parts to add.
func sameUses(uses []Computed) bool {
	key := func(c Computed) string {
		var b strings.Builder
		for _, l := range c.Lines {
			b.WriteString(l.ID + "×" + FormatQty(l.Qty) + ";")
		}
		return b.String()
	}
	for i := range uses {
		for j := i + 1; j < len(uses); j++ {
			if key(uses[i]) == key(uses[j]) {
				return true
			}
		}
	}
	return false
}

// partsTogether rolls each part the question counts together up into the
// one top item they all end in and adds the counts: "how many M10x30 and
// M8x25 bolts does one pump need in total". A named part used somewhere
// that does not roll up leaves no total, which would be short by it.
func (r *Retriever) partsTogether(ctx context.Context, clearance kg.Audience, q Question, linked []Linked, items []string, holders map[string]bool, ents map[string]kg.Entity) (Computed, bool, error) {
	var rolled []Computed
	for _, target := range countedTogether(linked, items, holders) {
		up, err := r.traverse(ctx, clearance, target, maxBOMDepth, []string{kg.HasPart}, kg.In)
		if err != nil {
			return Computed{}, false, err
		}
		if len(up.inOf(target, kg.HasPart)) == 0 {
			continue // a name from prose that no BOM holds
		}
		c, ok, err := r.rollUpToTop(ctx, clearance, q, linked, []string{target}, ents)
		if err != nil || !ok {
			return Computed{}, false, err
		}
		rolled = append(rolled, c)
	}
	c, ok := addedUp(rolled)
	return c, ok, nil
}

// countedTogether are the named parts a count adds up: not a whole with
// parts of its own, and, when two or more carry a size or code, not a
// bare noun ("M10x30 and M8x25 bolts": the bolts are the kind of both).
func countedTogether(linked []Linked, items []string, holders map[string]bool) []string {
	coded := codedParts(linked, items)
	var out []string
	for _, target := range items {
		if holders[target] || !linkedPart(linked, target) || coded >= 2 && !hasDigitRune(linkedName(linked, target)) {
			continue
		}
		out = append(out, target)
	}
	return out
}

// partsInWhole adds up, in the whole the question names, the pieces of
// each part it counts together: "how many M10x30 and M8x25 bolts does one
// HX-50 need in total". Every part counted must be in the whole.
func partsInWhole(v *graphView, root string, q Question, linked []Linked, items []string) (Computed, bool) {
	if !asksPartsTogether(q, linked, items, map[string]bool{root: true}) {
		return Computed{}, false
	}
	var rolled []Computed
	for _, target := range countedTogether(linked, items, map[string]bool{root: true}) {
		c, ok := rollUp(v, root, target)
		if !ok {
			return Computed{}, false
		}
		rolled = append(rolled, c)
	}
	return addedUp(rolled)
}

// codedParts counts the named parts whose names carry a size or code.
func codedParts(linked []Linked, items []string) int {
	n := 0
	for _, l := range linked {
		if l.Entity.Type == kg.Part && slices.Contains(items, l.Entity.ID) && hasDigitRune(l.Entity.Name) {
			n++
		}
	}
	return n
}

func linkedName(linked []Linked, id string) string {
	for _, l := range linked {
		if l.Entity.ID == id {
			return l.Entity.Name
		}
	}
	return ""
}

func linkedPart(linked []Linked, id string) bool {
	for _, l := range linked {
		if l.Entity.ID == id && l.Entity.Type == kg.Part {
			return true
		}
	}
	return false
}

// addedUp is one count of pieces over roll-ups into one top item, each
// part once: two roll-ups citing the same rows are one part twice.
func addedUp(rolled []Computed) (Computed, bool) {
	if len(rolled) < 2 {
		return Computed{}, false
	}
	top := rolled[0]
	c := Computed{Kind: "bom", Metric: "pieces", Subject: top.Subject, SubjectID: top.SubjectID, Unit: "pcs"}
	seen := map[string]bool{}
	for _, u := range rolled {
		key := factsKey(u.facts)
		if u.SubjectID != top.SubjectID || seen[key] || !slices.Contains(pieceUnits, strings.ToLower(u.Unit)) {
			return Computed{}, false
		}
		seen[key] = true
		c.Total += u.Total
		c.Lines = append(c.Lines, Line{ID: u.TargetID, Name: u.Target, Qty: u.Total, Unit: u.Unit, facts: u.facts})
		c.facts = append(c.facts, u.facts...)
		c.rels = append(c.rels, u.rels...)
	}
	c.Count = len(c.Lines)
	return c, true
}

func factsKey(facts []string) string {
	s := slices.Clone(facts)
	sort.Strings(s)
	return strings.Join(s, ",")
}

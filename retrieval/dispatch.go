package retrieval

import (
	"context"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// maxStructuralRelations bounds one traversal; a BOM larger than this is
// answered from its first part and says so through the line count.
const maxStructuralRelations = 5000

// structural computes exact answers for structural questions.
func (r *Retriever) structural(ctx context.Context, clearance kg.Audience, q Question, linked []Linked) ([]Computed, map[string]kg.Entity, error) {
	if asksWholeCost(q) {
		if c, ents, ok, err := r.costOfLinked(ctx, clearance, linked); err != nil || ok {
			return []Computed{c}, ents, err
		}
	}
	if cs, ok, err := r.tableAnswer(ctx, clearance, q); err != nil || ok {
		return cs, nil, err
	}
	switch q.Intent {
	case BOM, WhereUsed:
		if asksSubsetBecomes(strings.ToLower(q.Text)) {
			return nil, nil, nil // the build steps say it; a roll-up would count the items again
		}
		if q.Intent == BOM && (asksCost(q) || asksPartPrice(q, linked)) {
			return nil, nil, nil // not a count: a part's price is its own row's
		}
		return r.bomAnswers(ctx, clearance, q, linked)
	case ProcessIntent:
		if next, ents, err := r.nextSteps(ctx, clearance, q, linked); err != nil || len(next) > 0 {
			return next, ents, err
		}
		return r.treeAnswers(ctx, clearance, q, linked, []string{kg.Process}, kg.HasStep, routing)
	case Troubleshooting:
		return r.treeAnswers(ctx, clearance, q, linked, []string{kg.Symptom, kg.FailureMode}, kg.CausedBy, faultTree)
	case FMEA:
		return r.fmeaAnswers(ctx, clearance, q, linked)
	}
	return nil, nil, nil
}

func (r *Retriever) traverse(ctx context.Context, clearance kg.Audience, seed string, hops int, types []string, dir kg.Direction) (*graphView, error) {
	sub, err := r.neighbourhood(ctx, clearance, kg.NeighbourQuery{Seeds: []string{seed}, Hops: hops, Types: types, Dir: dir, Limit: maxStructuralRelations})
	if err != nil {
		return nil, err
	}
	return newGraphView(sub), nil
}

func bomItems(linked []Linked) []string {
	var ids []string
	for _, l := range linked {
		switch l.Entity.Type {
		case kg.Product, kg.Assembly, kg.Part, kg.Material:
			ids = append(ids, l.Entity.ID)
		}
	}
	return ids
}

func (r *Retriever) bomAnswers(ctx context.Context, clearance kg.Audience, q Question, linked []Linked) ([]Computed, map[string]kg.Entity, error) {
	items, types, err := r.bomNamesakes(ctx, clearance, linked, bomItems(linked))
	if err != nil {
		return nil, nil, err
	}
	items = spelledFirst(items, linked, q.Text)
	if len(items) == 0 && q.Intent == WhereUsed {
		id, typ, err := r.describedPart(ctx, clearance, q)
		if err != nil {
			return nil, nil, err
		}
		if id != "" {
			items, types[id] = []string{id}, typ
		}
	}
	ents := map[string]kg.Entity{}
	var out []Computed
	if q.Intent == BOM {
		if c, sents, ok, err := r.supplierCount(ctx, clearance, q, linked); err != nil || ok {
			return []Computed{c}, sents, err
		}
		if countsUnlinkedItem(q, items, linked) {
			return nil, nil, nil
		}
		// Every named whole is tried for a roll-up of every named part
		// before any is exploded: "how many M8x25 bolts in one pump" names
		// a generic pump with a BOM of its own that holds no such bolt.
		var explosion []Computed
		lacks, namedWhole := false, false
		holders := map[string]bool{} // items with parts of their own
		for _, root := range wholesFirst(items, types) {
			v, err := r.traverse(ctx, clearance, root, maxBOMDepth, []string{kg.HasPart}, kg.Out)
			if err != nil {
				return nil, nil, err
			}
			if len(v.outOf(root, kg.HasPart)) == 0 {
				continue
			}
			holders[root] = true
			isWhole := types[root] == kg.Product || types[root] == kg.Assembly
			namedWhole = namedWhole || isWhole
			mergeEntities(ents, v)
			whole := explodeBOM(v, root)
			if isWhole {
				if c, ok := piecesTotal(whole, q, linked, items, v); ok {
					return []Computed{withRelations(c, v)}, ents, nil
				}
				if c, ok := partsInWhole(v, root, q, linked, items); ok {
					return []Computed{withRelations(c, v)}, ents, nil
				}
			}
			for _, target := range items {
				if c, ok := rollUp(v, root, target); ok && target != root {
					return []Computed{withRelations(c, v)}, ents, nil
				}
			}
			if countsWhatItLacks(whole, q, linked, v) {
				lacks = true
			} else if explosion == nil {
				explosion = []Computed{withRelations(focusBOM(whole, q, linked, v), v)}
			}
		}
		if countsOnePart(q) && !namedWhole && asksPartsTogether(q, linked, items, holders) {
			if c, ok, err := r.partsTogether(ctx, clearance, q, linked, items, holders, ents); err != nil || ok {
				return []Computed{c}, ents, err
			}
		} else if countsOnePart(q) && !namedWhole {
			if c, ok, err := r.rollUpToTop(ctx, clearance, q, linked, items, ents); err != nil || ok {
				return []Computed{c}, ents, err
			}
			if cs, ok, err := r.rollUpsByWords(ctx, clearance, q, linked, ents); err != nil || ok {
				return cs, ents, err
			}
		}
		if explosion != nil || lacks {
			return explosion, ents, nil // what the BOMs lack is not counted from their parents either
		}
	}
	// A supplier or a material: what it supplies or what is made of it.
	for _, l := range linked {
		rel := map[string]string{kg.Supplier: kg.SuppliedBy, kg.Material: kg.MadeOf}[l.Entity.Type]
		if rel == "" {
			continue
		}
		v, err := r.traverse(ctx, clearance, l.Entity.ID, 1, []string{rel}, kg.In)
		if err != nil {
			return nil, nil, err
		}
		c := reverseOf(v, l.Entity.ID, rel)
		if len(c.Lines) == 0 {
			continue
		}
		mergeEntities(ents, v)
		if asksAssemblies(q) {
			// "which assemblies have HT250 parts": the wholes those parts go into
			up, uv, err := r.parentsOf(ctx, clearance, c)
			if err != nil {
				return nil, nil, err
			}
			if len(up.Lines) > 0 {
				mergeEntities(ents, uv)
				out = append(out, withRelations(withRelations(up, uv), v))
				continue
			}
		}
		out = append(out, withRelations(c, v))
	}
	if len(out) > 0 {
		return out, ents, nil
	}
	// A part with no children: where is it used, and how many per top item.
	// A third part used somewhere is not listed, but leaves no total,
	// unless the total is asked ("各种长度加起来"): then up to eight are
	// counted, and the total comes with the first two parts' uses.
	uncounted, most := false, 2
	lower := strings.ToLower(q.Text)
	summed := anyCue(lower, sumCues) && anyCue(lower, countCues)
	if summed {
		most = maxSummedUses
	}
	for _, target := range items {
		v, err := r.traverse(ctx, clearance, target, maxBOMDepth, []string{kg.HasPart}, kg.In)
		if err != nil {
			return nil, nil, err
		}
		if len(v.inOf(target, kg.HasPart)) == 0 {
			continue
		}
		if len(out) == most {
			uncounted = true
			break
		}
		mergeEntities(ents, v)
		out = append(out, withRelations(whereUsed(v, target), v))
	}
	namedFirst(out, q.Text)
	out = withoutWordsOfNumbered(out, q.Text)
	if total, ok := usesTotal(out, q, uncounted); ok {
		if len(out) > 2 {
			out = out[:2] // the total lists every part; the first two's uses say where
		}
		out = append([]Computed{total}, out...) // the figure asked first, each part's uses after
	}
	return out, ents, nil
}

// maxSummedUses bounds the parts whose uses a total asked for adds up.
const maxSummedUses = 8

// namedFirst puts the parts the question names to the letter before parts
// reached through a longer name, then orders by id: stores return equal
// candidates in their own order, and an answer must not depend on which
// store it came from.
func namedFirst(cs []Computed, question string) {
	q := strings.ToLower(question)
	named := func(c Computed) bool { return strings.Contains(q, strings.ToLower(c.Target)) }
	sort.SliceStable(cs, func(i, j int) bool {
		// a part number written out names its part more closely than a
		// word of its name ("cover" of "bearing cover CP200-BRG-03")
		if a, b := codeNamed(cs[i].TargetID, q), codeNamed(cs[j].TargetID, q); a != b {
			return a
		}
		if a, b := named(cs[i]), named(cs[j]); a != b {
			return a
		}
		return cs[i].TargetID < cs[j].TargetID
	})
}

// withoutWordsOfNumbered drops the uses of items that are only words of
// the name of a part the question gives by number: asked of "bearing
// cover CP200-BRG-03", the "cover" a torque table's "bearing cover
// bolts" holds is no part asked about.
func withoutWordsOfNumbered(cs []Computed, question string) []Computed {
	q := strings.ToLower(question)
	if len(cs) < 2 || !codeNamed(cs[0].TargetID, q) {
		return cs
	}
	_, code, _ := strings.Cut(strings.ToLower(cs[0].TargetID), ":")
	at := strings.Index(q, code)
	named := q[max(0, at-40):at] // the words written before the number name it
	out := cs[:1]
	for _, c := range cs[1:] {
		if codeNamed(c.TargetID, q) || !strings.Contains(named, strings.ToLower(c.Target)) {
			out = append(out, c)
		}
	}
	return out
}

// treeAnswers finds roots of the given types (linked, or by fulltext over
// entity names when the question names none) and computes a tree for each.
func (r *Retriever) treeAnswers(ctx context.Context, clearance kg.Audience, q Question, linked []Linked, types []string, rel string, build func(*graphView, string) Computed) ([]Computed, map[string]kg.Entity, error) {
	var roots []string
	for _, l := range linked {
		if slices.Contains(types, l.Entity.Type) {
			roots = append(roots, l.Entity.ID)
		}
	}
	if len(roots) == 0 {
		found, err := r.store.FindEntities(ctx, clearance, kg.EntityQuery{Text: searchText(q), Types: types, Limit: 3})
		if err != nil {
			return nil, nil, err
		}
		for _, e := range found {
			if describes(q, e) {
				roots = append(roots, e.ID)
			}
		}
	}
	ents := map[string]kg.Entity{}
	var out []Computed
	within := map[string]bool{} // steps of a tree already given: the routing holds its operations
	for _, root := range roots {
		if within[root] {
			continue
		}
		v, err := r.traverse(ctx, clearance, root, 2, nil, kg.Out)
		if err != nil {
			return nil, nil, err
		}
		if len(v.outOf(root, rel)) == 0 && len(v.outOf(root, kg.RemediedBy)) == 0 {
			continue
		}
		for _, step := range v.outOf(root, rel) {
			within[step.To] = true
		}
		mergeEntities(ents, v)
		out = append(out, withRelations(build(v, root), v))
		if len(out) == 2 {
			break
		}
	}
	return out, ents, nil
}

// describes reports whether an entity found by fulltext is what the
// question is about: it shares enough of the question's terms, and the
// shared terms are a good part of its own name.
func describes(q Question, e kg.Entity) bool {
	best := 0.0
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		own := ContentTerms(name)
		if len(own) == 0 {
			continue
		}
		n := termOverlap(q.Terms, name)
		if n < minOverlap(q) {
			continue
		}
		if r := float64(n) / float64(len(own)); r > best {
			best = r
		}
	}
	return best >= 0.5
}

// minOverlap is how many question terms an entity found by fulltext must
// share before it is trusted as what the question is about.
func minOverlap(q Question) int {
	if len(q.Terms) >= 4 {
		return 2
	}
	return 1
}

func (r *Retriever) fmeaAnswers(ctx context.Context, clearance kg.Audience, q Question, linked []Linked) ([]Computed, map[string]kg.Entity, error) {
	rels, err := r.store.Relations(ctx, clearance, kg.RelationQuery{Types: []string{kg.HasFailureMode, kg.CausedBy, kg.DetectedBy, kg.RemediedBy}, Limit: 50000})
	if err != nil {
		return nil, nil, err
	}
	idSet := map[string]bool{}
	for _, rel := range rels {
		idSet[rel.From], idSet[rel.To] = true, true
	}
	ids := make([]string, 0, len(idSet))
	for id := range idSet {
		ids = append(ids, id)
	}
	ents, err := r.store.Entities(ctx, clearance, ids)
	if err != nil {
		return nil, nil, err
	}
	v := newGraphView(kg.Subgraph{Entities: ents, Relations: rels})
	scope, subject, err := r.fmeaScope(ctx, clearance, withoutModifiers(q.Text, linked), idSet)
	if err != nil {
		return nil, nil, err
	}
	scope = narrowedToModes(v, scope, linked)
	fq := parseFMEAQuery(q.Text)
	c, ok := computeFMEA(rowsNamed(fmeaRows(v, scope), fq, q), fq, subject)
	if !ok {
		return nil, nil, nil
	}
	if len(c.Lines) > 25 {
		c.Lines = c.Lines[:25] // the count stays exact; only the listing is cut
		c.facts = nil
		for _, l := range c.Lines {
			c.facts = append(c.facts, l.facts...)
		}
	}
	c = withRelations(c, v)
	out := map[string]kg.Entity{}
	for _, l := range c.Lines {
		if e, ok := v.ents[l.ID]; ok {
			out[l.ID] = e
		}
	}
	for _, rel := range c.rels {
		for _, id := range []string{rel.From, rel.To} {
			if e, ok := v.ents[id]; ok {
				out[id] = e
			}
		}
	}
	return []Computed{c}, out, nil
}

func mergeEntities(dst map[string]kg.Entity, v *graphView) {
	for id, e := range v.ents {
		dst[id] = e
	}
}

// narrowedToModes keeps, of an item whose failure mode the question
// names too ("电机绝缘失效": the motor and its insulation failure), that
// mode's rows alone: the mode says which of the item's rows is asked.
func narrowedToModes(v *graphView, scope map[string]bool, linked []Linked) map[string]bool {
	var parents []string
	for _, l := range linked {
		if l.Entity.Type != kg.FailureMode || !scope[l.Entity.ID] {
			continue
		}
		for _, r := range v.inOf(l.Entity.ID, kg.HasFailureMode) {
			if scope[r.From] {
				parents = append(parents, r.From)
			}
		}
	}
	if len(parents) == 0 {
		return scope
	}
	out := maps.Clone(scope)
	for _, p := range parents {
		delete(out, p)
	}
	return out
}

// withoutModifiers drops a linked item the question names only as a
// modifier of the next one, or inside a longer name: "the engine air
// filter" asks of the air filter's rows, not of every engine row or
// every filter besides.
func withoutModifiers(text string, linked []Linked) []Linked {
	lower := strings.ToLower(text)
	var out []Linked
	for _, a := range linked {
		modifier := false
		for _, b := range linked {
			as, bs := strings.ToLower(a.Surface), strings.ToLower(b.Surface)
			if as == "" || bs == "" || as == bs {
				continue
			}
			// "filter" inside "air filter": the longer name is the item
			inside := strings.Contains(bs, as)
			before := !inside && (strings.Contains(lower, as+" "+bs) || hasHan(as) && strings.Contains(lower, as+bs))
			modifier = modifier || inside || before
		}
		if !modifier {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return linked
	}
	return out
}

// fmeaScope is the set of items an FMEA question is about: the linked
// items and everything below them ("the hydraulic system" covers its
// components' failure modes). Products scope nothing: an FMEA is usually
// about one product and naming it is context.
func (r *Retriever) fmeaScope(ctx context.Context, clearance kg.Audience, linked []Linked, inFMEA map[string]bool) (map[string]bool, string, error) {
	scope := map[string]bool{}
	subject := ""
	var items []string
	for _, l := range linked {
		if l.Entity.Type != kg.Product {
			items = append(items, l.Entity.ID)
		}
	}
	below, err := r.belowEach(ctx, clearance, items)
	if err != nil {
		return nil, "", err
	}
	for _, l := range linked {
		if l.Entity.Type == kg.Product {
			continue
		}
		added := false
		for id := range below[l.Entity.ID] {
			if inFMEA[id] && !scope[id] {
				scope[id] = true
				added = true
			}
		}
		if inFMEA[l.Entity.ID] {
			scope[l.Entity.ID], added = true, true
		}
		if added && subject == "" {
			subject = l.Entity.Name
		}
	}
	return scope, subject, nil
}

// belowEach is, for each item, the visible entities its bill of
// materials reaches within maxBOMDepth, the item included. The items are
// walked together, in one expansion, and the walk is split per item
// here: every relation within maxBOMDepth of an item is within that of
// the nearest item, so the union holds each item's own walk. A union cut
// by the relation limit need not, and is walked again item by item.
func (r *Retriever) belowEach(ctx context.Context, clearance kg.Audience, items []string) (map[string]map[string]bool, error) {
	out := map[string]map[string]bool{}
	if len(items) == 0 {
		return out, nil
	}
	if len(items) > 1 {
		sub, err := r.neighbourhood(ctx, clearance, kg.NeighbourQuery{Seeds: items, Hops: maxBOMDepth,
			Types: []string{kg.HasPart}, Dir: kg.Out, Limit: maxStructuralRelations})
		if err != nil {
			return nil, err
		}
		if len(sub.Relations) < maxStructuralRelations {
			v := newGraphView(sub)
			for _, id := range items {
				out[id] = v.reachOut(id, maxBOMDepth)
			}
			return out, nil
		}
	}
	for _, id := range items {
		if _, done := out[id]; done {
			continue
		}
		v, err := r.traverse(ctx, clearance, id, maxBOMDepth, []string{kg.HasPart}, kg.Out)
		if err != nil {
			return nil, err
		}
		out[id] = map[string]bool{}
		for e := range v.ents {
			out[id][e] = true
		}
	}
	return out, nil
}

// focusBOM narrows an explosion to what the question asks about: the
// first level when it asks for top-level assemblies, and the lines whose
// names carry the question's other terms ("how much grease", "多少米电缆").
func focusBOM(c Computed, q Question, linked []Linked, v *graphView) Computed {
	lower := strings.ToLower(q.Text)
	if containsAny(lower, []string{"first-level", "top-level", "level 1", "direct", "一级", "顶层", "直接"}) {
		var top []Line
		for _, l := range c.Lines {
			if len(l.Path) == 1 {
				top = append(top, l)
			}
		}
		return keepLines(c, top)
	}
	which := reAsksWhichItem.MatchString(strings.ToLower(q.Text))
	hits, _ := linesAsked(c, q, linked, v)
	if len(hits) == 0 && which {
		hits = linesDescribedAs(c, q, linked, v) // "which tires": the wheel whose description says "Talon Tires"
	}
	if len(hits) > 0 {
		if which && len(hits) <= maxDescribedLines {
			hits = describedLines(hits, v)
		}
		return keepLines(c, hits)
	}
	return c
}

// linesDescribedAs are the lines whose item's description carries the
// question's other terms, when few do: a list names a part by a short
// name ("wheel") and says what it is in its description ("Talon Tires").
func linesDescribedAs(c Computed, q Question, linked []Linked, v *graphView) []Line {
	free := freeTerms(q, linked)
	if len(free) == 0 {
		return nil
	}
	var hits []Line
	for _, l := range c.Lines {
		d := v.ents[l.ID].Props["description"]
		if d == "" {
			continue
		}
		if (Question{Terms: free, Alts: q.Alts}).Covered(TokenSet(d)) > 0 {
			hits = append(hits, l)
		}
	}
	if len(hits) > maxDescribedLines {
		return nil // a word many descriptions hold singles none out
	}
	return hits
}

// reAsksWhichItem asks which item a list calls for: "which wheels does
// the parts list call for", "用的是什么轮胎". The line's short name ("wheel")
// does not say; its description ("Traxxas 5374X Talon Tires, …") does.
var reAsksWhichItem = regexp.MustCompile(`\b(?:which|what)\b|哪(?:种|款|个|些)|什么`)

// maxDescribedLines bounds the lines given with their descriptions: more
// is a listing, where names are enough.
const maxDescribedLines = 3

// describedLines gives each line the description its item's row has,
// when that says more than the line's name.
func describedLines(lines []Line, v *graphView) []Line {
	out := make([]Line, len(lines))
	for i, l := range lines {
		d := strings.TrimSpace(v.ents[l.ID].Props["description"])
		if d != "" && !strings.EqualFold(d, l.Name) {
			l.Props = maps.Clone(l.Props)
			if l.Props == nil {
				l.Props = kg.Props{}
			}
			l.Props["description"] = d
		}
		out[i] = l
	}
	return out
}

// freeTerms are the question's terms other than the named items' words
// and the words of asking a BOM question.
func freeTerms(q Question, linked []Linked) []string {
	var surface []string
	for _, l := range linked {
		surface = append(surface, ContentTerms(l.Surface)...)
	}
	return without(q.Terms, append(surface, bomWords...))
}

// linesAsked are the lines whose names carry the question's words other
// than the named items and the words of asking; asked is whether there
// are such words.
func linesAsked(c Computed, q Question, linked []Linked, v *graphView) (hits []Line, asked bool) {
	free := freeTerms(q, linked)
	if len(free) == 0 {
		return nil, false
	}
	for _, l := range c.Lines {
		e := v.ents[l.ID]
		have := TokenSet(e.Name + " " + strings.Join(e.Aliases, " "))
		fq := Question{Terms: free, Alts: q.Alts}
		if fq.Covered(have) > 0 {
			hits = append(hits, l)
		}
	}
	return hits, true
}

// countsWhatItLacks: the question counts one thing ("how many washers go
// on the screw", "几颗螺丝") and no line of the explosion is that thing,
// so listing the explosion would answer another question.
func countsWhatItLacks(c Computed, q Question, linked []Linked, v *graphView) bool {
	hits, asked := linesAsked(c, q, linked, v)
	return countsOnePart(q) && asked && len(hits) == 0
}

// keepLines narrows an explosion to lines and its citations to their
// rows: the rows of lines not shown would crowd out the ones shown.
func keepLines(c Computed, lines []Line) Computed {
	c.Lines = lines
	c.facts = nil
	for _, l := range lines {
		c.facts = append(c.facts, l.facts...)
	}
	return c
}

// bomWords are how people ask about BOMs, not what they ask about.
var bomWords = ContentTerms("bom bill of materials parts list listed part parts component components assembly assemblies quantity how much many total 物料清单 零件 部件 组件 数量 需要 一台 整机 共 按")

// reverseOf lists what points at id through rel: the parts a supplier
// supplies, the parts made of a material.
func reverseOf(v *graphView, id, rel string) Computed {
	c := Computed{Kind: "reverse", Metric: rel, Target: v.name(id), TargetID: id}
	for _, r := range v.inOf(id, rel) {
		c.Lines = append(c.Lines, Line{ID: r.From, Name: v.name(r.From), Type: v.typ(r.From), facts: []string{r.ID}})
		c.facts = append(c.facts, r.ID)
	}
	return c
}

var nextCues = []string{"follow", "next", "after", "之后", "下一", "后面", "接着"}

// previousCues ask for the step before one: "what comes before the
// hydrostatic test", "水压试验前一道是啥".
var previousCues = []string{"previous", "preceding", "precedes", "comes before", "come before", "prior to", "step before", "operation before", "前一", "上一", "之前", "前面"}

// PreviousStep marks a "next" answer that names the steps before one.
const PreviousStep = "previous"

// nextSteps answers "which operation follows X": the NEXT_STEP of each
// linked process step.
func (r *Retriever) nextSteps(ctx context.Context, clearance kg.Audience, q Question, linked []Linked) ([]Computed, map[string]kg.Entity, error) {
	lower := strings.ToLower(q.Text)
	before := containsAny(lower, previousCues) && !containsAny(lower, nextCues)
	if !before && !containsAny(lower, nextCues) {
		return nil, nil, nil
	}
	steps, byName, err := r.stepsOf(ctx, clearance, linked)
	if err != nil {
		return nil, nil, err
	}
	ents := map[string]kg.Entity{}
	var out []Computed
	for _, step := range steps {
		dir := kg.Out
		if before {
			dir = kg.In
		}
		v, err := r.traverse(ctx, clearance, step, 1, []string{kg.NextStep}, dir)
		if err != nil {
			return nil, nil, err
		}
		nexts := v.outOf(step, kg.NextStep)
		if before {
			nexts = v.inOf(step, kg.NextStep)
		}
		if len(nexts) == 0 {
			continue
		}
		mergeEntities(ents, v)
		c := Computed{Kind: "next", Subject: v.name(step), SubjectID: step}
		if before {
			c.Metric = PreviousStep
		}
		for _, n := range nexts {
			other := n.To
			if before {
				other = n.From
			}
			c.Lines = append(c.Lines, Line{ID: other, Name: v.name(other), Type: kg.Process, facts: []string{n.ID}})
			c.facts = append(c.facts, n.ID)
		}
		out = append(out, withRelations(c, v))
		if byName {
			break // the step the question describes, not every step naming the part
		}
	}
	return out, ents, nil
}

// countsOnePart asks how many (or how much, of what a BOM measures in
// litres or kilograms) of one thing a whole needs, not which parts the
// whole has.
func countsOnePart(q Question) bool {
	lower := strings.ToLower(q.Text)
	asksAmount := anyCue(lower, amountCues) && !anyCue(lower, costCues) && !anyCue(lower, []string{"how much is", "how much are", "worth"})
	return (anyCue(lower, countCues) || asksAmount || countsOverWhole(lower)) && !anyCue(lower, partsCues)
}

// amountCues ask an amount, not a count: "how much grease in one pump";
// "how much is a seal" asks its price.
var amountCues = []string{"how much"}

var (
	countCues = []string{"how many", "quantity", "qty", "多少个", "几个", "数量", "用量", "多少根", "多少颗", "多少只", "几根", "几颗", "几只"}
	partsCues = []string{"part", "component", "item", "零件", "部件", "组件", "物料", "哪些", "种"}
)

// rollUpToTop counts a named part in the top item it rolls up into, when
// it rolls up into one: the whole the question names only by a common
// word ("one pump", "一台") is the product its BOM ends in.
func (r *Retriever) rollUpToTop(ctx context.Context, clearance kg.Audience, q Question, linked []Linked, items []string, ents map[string]kg.Entity) (Computed, bool, error) {
	for _, target := range items {
		up, err := r.traverse(ctx, clearance, target, maxBOMDepth, []string{kg.HasPart}, kg.In)
		if err != nil {
			return Computed{}, false, err
		}
		if len(up.inOf(target, kg.HasPart)) == 0 || qualifiedOtherwise(q, linkedOf(linked, target), up) {
			continue
		}
		tops := whereUsed(up, target).Tops
		if len(tops) != 1 {
			continue
		}
		down, err := r.traverse(ctx, clearance, tops[0].ID, maxBOMDepth, []string{kg.HasPart}, kg.Out)
		if err != nil {
			return Computed{}, false, err
		}
		if c, ok := rollUp(down, tops[0].ID, target); ok {
			mergeEntities(ents, down)
			return withRelations(c, down), true, nil
		}
	}
	return Computed{}, false, nil
}

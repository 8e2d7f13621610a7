package retrieval

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kgassist/kgassist/kg"
)

const (
	maxFacts      = 12
	maxComputed   = 30 // passages a computed answer may bring in
	mentionChunks = 2  // passages per linked entity
)

// assemble takes the passages that support the chosen facts, ranks the
// passages by personalised PageRank from the linked entities, fuses all
// lists, cuts to the budget and numbers the items.
func (r *Retriever) assemble(ctx context.Context, clearance kg.Audience, ev *Evidence, g *gathered) error {
	start := time.Now()
	facts, computedIDs := g.chosenFacts(), g.computedFacts()
	support := g.support
	if support == nil {
		support = map[string][]kg.Chunk{}
	}
	for id, chunks := range g.named {
		support[id] = chunks
	}
	computedIDs = append(computedIDs, tableRowSupport(g.computed, support)...)
	ev.Trace.stage("support", start, len(support))

	pprHits, err := r.personalisedPageRank(ctx, clearance, ev, g, support)
	if err != nil {
		return err
	}
	ev.Trace.stage("ppr", start, len(pprHits))
	f := newFusion()
	f.addScored(g.text, weightFulltext, "fulltext")
	f.addScored(g.vector, weightVector, "vector")
	f.addScored(pprHits, weightPPR, "ppr")
	f.addBetter(g.bridge, weightBridge, "bridge", "fulltext")
	f.addBetter(g.open, 1, "open", "fulltext")
	f.addBetter(g.coded, 1, "code", "fulltext")
	f.addBetter(g.alsoCoded, 1, "code", "fulltext")
	f.addBetter(g.parts, 1, "part", "fulltext")
	for _, h := range append(append(firstScored(g.open, openKept), firstScored(g.coded, codeKept)...), g.partBest...) {
		if c, ok := f.byID[h.Chunk.ID]; ok {
			c.reserved = true
		}
	}
	ev.Trace.Bridge = BridgeTrace{Queries: g.bridgeQueries, Found: len(g.bridge)}
	maxFact := 0.0
	for _, fact := range facts {
		maxFact = max(maxFact, fact.Score)
	}
	// A passage stating several facts is one passage: it scores as its
	// best fact, as a list gives each passage one place.
	byFact := map[string]float64{}
	var factChunks []kg.Chunk
	for _, fact := range facts {
		if fact.Score < 2 {
			continue
		}
		for _, c := range support[fact.ID] {
			if _, ok := byFact[c.ID]; !ok {
				factChunks = append(factChunks, c)
			}
			byFact[c.ID] = max(byFact[c.ID], fact.Score/maxFact)
		}
	}
	for _, c := range factChunks {
		f.add(c, weightGraph*byFact[c.ID], "graph", false)
	}
	for _, l := range ev.Linked {
		if l.Entity.Type == kg.Parameter {
			continue // every data sheet mentions "rated voltage"; its facts bring its passages
		}
		chunks := support[l.Entity.ID]
		for i, c := range firstN(chunks, mentionChunks) {
			// An entity named in many passages says little about each.
			f.add(c, weightMention/float64(1+i)/float64(len(chunks)), "mention", false)
		}
	}
	for _, c := range computedSupport(dedupe(computedIDs), support) {
		f.add(c, weightComputed, "computed", true)
	}
	ev.Trace.Fusion = fusionTrace
	ev.Trace.Retrieved = len(f.order)
	demoteOtherCodes(ev.Question, f)
	demoteOtherNames(ev.Question, f)
	demoteHeaderOnlyRows(ev.Question, f)
	reserveSecondSources(ev.Question, f, r.opts.MaxItems)
	reserveWholeSymptoms(ev.Question, f, r.opts.MaxItems)
	reserveCountedLines(ev.Question, f, r.opts.MaxItems)
	reserveCodeEntries(ev.Question, f, r.opts.MaxItems)
	kept := r.budget(f)
	number(ev, kept, facts, g, support)
	ev.Trace.Kept = len(ev.Items)
	ev.Trace.Coverage = coverage(ev)
	ev.Trace.stage("rank", start, len(ev.Items))
	return nil
}

// computedSupport are the passages a computed answer brings in, at most
// maxComputed: first one passage for each fact it used, then a second,
// and so on. A BOM held both as a sheet and as a CSV supports each line
// twice; taking both for the first lines would leave the later lines of
// the answer with no citation at all.
func computedSupport(ids []string, support map[string][]kg.Chunk) []kg.Chunk {
	var out []kg.Chunk
	seen := map[string]bool{}
	for k, more := 0, true; more && len(out) < maxComputed; k++ {
		more = false
		for _, id := range ids {
			chunks := support[id]
			if k >= len(chunks) || len(out) == maxComputed {
				continue
			}
			more = true
			if c := chunks[k]; !seen[c.ID] {
				seen[c.ID] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// budget keeps the forced passages and then the best-scoring ones until the
// item or token budget is spent.
func (r *Retriever) budget(f *fusion) []*candidate {
	all := rankedCandidates(f)
	var kept []*candidate
	tokens, free := 0, 0
	for _, c := range all {
		n := tokenCount(c.chunk.Text)
		over := free >= r.opts.MaxItems || tokens+n > r.opts.TokenBudget
		if !c.forced && over && !c.reserved {
			continue
		}
		if !c.forced && !over {
			free++
		}
		tokens += n
		kept = append(kept, c)
	}
	return kept
}

// number assigns item numbers and resolves the citations of facts and
// computed lines to them.
func number(ev *Evidence, kept []*candidate, facts []Fact, g *gathered, support map[string][]kg.Chunk) {
	n := map[string]int{}
	for i, c := range kept {
		ev.Items = append(ev.Items, Item{N: i + 1, Chunk: c.chunk, Score: c.score, Via: c.via, Signals: c.signals})
		n[c.chunk.ID] = i + 1
	}
	cites := func(factIDs ...string) []int {
		var out []int
		for _, id := range factIDs {
			for _, c := range support[id] {
				if k, ok := n[c.ID]; ok && !slices.Contains(out, k) {
					out = append(out, k)
				}
			}
		}
		sort.Ints(out)
		return out
	}
	for _, f := range facts {
		f.Cites = cites(f.ID)
		if len(f.Cites) > 0 {
			ev.Facts = append(ev.Facts, f)
		}
	}
	for _, c := range g.computed {
		c.Cites = cites(append(c.facts, c.rowIDs()...)...)
		traceTables(ev, c)
		citeLines(c.Lines, cites)
		citeLines(c.Tops, cites)
		ev.Computed = append(ev.Computed, c)
		for _, id := range c.facts {
			addFactOnce(ev, id, g, c.rels, cites)
		}
	}
	for id, e := range g.entities {
		ev.Entities[id] = e
	}
}

func citeLines(lines []Line, cites func(...string) []int) {
	for i := range lines {
		lines[i].Cites = cites(lines[i].facts...)
		citeLines(lines[i].Children, cites)
	}
}

// addFactOnce records a relation a computation used as an evidence fact, so
// the evidence graph shows it.
func addFactOnce(ev *Evidence, relID string, g *gathered, used []kg.Relation, cites func(...string) []int) {
	for _, f := range ev.Facts {
		if f.ID == relID {
			return
		}
	}
	for _, f := range g.facts {
		if f.ID == relID {
			f.Cites = cites(relID)
			ev.Facts = append(ev.Facts, f)
			return
		}
	}
	f := Fact{Relation: kg.Relation{ID: relID}, Cites: cites(relID)}
	for _, r := range used {
		if r.ID == relID {
			f.Relation = r
			f.FromName, f.ToName = nameOf(g.entities, r.From), nameOf(g.entities, r.To)
			f.FromType, f.ToType = g.entities[r.From].Type, g.entities[r.To].Type
		}
	}
	ev.Facts = append(ev.Facts, f)
}

func nameOf(ents map[string]kg.Entity, id string) string {
	if e, ok := ents[id]; ok {
		return e.Name
	}
	return ""
}

// coverage is the share of the question's content terms found in the kept
// passages or the linked entities' names: the answerer's main signal for
// whether the evidence is about the question at all.
func coverage(ev *Evidence) float64 {
	terms := ev.Question.Terms
	if len(terms) == 0 {
		return 0
	}
	return float64(ev.Question.Covered(TokenSet(ev.Text()))) / float64(len(terms))
}

// Text is everything the evidence says: its passages with their sections
// and titles, and the names of the entities it linked.
func (ev *Evidence) Text() string {
	var b strings.Builder
	for _, it := range ev.Items {
		b.WriteString(it.Chunk.Text + " " + it.Chunk.SectionPath() + " " + it.Chunk.DocTitle + " ")
	}
	for _, l := range ev.Linked {
		b.WriteString(l.Entity.Name + " " + strings.Join(l.Entity.Aliases, " ") + " ")
	}
	return b.String()
}

// mentionIDs are the linked entities whose mentions are worth reading. A
// parameter ("rated voltage") is mentioned by every data sheet in the
// plant; its passages come through the facts that use it instead.
func mentionIDs(linked []Linked) []string {
	var ids []string
	for _, l := range linked {
		if l.Entity.Type != kg.Parameter {
			ids = append(ids, l.Entity.ID)
		}
	}
	return ids
}

func dedupe(ids []string) []string {
	seen := map[string]bool{}
	out := ids[:0:0]
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func firstN(cs []kg.Chunk, n int) []kg.Chunk {
	if len(cs) > n {
		return cs[:n]
	}
	return cs
}

// chosenFacts are the facts of the expansion the evidence may cite.
func (g *gathered) chosenFacts() []Fact {
	if len(g.facts) > maxFacts {
		return g.facts[:maxFacts]
	}
	return g.facts
}

// supportIDs are the facts whose passages assemble cites: the chosen facts
// that state what was asked, and those the computed answers rest on.
func (g *gathered) supportIDs() []string {
	var ids []string
	for _, f := range g.chosenFacts() {
		if f.Score >= 2 {
			ids = append(ids, f.ID)
		}
	}
	return dedupe(append(ids, g.computedFacts()...))
}

func (g *gathered) computedFacts() []string {
	var ids []string
	for _, c := range g.computed {
		ids = append(ids, c.facts...)
	}
	return ids
}

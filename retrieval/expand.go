package retrieval

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kgassist/kgassist/kg"
)

// expansionPlan is how far and along which relations each intent looks.
var expansionPlan = map[Intent]struct {
	hops  int
	types []string
}{
	Troubleshooting: {3, []string{kg.HasSymptom, kg.CausedBy, kg.RemediedBy, kg.HasFailureMode, kg.HasEffect, kg.DetectedBy}},
	Specification:   {1, []string{kg.HasParameter, kg.CompliesWith, kg.MadeOf}},
	BOM:             {1, []string{kg.HasPart}},
	WhereUsed:       {1, []string{kg.HasPart}},
	ProcessIntent:   {2, []string{kg.HasStep, kg.NextStep, kg.Uses, kg.HasParameter}},
	FMEA:            {2, []string{kg.HasFailureMode, kg.CausedBy, kg.RemediedBy, kg.HasEffect, kg.DetectedBy}},
	General:         {1, nil},
}

// expansionQuery is the k-hop expansion from the linked entities (seeds)
// that the intent calls for; nil when the question links none.
func expansionQuery(q Question, seeds []string) *kg.NeighbourQuery {
	if len(seeds) == 0 {
		return nil
	}
	plan := expansionPlan[q.Intent]
	return &kg.NeighbourQuery{Seeds: seeds, Hops: plan.hops, Types: plan.types, Limit: 300}
}

// takeExpansion scores the facts of the expansion and keeps its entities.
func takeExpansion(sub kg.Subgraph, q Question, linked []Linked, g *gathered) {
	g.entities = map[string]kg.Entity{}
	if len(linked) == 0 {
		return
	}
	g.facts = scoreFacts(sub, q, linked)
	for _, e := range sub.Entities {
		g.entities[e.ID] = e
	}
}

func linkedIDs(linked []Linked) []string {
	ids := make([]string, 0, len(linked))
	for _, l := range linked {
		ids = append(ids, l.Entity.ID)
	}
	return ids
}

// preferred relation types per intent get a bonus when scoring facts.
var preferred = map[Intent][]string{
	Troubleshooting: {kg.CausedBy, kg.RemediedBy, kg.HasSymptom},
	Specification:   {kg.HasParameter},
	ProcessIntent:   {kg.HasStep, kg.Uses, kg.HasParameter},
	FMEA:            {kg.HasFailureMode, kg.CausedBy},
	BOM:             {kg.HasPart},
	WhereUsed:       {kg.HasPart},
}

// scoreFacts ranks the relations of the expansion: facts touching a linked
// entity, of a type the intent wants, between entities whose names share
// the question's terms, come first. Answers marks the facts that state
// what was asked, not merely something about what was named.
func scoreFacts(sub kg.Subgraph, q Question, linked []Linked) []Fact {
	names := map[string]kg.Entity{}
	for _, e := range sub.Entities {
		names[e.ID] = e
	}
	seed, specific := map[string]bool{}, map[string]bool{}
	// A parameter named alone ("located", "average") is a word of the
	// question, not its subject: its facts count only when they join it
	// to another thing the question names ("weight" of the pump).
	generic := map[string]bool{}
	var linkedTerms []string
	for _, l := range linked {
		seed[l.Entity.ID] = true
		generic[l.Entity.ID] = l.Entity.Type == kg.Parameter
		if specificType(l.Entity.Type) {
			specific[l.Entity.ID] = true
		}
		linkedTerms = append(linkedTerms, ContentTerms(l.Surface)...)
	}
	free := without(q.Terms, linkedTerms)
	var facts []Fact
	for _, rel := range sub.Relations {
		from, to := names[rel.From], names[rel.To]
		s := 0.0
		both := seed[rel.From] && seed[rel.To]
		if seed[rel.From] && (both || !generic[rel.From]) {
			s += 2
		}
		if seed[rel.To] && (both || !generic[rel.To]) {
			s += 2
		}
		if both {
			s += 3 // a fact joining two things the question names
		}
		if slices.Contains(preferred[q.Intent], rel.Type) {
			s++
		}
		s += 0.5 * float64(termOverlap(q.Terms, from.Name+" "+to.Name+" "+propsText(rel.Props)))
		f := Fact{Relation: rel, FromName: from.Name, ToName: to.Name, FromType: from.Type, ToType: to.Type, Score: s}
		f.Answers = answers(rel, from, to, seed, specific, free, both)
		facts = append(facts, f)
	}
	sort.SliceStable(facts, func(i, j int) bool {
		if facts[i].Answers != facts[j].Answers {
			return facts[i].Answers
		}
		if facts[i].Score != facts[j].Score {
			return facts[i].Score > facts[j].Score
		}
		return facts[i].ID < facts[j].ID
	})
	return facts
}

// answers: the fact joins two named things, or it starts at the most
// specific thing named and its other end matches what else was asked.
func answers(rel kg.Relation, from, to kg.Entity, seed, specific map[string]bool, free []string, both bool) bool {
	if both {
		return true
	}
	if len(specific) > 0 && !specific[rel.From] && !specific[rel.To] {
		return false
	}
	other := to
	if seed[rel.To] {
		other = from
	} else if !seed[rel.From] {
		return false
	}
	text := other.Name
	for _, a := range other.Aliases {
		text += " " + a
	}
	// Most of what the question asks besides the named things must be in
	// the other end's name: "price of the pump" is not answered by
	// "weight (pump, motor)".
	n := termOverlap(free, text)
	return n > 0 && 2*n >= len(free)
}

// specificType: a question naming one of these asks about it, not about
// the product as a whole.
func specificType(t string) bool {
	switch t {
	case kg.Part, kg.Assembly, kg.Material, kg.Equipment, kg.Tool, kg.FailureMode, kg.Symptom, kg.Process:
		return true
	}
	return false
}

func without(terms, drop []string) []string {
	var out []string
	for _, t := range terms {
		if !slices.Contains(drop, t) {
			out = append(out, t)
		}
	}
	return out
}

func propsText(p kg.Props) string {
	var b strings.Builder
	for _, k := range p.SortedKeys() {
		b.WriteString(p[k])
		b.WriteByte(' ')
	}
	return b.String()
}

// termOverlap counts the question terms that occur in s.
func termOverlap(terms []string, s string) int {
	n := 0
	for _, t := range namesTerms(s) { // each once: no set to build
		for _, q := range terms {
			if q == t {
				n++
			}
		}
	}
	return n
}

// maxNamesTerms bounds the remembered names; when full the memory starts
// over.
const maxNamesTerms = 1 << 15

// namesTermsSeen remembers the terms of the names termOverlap reads: the
// ends of every relation near the question are read for every question,
// and the graph's names recur from one question to the next.
var namesTermsSeen struct {
	m sync.Map // string -> []string
	n atomic.Int64
}

// namesTerms is ContentTerms(s), remembered. Callers must not change the
// terms: they are shared.
func namesTerms(s string) []string {
	if v, ok := namesTermsSeen.m.Load(s); ok {
		return v.([]string)
	}
	terms := slices.Clip(ContentTerms(s))
	if namesTermsSeen.n.Add(1) > maxNamesTerms {
		namesTermsSeen.m.Clear()
		namesTermsSeen.n.Store(1)
	}
	namesTermsSeen.m.Store(s, terms)
	return terms
}

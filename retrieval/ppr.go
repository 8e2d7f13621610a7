package retrieval

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
)

// Personalised PageRank over the entity–passage graph, as HippoRAG 2 does:
// the walk starts from the entities the question names and from the
// passages fulltext ranked first, and flows along "passage mentions
// entity" and "entity is stated in passage" edges. A passage that names
// neither the question's words nor its entities, but describes an entity
// the best passages mention (the bridge of a multi-hop question), is
// reached in two steps.
const (
	pprPassages    = 12   // best passages whose mentions are read
	pprEntities    = 48   // entity nodes fetched at most
	pprDamping     = 0.85 // chance the walk goes on rather than restarts
	pprIterations  = 16
	pprPassageSeed = 0.5 // share of the restart mass on passages
	pprMinSurface  = 4   // runes: shorter names are too ambiguous to follow
)

// PPRTrace records the graph the walk ran on.
type PPRTrace struct {
	Seeds    []string `json:"seeds,omitempty"` // entities the walk restarts from
	Entities int      `json:"entities"`
	Passages int      `json:"passages"`
	Edges    int      `json:"edges"`
	Skipped  string   `json:"skipped,omitempty"` // why the walk did not run
}

type pprGraph struct {
	chunks  map[string]kg.Chunk
	adj     map[string]map[string]bool // node -> neighbours; passages "p:", entities "e:"
	edges   int
	entSupp map[string][]kg.Chunk
}

func (g *pprGraph) link(entityID string, c kg.Chunk) {
	p, e := "p:"+c.ID, "e:"+entityID
	g.chunks[c.ID] = c
	if g.adj[p] == nil {
		g.adj[p] = map[string]bool{}
	}
	if g.adj[e] == nil {
		g.adj[e] = map[string]bool{}
	}
	if !g.adj[p][e] {
		g.adj[p][e], g.adj[e][p] = true, true
		g.edges++
	}
}

func (r *Retriever) personalisedPageRank(ctx context.Context, clearance kg.Audience, ev *Evidence, g *gathered, support map[string][]kg.Chunk) ([]kg.ScoredChunk, error) {
	if !walks(ev.Question) {
		ev.Trace.PPR.Skipped = "structural question"
		return nil, nil
	}
	graph := &pprGraph{chunks: map[string]kg.Chunk{}, adj: map[string]map[string]bool{}, entSupp: map[string][]kg.Chunk{}}
	seeds := map[string]float64{}
	for _, l := range ev.Linked {
		if l.Entity.Type == kg.Parameter {
			continue
		}
		chunks := support[l.Entity.ID]
		for _, c := range chunks {
			graph.link(l.Entity.ID, c)
		}
		if len(chunks) > 0 {
			// An entity stated in many passages says little about each.
			seeds["e:"+l.Entity.ID] += 1 / float64(len(chunks))
			ev.Trace.PPR.Seeds = append(ev.Trace.PPR.Seeds, l.Entity.ID)
		}
	}
	best := 0.0
	for _, h := range g.text {
		best = max(best, h.Score)
	}
	passageSeeds := map[string]float64{}
	for _, h := range firstScored(g.text, pprPassages) {
		if best > 0 && h.Score > 0 {
			passageSeeds["p:"+h.Chunk.ID] = h.Score / best
		}
	}
	for _, m := range g.mentions {
		chunks, ok := g.stated[m.entity]
		if !ok {
			chunks, ok = support[m.entity]
		}
		if !ok || len(chunks) == 0 {
			continue
		}
		graph.link(m.entity, m.in)
		for _, c := range chunks {
			graph.link(m.entity, c)
		}
	}
	passageRestart := normalise(passageSeeds, pprPassageSeed, len(seeds) > 0)
	scores := walk(graph.adj, normalise(seeds, 1-pprPassageSeed, len(passageSeeds) > 0), passageRestart)
	ev.Trace.PPR.Passages = len(graph.chunks)
	ev.Trace.PPR.Entities = len(graph.adj) - len(graph.chunks)
	ev.Trace.PPR.Edges = graph.edges
	var out []kg.ScoredChunk
	for id, c := range graph.chunks {
		// What a passage receives from the walk, not what it was seeded
		// with: the fulltext list already speaks for its own ranking.
		if s := scores["p:"+id] - (1-pprDamping)*passageRestart["p:"+id]; s > 1e-9 {
			out = append(out, kg.ScoredChunk{Chunk: c, Score: s})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Chunk.ID < out[j].Chunk.ID
	})
	return firstScored(out, r.opts.TopK), nil
}

// walks reports whether the walk runs for q. Structure answers BOM,
// where-used, process and FMEA questions: the parts list, the routing, the
// FMEA rows. Passages merely near the named things in the graph only crowd
// the ones that state the answer.
func walks(q Question) bool {
	switch q.Intent {
	case BOM, WhereUsed, ProcessIntent, FMEA:
		return false
	}
	return true
}

// readMentions finds the entities the best fulltext passages name, and
// returns those whose stating passages the walk needs: its edges beyond
// the linked entities.
func (r *Retriever) readMentions(ctx context.Context, clearance kg.Audience, q Question, g *gathered) ([]string, error) {
	if !walks(q) {
		return nil, nil
	}
	mentions, err := r.mentions(ctx, clearance, firstScored(g.text, pprPassages))
	if err != nil {
		return nil, err
	}
	var fetch []string
	for _, m := range mentions {
		if !slices.Contains(fetch, m.entity) && len(fetch) < pprEntities {
			fetch = append(fetch, m.entity)
		}
	}
	g.mentions = mentions
	return fetch, nil
}

// normalise scales a seed set to total share of the restart mass, or to
// all of it when the other set is empty.
func normalise(seeds map[string]float64, share float64, shared bool) map[string]float64 {
	if !shared {
		share = 1
	}
	total := 0.0
	for _, k := range sortedKeys(seeds) {
		total += seeds[k]
	}
	out := make(map[string]float64, len(seeds))
	for k, v := range seeds {
		out[k] = share * v / total
	}
	return out
}

// walk runs personalised PageRank by power iteration: at each step the
// walk restarts at the seeds with probability 1 - pprDamping. The nodes
// are numbered in sorted order and the iterations run over slices: each
// node's sum is added up in that order, as before over maps, and the
// result holds the nodes the walk reached. adj holds each edge both
// ways, as pprGraph.link makes it.
func walk(adj map[string]map[string]bool, seedSets ...map[string]float64) map[string]float64 {
	restart := map[string]float64{}
	for _, set := range seedSets {
		for k, v := range set {
			restart[k] += v
		}
	}
	nodes := sortedNodes(adj, restart)
	index := make(map[string]int, len(nodes))
	for i, n := range nodes {
		index[n] = i
	}
	links := 0
	for _, nb := range adj {
		links += len(nb)
	}
	all, neighbours := make([]int, 0, links), make([][]int, len(nodes))
	for i, n := range nodes {
		from := len(all)
		for m := range adj[n] {
			all = append(all, index[m])
		}
		neighbours[i] = all[from:len(all):len(all)]
	}
	start := make([]float64, len(nodes))
	seeded := make([]bool, len(nodes))
	for k, v := range restart {
		start[index[k]], seeded[index[k]] = v, true
	}
	rank, reached := slices.Clone(start), slices.Clone(seeded)
	next, nextReached := make([]float64, len(nodes)), make([]bool, len(nodes))
	for it := 0; it < pprIterations; it++ {
		for i := range next {
			next[i], nextReached[i] = (1-pprDamping)*start[i], seeded[i]
		}
		for i, mass := range rank {
			if !reached[i] {
				continue
			}
			nb := neighbours[i]
			if len(nb) == 0 {
				next[i] += pprDamping * mass // a dead end keeps its mass
				nextReached[i] = true
				continue
			}
			share := pprDamping * mass / float64(len(nb))
			for _, n := range nb {
				next[n] += share
				nextReached[n] = true
			}
		}
		rank, next = next, rank
		reached, nextReached = nextReached, reached
	}
	out := make(map[string]float64, len(nodes))
	for i, n := range nodes {
		if reached[i] {
			out[n] = rank[i]
		}
	}
	return out
}

type mention struct {
	entity string
	in     kg.Chunk
}

// mentions finds the entities each passage names, with the linker's
// dictionary, in the order of the passages. Parameters ("average",
// "around") and short names are not followed: they join passages that
// share a word, not a subject.
func (r *Retriever) mentions(ctx context.Context, clearance kg.Audience, passages []kg.ScoredChunk) ([]mention, error) {
	dict, longest, err := r.linker.dictionary(ctx)
	if err != nil || dict == nil {
		return nil, err
	}
	var out []mention
	seen := map[string]bool{}
	for _, p := range passages {
		if seen[p.Chunk.ID] {
			continue
		}
		seen[p.Chunk.ID] = true
		text := foldName(p.Chunk.Text)
		for _, form := range matchDictionary(dict, longest, text, r.linker.startsOf()) {
			entries := dict[form]
			if len(entries) > maxFormsPerSurface || utf8.RuneCountInString(form) < pprMinSurface {
				continue
			}
			for _, e := range entries {
				if e.aud <= clearance && !strings.HasPrefix(e.id, kg.Parameter+":") {
					out = append(out, mention{entity: e.id, in: p.Chunk})
				}
			}
		}
	}
	return out, nil
}

func firstScored(hits []kg.ScoredChunk, n int) []kg.ScoredChunk {
	if len(hits) > n {
		return hits[:n]
	}
	return hits
}

// Floats are summed in one order: sums in map order differ in their last
// bits from run to run, and passages the walk scores alike then swapped
// places, or fell in and out of its list, between runs of one question.
func sortedNodes(adj map[string]map[string]bool, restart map[string]float64) []string {
	nodes := make([]string, 0, len(adj)+len(restart))
	for k := range adj {
		nodes = append(nodes, k)
	}
	for k := range restart {
		if _, ok := adj[k]; !ok {
			nodes = append(nodes, k)
		}
	}
	sort.Strings(nodes)
	return nodes
}

func sortedKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

package retrieval

import (
	"context"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// A question's reads go to the store in two rounds, each one round trip
// on a store that can answer several reads at once (kg.MultiReader):
// first what the question alone decides (its linked entities, fulltext
// and vector search, the passages and neighbourhood of what it names),
// then what the first round's passages and facts decide (the walk's
// edges, the second-hop searches, the passages of the facts cited).
// Computed answers read between the two, when the intent asks for one.

// readFirst links the question and reads everything that depends only on
// the question.
func (r *Retriever) readFirst(ctx context.Context, clearance kg.Audience, q Question, vec *questionVector, ev *Evidence, g *gathered) error {
	named := withAttributeCompounds(withShorthandSpelled(q.Text))
	parts := searchParts(q.Text)
	cands, err := r.linker.candidates(ctx, clearance, named)
	if err != nil {
		return err
	}
	var linked []Linked
	seeds := cands.ids
	if !cands.listed {
		if linked, err = r.linker.linkByName(ctx, clearance, named); err != nil {
			return err
		}
		seeds = linkedIDs(linked)
	}
	v, err := vec.wait()
	if err != nil {
		return kg.Wrap("retrieval.gather", err)
	}
	reads := kg.Reads{
		Entities:   cands.ids,
		Searches:   append([]kg.ChunkQuery{{Text: searchText(q), Limit: r.opts.TopK}}, partSearches(parts, partLimit)...),
		Supporting: withoutParameters(seeds),
		Expand:     expansionQuery(q, seeds),
		Version:    r.versioned(),
	}
	if len(v) > 0 && !zero(v) { // a question of punctuation points nowhere
		reads.Nearest, reads.NearestK = v, r.opts.TopK
	}
	res, err := r.readMany(ctx, clearance, reads)
	if err != nil {
		return kg.Wrap("retrieval.gather", err)
	}
	if reads.Version && r.noteVersion(res.Version) && g.mayRestart {
		return errStoreMoved
	}
	if cands.listed {
		linked = cands.linked(res.Entities)
	}
	if linked, err = r.linkTranslated(ctx, clearance, q, linked); err != nil {
		return err
	}
	ev.Linked = linked
	for _, l := range linked {
		ev.Entities[l.Entity.ID] = l.Entity
		ev.Trace.Linked = append(ev.Trace.Linked, l.Entity.Type+":"+l.Entity.Name)
	}
	g.text, g.vector = res.Searches[0], res.Nearest
	keepParts(parts, res.Searches[1:], g)
	if ids := mentionIDs(linked); len(ids) > 0 {
		g.named = supportOf(res.Supporting, ids)
	}
	takeExpansion(res.Expanded, q, linked, g)
	return nil
}

// readSecond computes structural answers, then reads what the first
// round's passages and facts lead to.
func (r *Retriever) readSecond(ctx context.Context, clearance kg.Audience, q Question, linked []Linked, g *gathered) error {
	stated, computed, ents, err := r.structuralBesideMentions(ctx, clearance, q, linked, g)
	if err != nil {
		return err
	}
	g.computed = computed
	for id, e := range ents {
		g.entities[id] = e
	}
	hops := secondHops(q, linked, g)
	cited := g.supportIDs()
	reads := kg.Reads{Supporting: dedupe(append(append([]string{}, stated...), cited...))}
	for _, h := range hops {
		reads.Searches = append(reads.Searches, kg.ChunkQuery{Text: h.query, Limit: bridgeLimit})
	}
	oq, open, err := r.openQuestion(ctx, clearance, q, g)
	if err != nil {
		return err
	}
	if open {
		reads.Searches = append(reads.Searches, openSearch(oq))
	}
	codes, missing := searchedCodes(q, g)
	firstCode := len(reads.Searches)
	reads.Searches = append(reads.Searches, codeSearches(codes)...)
	res, err := r.readMany(ctx, clearance, reads)
	if err != nil {
		return err
	}
	for i, h := range hops {
		h.hits = res.Searches[i]
	}
	if open {
		keepOpen(oq, res.Searches[len(hops)], g)
	}
	keepCoded(codes, missing, res.Searches[firstCode:], g)
	mergeBridges(g, hops)
	if walks(q) {
		g.stated = supportOf(res.Supporting, stated)
	}
	g.support = supportOf(res.Supporting, cited)
	return nil
}

// structuralBesideMentions computes the structural answers while the
// walk finds what the best passages name: the one reads the question, its
// links and the store, the other the first round's passages and the
// cached dictionary. They share no mutable state: structural touches
// nothing in g, and readMentions writes g.mentions alone, read by no one
// before both are done.
func (r *Retriever) structuralBesideMentions(ctx context.Context, clearance kg.Audience, q Question, linked []Linked, g *gathered) ([]string, []Computed, map[string]kg.Entity, error) {
	if !walks(q) { // nothing to find beside
		computed, ents, err := r.structural(ctx, clearance, q, linked)
		return nil, computed, ents, err
	}
	type found struct {
		stated []string
		err    error
	}
	done := make(chan found, 1)
	go func() {
		stated, err := r.readMentions(ctx, clearance, q, g)
		done <- found{stated, err}
	}()
	computed, ents, err := r.structural(ctx, clearance, q, linked)
	m := <-done // always waited for: g is not the caller's again before
	if err != nil {
		return nil, nil, nil, err
	}
	return m.stated, computed, ents, m.err
}

// supportOf is the part of a SupportingChunks answer for ids, as asking
// for ids alone would have answered: the store reads each fact apart.
func supportOf(all map[string][]kg.Chunk, ids []string) map[string][]kg.Chunk {
	out := map[string][]kg.Chunk{}
	for _, id := range ids {
		if chunks, ok := all[id]; ok {
			out[id] = chunks
		}
	}
	return out
}

// withoutParameters drops parameter entities: every data sheet names
// "rated voltage", so their passages say nothing about the question.
func withoutParameters(ids []string) []string {
	var out []string
	for _, id := range ids {
		if !strings.HasPrefix(id, kg.Parameter+":") {
			out = append(out, id)
		}
	}
	return out
}

// questionVector is the question's embedding, computed while the lexicon
// and the dictionary are consulted.
type questionVector struct {
	done chan struct{}
	vec  []float32
	err  error
}

func (r *Retriever) embedQuestion(ctx context.Context, text string) *questionVector {
	v := &questionVector{done: make(chan struct{})}
	if r.embed == nil {
		close(v.done)
		return v
	}
	go func() {
		defer close(v.done)
		vecs, err := r.embed.Embed(ctx, []string{text})
		if err == nil && len(vecs) > 0 {
			v.vec = vecs[0]
		}
		v.err = err
	}()
	return v
}

func (v *questionVector) wait() ([]float32, error) {
	<-v.done
	return v.vec, v.err
}

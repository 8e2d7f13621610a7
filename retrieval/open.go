package retrieval

import (
	"context"
	"sort"

	"github.com/kgassist/kgassist/kg"
)

// A question that names its product and the attribute it asks for ("the
// payload of the myCobot 280 for M5") ranks first the passages that
// repeat the product's name, and the one table row that states the
// attribute ("Payload: 250g") never reaches the list. The terms that no
// top passage holds are searched alone, and what that search finds joins
// the lexical list below the first search's best; its best two are kept
// even where the passages that only repeat the product's name fill the
// budget.
const (
	openPassages = 5   // top fulltext passages that must all leave a term open
	openLimit    = 10  // passages kept from the search of the open terms
	openKept     = 2   // of those, kept beyond the item budget if need be
	weightOpen   = 0.9 // the open search's best, against the first search's 1
)

// searchOpen searches the question's terms that the best fulltext passages
// leave open, when they leave some open but not all.
func (r *Retriever) searchOpen(ctx context.Context, clearance kg.Audience, q Question, g *gathered) error {
	oq, ok, err := r.openQuestion(ctx, clearance, q, g)
	if err != nil || !ok {
		return err
	}
	hits, err := r.store.SearchChunks(ctx, clearance, openSearch(oq))
	if err != nil {
		return err
	}
	keepOpen(oq, hits, g)
	return nil
}

// openQuestion is the question reduced to the terms the first search
// left open, when it is worth a search of its own.
func (r *Retriever) openQuestion(ctx context.Context, clearance kg.Audience, q Question, g *gathered) (Question, bool, error) {
	// Only a question for a value: its open term names the attribute a
	// row states. Elsewhere the open words are a second topic ("the list
	// price of the arm"), and a passage holding them alone ("worth the
	// effort and price") answers nothing asked.
	if q.Intent != Specification {
		return q, false, nil
	}
	top := firstScored(g.text, openPassages)
	if len(top) == 0 {
		return q, false, nil
	}
	open, unsaid, err := r.saidTerms(ctx, clearance, q, openTerms(q, top))
	if err != nil {
		return q, false, err
	}
	terms := len(q.Terms) - unsaid
	// The search completes a question the first one mostly found; where
	// most of it is open, the first search missed its subject, and
	// passages holding the rest alone ("battery charge" in an FMEA sheet
	// for "how long does the rover run on a charge") are not about it.
	if len(open) == 0 || 2*len(open) > terms {
		return q, false, nil
	}
	oq := q
	oq.Terms = open
	return oq, true, nil
}

// saidTerms keeps the open terms some visible passage holds, and counts
// the others. An English word no passage holds in any form ("talk" of
// "what baud rate does the box talk modbus at") is the asker's, not one
// the answer must hold: it is neither open nor counted. A Chinese pair is
// kept: 接触器 missing from every public passage is the item asked, whose
// absence the answer must show.
func (r *Retriever) saidTerms(ctx context.Context, clearance kg.Audience, q Question, open []string) (said []string, unsaid int, err error) {
	for _, t := range open {
		ok := !isASCII(t)
		if !ok {
			if ok, err = r.termInStore(ctx, clearance, q, t); err != nil {
				return nil, 0, err
			}
		}
		if ok {
			said = append(said, t)
		} else {
			unsaid++
		}
	}
	return said, unsaid, nil
}

// termInStore reports a term some visible passage holds, in its own form
// or one the glossary gives it.
func (r *Retriever) termInStore(ctx context.Context, clearance kg.Audience, q Question, t string) (bool, error) {
	one := q
	one.Terms = []string{t}
	hits, err := r.store.SearchChunks(ctx, clearance, kg.ChunkQuery{Text: searchText(one), Limit: 3})
	if err != nil {
		return false, err
	}
	for _, h := range hits {
		if one.Covered(passageTokens(h.Chunk)) > 0 {
			return true, nil
		}
	}
	return false, nil
}

// openSearch is the store search for the open terms.
func openSearch(oq Question) kg.ChunkQuery {
	return kg.ChunkQuery{Text: searchText(oq), Limit: openLimit}
}

// keepOpen keeps the open search's hits that hold every open term, scaled
// so that its best scores weightOpen.
func keepOpen(oq Question, hits []kg.ScoredChunk, g *gathered) {
	// A passage holding part of what was left open is no more about the
	// question than the first search's passages ("full" in a screw's name
	// and "rover" in an assembly guide for "how long does the rover run
	// on a full charge"): it must hold all of it.
	hits = holdingAll(oq, hits)
	best := 0.0
	for _, h := range hits {
		best = max(best, h.Score)
	}
	if best <= 0 {
		return
	}
	for _, h := range hits {
		if h.Score > 0 {
			g.open = append(g.open, kg.ScoredChunk{Chunk: h.Chunk, Score: weightOpen * h.Score / best})
		}
	}
	sort.SliceStable(g.open, func(i, j int) bool { return g.open[i].Score > g.open[j].Score })
}

// holdingAll keeps the passages that hold every term of q.
func holdingAll(q Question, hits []kg.ScoredChunk) []kg.ScoredChunk {
	var out []kg.ScoredChunk
	for _, h := range hits {
		have := passageTokens(h.Chunk)
		if q.Covered(have) == len(q.Terms) {
			out = append(out, h)
		}
	}
	return out
}

// openTerms are the question's terms that none of the passages holds, in
// any of their forms.
func openTerms(q Question, passages []kg.ScoredChunk) []string {
	var open []string
	for _, t := range q.Terms {
		if phrasing[t] {
			continue
		}
		held := false
		for _, p := range passages {
			have := passageTokens(p.Chunk)
			if have[t] || covered(q, t, have) {
				held = true
				break
			}
		}
		if !held {
			open = append(open, t)
		}
	}
	return open
}

// phrasing are words of how people ask, not of what: no passage about the
// answer need hold them, so their search finds only passages that happen
// to use them ("often" in a printing tip for "how often are the joints
// lubricated").
var phrasing = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range ContentTerms("often actually really exactly usually normally typically generally altogether need needs go goes get gets take takes put make makes run runs") {
		m[t] = true
	}
	return m
}()

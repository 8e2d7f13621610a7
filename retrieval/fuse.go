package retrieval

import (
	"github.com/kgassist/kgassist/kg"
	"slices"
)

// Fusion is calibrated: each list's scores are divided by its best score,
// so every list speaks on a scale of 0 to 1, and a list's weight says how
// far it is trusted. A passage first in the fulltext list and absent from
// every other list scores 1; it can only be passed by a passage that
// several lists agree on. Rank fusion (RRF) instead let a passage mid-list
// in two lists outrank the one lexical hit that named the subject.
const (
	weightFulltext = 1.0
	// The local embedder hashes words; its list is not semantic and must
	// not outvote a lexical hit.
	weightVector = 0.15
	weightPPR    = 0.8
	// The second hop is a lexical search like the first, scaled by how
	// well its starting passage matched: see addBetter.
	weightBridge   = 1.0
	weightGraph    = 0.6
	weightMention  = 0.5
	weightComputed = 2
)

var fusionTrace = FusionTrace{
	Method:  "calibrated: sum over lists of weight × score / best score in list; a passage's lexical score is the better of fulltext, bridge the search of the terms fulltext left open and the searches of a question's parts",
	Weights: map[string]float64{"fulltext": weightFulltext, "vector": weightVector, "ppr": weightPPR, "bridge": weightBridge, "open": weightOpen, "code": weightCode, "part": weightPart, "graph": weightGraph, "mention": weightMention, "computed": weightComputed},
}

// FusionTrace says how the lists were combined.
type FusionTrace struct {
	Method  string             `json:"method"`
	Weights map[string]float64 `json:"weights"`
}

// candidate is a passage with its fused score and what each list gave it.
type candidate struct {
	chunk   kg.Chunk
	score   float64
	via     []string
	signals map[string]float64
	forced  bool
	// reserved passages are kept beyond the item budget: the best of
	// the search for the terms the first search left open.
	reserved bool
}

type fusion struct {
	byID  map[string]*candidate
	order []string
}

func newFusion() *fusion { return &fusion{byID: map[string]*candidate{}} }

// addScored adds a list whose scores grow with relevance, scaled by its
// best score.
func (f *fusion) addScored(hits []kg.ScoredChunk, weight float64, via string) {
	best := 0.0
	for _, h := range hits {
		best = max(best, h.Score)
	}
	for i, h := range hits {
		s := 1 / float64(1+i) // scores that are not positive still rank
		if best > 0 {
			s = max(h.Score, 0) / best
		}
		f.add(h.Chunk, weight*s, via, false)
	}
}

func (f *fusion) add(c kg.Chunk, score float64, via string, forced bool) {
	cand, ok := f.byID[c.ID]
	if !ok {
		cand = &candidate{chunk: c, signals: map[string]float64{}}
		f.byID[c.ID] = cand
		f.order = append(f.order, c.ID)
	}
	cand.score += score
	cand.signals[via] += score
	if !slices.Contains(cand.via, via) {
		cand.via = append(cand.via, via)
	}
	cand.forced = cand.forced || forced
}

// addBetter adds a list that searches the same words as the list named
// over: a passage gets only what it scores above its place there, so a
// passage matching the question's words is not counted twice for them,
// and the best of either search keeps its lead.
func (f *fusion) addBetter(hits []kg.ScoredChunk, weight float64, via, over string) {
	for _, h := range hits {
		have := 0.0
		if c, ok := f.byID[h.Chunk.ID]; ok {
			have = c.signals[over]
		}
		if s := weight*h.Score - have; s > 0 {
			f.add(h.Chunk, s, via, false)
		}
	}
}

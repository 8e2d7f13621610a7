package retrieval

import (
	"fmt"
	"sort"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A passage first in the fulltext list and absent from the vector list
// must not fall below passages that sit mid-list in both: the vector list
// of the local embedder is not semantic. Under rank fusion (k 60, vector
// weight 0.6) it fell below ten of them.
func TestFusionKeepsStrongSingleListHit(t *testing.T) {
	chunk := func(i int) kg.Chunk { return kg.Chunk{ID: fmt.Sprintf("c%02d", i)} }
	var text, vector []kg.ScoredChunk
	text = append(text, kg.ScoredChunk{Chunk: chunk(0), Score: 12})
	for i := 1; i <= 19; i++ {
		text = append(text, kg.ScoredChunk{Chunk: chunk(i), Score: 6 - 0.1*float64(i)})
	}
	for i := 20; i < 25; i++ {
		vector = append(vector, kg.ScoredChunk{Chunk: chunk(i), Score: 0.9})
	}
	for i := 5; i <= 19; i++ {
		vector = append(vector, kg.ScoredChunk{Chunk: chunk(i), Score: 0.5})
	}
	f := newFusion()
	f.addScored(text, weightFulltext, "fulltext")
	f.addScored(vector, weightVector, "vector")
	var all []*candidate
	for _, id := range f.order {
		all = append(all, f.byID[id])
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
	if all[0].chunk.ID != "c00" {
		t.Fatalf("first is %s (%.3f, %v), want c00", all[0].chunk.ID, all[0].score, all[0].signals)
	}
	if got := all[0].signals["fulltext"]; got != weightFulltext {
		t.Errorf("fulltext signal of the best hit %.3f, want %.3f", got, weightFulltext)
	}
}

// The second-hop search repeats the question's open words, so a passage
// matching them is on both lists. It must not count them twice: the best
// fulltext hit keeps its lead over one mid-list there and first on the
// second hop, and a passage only the second hop found scores what it
// found.
func TestFusionTakesTheBetterOfTwoLexicalSearches(t *testing.T) {
	chunk := func(id string) kg.Chunk { return kg.Chunk{ID: id} }
	f := newFusion()
	f.addScored([]kg.ScoredChunk{{Chunk: chunk("top"), Score: 10}, {Chunk: chunk("mid"), Score: 8}}, weightFulltext, "fulltext")
	f.addBetter([]kg.ScoredChunk{{Chunk: chunk("mid"), Score: 0.9}, {Chunk: chunk("new"), Score: 0.7}}, weightBridge, "bridge", "fulltext")
	if top, mid := f.byID["top"].score, f.byID["mid"].score; mid >= top {
		t.Errorf("mid-list passage %.2f passed the best fulltext hit %.2f", mid, top)
	}
	if got, want := f.byID["mid"].score, 0.9*weightBridge; got != want {
		t.Errorf("passage on both lists scores %.2f, want the better of the two, %.2f", got, want)
	}
	if got, want := f.byID["new"].score, 0.7*weightBridge; got != want {
		t.Errorf("passage only the second hop found scores %.2f, want %.2f", got, want)
	}
}

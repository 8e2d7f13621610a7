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

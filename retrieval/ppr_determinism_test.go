package retrieval

import (
	"fmt"
	"testing"
)

// The walk's scores must be the same bits on every run: passages that the
// walk reaches alike are ordered by id only if their scores tie exactly,
// and a last-bit difference once changed which passage made the cut.
func TestWalkIsBitForBitRepeatable(t *testing.T) {
	adj := map[string]map[string]bool{}
	link := func(a, b string) {
		if adj[a] == nil {
			adj[a] = map[string]bool{}
		}
		if adj[b] == nil {
			adj[b] = map[string]bool{}
		}
		adj[a][b], adj[b][a] = true, true
	}
	for i := 0; i < 60; i++ {
		for j := 0; j < 7; j++ {
			link(fmt.Sprintf("p:%d", i), fmt.Sprintf("e:%d", (i*7+j*13)%41))
		}
	}
	seeds := map[string]float64{}
	for i := 0; i < 30; i++ {
		seeds[fmt.Sprintf("p:%d", i)] = 1 / float64(i+3)
	}
	first := walk(adj, normalise(seeds, 1, false))
	for run := 0; run < 30; run++ {
		again := walk(adj, normalise(seeds, 1, false))
		for k, v := range first {
			if again[k] != v {
				t.Fatalf("run %d: %s scored %.17g, first run %.17g", run, k, again[k], v)
			}
		}
	}
}

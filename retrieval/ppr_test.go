package retrieval

import (
	"fmt"
	"testing"
)

// The walk sums floats; summed in map order they differed in their last
// bits from run to run, so passages it scored alike swapped places, and
// one question's evidence changed between runs.
func TestWalkIsTheSameEveryRun(t *testing.T) {
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
	for e := 0; e < 40; e++ {
		for p := 0; p < 40; p += 1 + e%3 {
			link(fmt.Sprintf("e:%d", e), fmt.Sprintf("p:%d", p))
		}
	}
	seeds := map[string]float64{}
	for e := 0; e < 40; e += 3 {
		seeds[fmt.Sprintf("e:%d", e)] = 0.1 + float64(e)/7
	}
	first := walk(adj, normalise(seeds, 1, false))
	for run := 0; run < 30; run++ {
		got := walk(adj, normalise(seeds, 1, false))
		for k, v := range first {
			if got[k] != v {
				t.Fatalf("run %d: %s scored %v, first run %v", run, k, got[k], v)
			}
		}
	}
}

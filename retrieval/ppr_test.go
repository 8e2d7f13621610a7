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

// walkOverMaps is the walk as first written, over maps: the numbered walk
// must give every node it reaches the very same float.
func walkOverMaps(adj map[string]map[string]bool, seedSets ...map[string]float64) map[string]float64 {
	restart := map[string]float64{}
	for _, set := range seedSets {
		for k, v := range set {
			restart[k] += v
		}
	}
	rank := make(map[string]float64, len(adj))
	for k, v := range restart {
		rank[k] = v
	}
	nodes := sortedNodes(adj, restart)
	for it := 0; it < pprIterations; it++ {
		next := make(map[string]float64, len(adj))
		for k, v := range restart {
			next[k] = (1 - pprDamping) * v
		}
		for _, node := range nodes {
			mass, ok := rank[node]
			if !ok {
				continue
			}
			nb := adj[node]
			if len(nb) == 0 {
				next[node] += pprDamping * mass
				continue
			}
			share := pprDamping * mass / float64(len(nb))
			for n := range nb {
				next[n] += share
			}
		}
		rank = next
	}
	return rank
}

func TestWalkOverSlicesIsTheWalkOverMaps(t *testing.T) {
	for graph := 0; graph < 6; graph++ {
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
		for e := 0; e < 8+graph*9; e++ {
			for p := e % 5; p < 30; p += 2 + (e*graph)%7 {
				link(fmt.Sprintf("e:%d", e), fmt.Sprintf("p:%d", p))
			}
		}
		entities, passages := map[string]float64{}, map[string]float64{}
		for e := 0; e < 8+graph*9; e += 2 + graph%3 {
			entities[fmt.Sprintf("e:%d", e)] = 1 / float64(1+e)
		}
		for p := 0; p < 40; p += 7 { // some passages beyond the graph: dead ends
			passages[fmt.Sprintf("p:%d", p)] = float64(p+1) / 40
		}
		if graph == 5 {
			entities = map[string]float64{}
		}
		got := walk(adj, normalise(entities, 0.5, len(passages) > 0), normalise(passages, 0.5, len(entities) > 0))
		want := walkOverMaps(adj, normalise(entities, 0.5, len(passages) > 0), normalise(passages, 0.5, len(entities) > 0))
		if len(got) != len(want) {
			t.Errorf("graph %d: %d nodes reached, want %d", graph, len(got), len(want))
		}
		for k, v := range want {
			if w, ok := got[k]; !ok || w != v {
				t.Errorf("graph %d: %s = %v (%v), want %v", graph, k, w, ok, v)
			}
		}
	}
}

func BenchmarkWalk(b *testing.B) {
	adj := map[string]map[string]bool{}
	for e := 0; e < 60; e++ {
		for p := e % 4; p < 120; p += 3 + e%5 {
			a, c := fmt.Sprintf("e:%d", e), fmt.Sprintf("p:%d", p)
			if adj[a] == nil {
				adj[a] = map[string]bool{}
			}
			if adj[c] == nil {
				adj[c] = map[string]bool{}
			}
			adj[a][c], adj[c][a] = true, true
		}
	}
	seeds := map[string]float64{"e:1": 1, "e:7": 0.5, "p:3": 0.2}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		walk(adj, normalise(seeds, 1, false))
	}
}

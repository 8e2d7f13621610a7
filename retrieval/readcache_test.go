package retrieval

import (
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

func passages(id string, n, size int) []kg.Chunk {
	var out []kg.Chunk
	for i := 0; i < n; i++ {
		out = append(out, kg.Chunk{ID: id + "." + string(rune('a'+i)), Text: strings.Repeat("x", size)})
	}
	return out
}

// The cache never holds more than its bound, keeps what fits, and keeps
// nothing read before a drop.
func TestReadCacheBoundAndGenerations(t *testing.T) {
	for _, tc := range []struct {
		name      string
		facts     int // facts put one after another
		size      int // text bytes of each fact's passage
		dropFirst bool
		wantLast  bool // the last fact put is held
	}{
		{"fits", 5, 100, false, true},
		{"overflows and starts over", 200, 1000, false, true},
		{"one entry larger than the bound", 1, 20_000, false, false},
		{"read across a drop", 3, 100, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newReadCache(time.Minute)
			c.max = 10_000
			gen := c.begin()
			if tc.dropFirst {
				c.clear()
			}
			var last string
			for i := 0; i < tc.facts; i++ {
				last = "fact" + string(rune('A'+i%26)) + strings.Repeat("!", i/26)
				c.putSupporting(gen, kg.Internal, []string{last}, map[string][]kg.Chunk{last: passages(last, 1, tc.size)})
				if c.size > c.max {
					t.Fatalf("after %d puts the cache holds %d bytes, bound %d", i+1, c.size, c.max)
				}
			}
			held, missing := c.supporting(kg.Internal, []string{last})
			if got := len(held) == 1 && len(missing) == 0; got != tc.wantLast {
				t.Fatalf("last fact held = %v, want %v", got, tc.wantLast)
			}
		})
	}
}

// What a caller does with its copy never reaches the next caller, and a
// fact without visible passages is remembered as such, per clearance.
func TestReadCacheHandsOutCopies(t *testing.T) {
	c := newReadCache(time.Minute)
	gen := c.begin()
	c.putSupporting(gen, kg.Internal, []string{"f", "empty"}, map[string][]kg.Chunk{"f": passages("f", 2, 10)})
	held, missing := c.supporting(kg.Internal, []string{"f", "empty"})
	if len(missing) != 0 || len(held) != 1 {
		t.Fatalf("held %v, missing %v", held, missing)
	}
	held["f"][0].Text = "changed"
	held["f"] = append(held["f"][:1], kg.Chunk{ID: "extra"})
	again, _ := c.supporting(kg.Internal, []string{"f"})
	if again["f"][0].Text == "changed" || again["f"][1].ID == "extra" {
		t.Fatalf("a caller's change reached the cache: %+v", again["f"])
	}
	if _, missing := c.supporting(kg.Public, []string{"f"}); len(missing) != 1 {
		t.Fatal("another clearance was served the internal caller's passages")
	}
	sub := kg.Subgraph{Entities: []kg.Entity{{ID: "a"}}, Relations: []kg.Relation{{ID: "r"}}}
	q := kg.NeighbourQuery{Seeds: []string{"a"}, Hops: 1}
	c.putNeighbourhood(gen, kg.Internal, q, sub)
	sub.Entities[0].ID = "changed"
	got, ok := c.neighbourhood(kg.Internal, q)
	if !ok || got.Entities[0].ID != "a" {
		t.Fatalf("neighbourhood held %v %+v", ok, got)
	}
	if _, ok := c.neighbourhood(kg.Internal, kg.NeighbourQuery{Seeds: []string{"a"}, Hops: 2}); ok {
		t.Fatal("a neighbourhood of another depth was served")
	}
}

// An expired cache is dropped, and reads begun before are not kept.
func TestReadCacheExpires(t *testing.T) {
	c := newReadCache(time.Millisecond)
	gen := c.begin()
	c.putSupporting(gen, kg.Internal, []string{"f"}, map[string][]kg.Chunk{"f": passages("f", 1, 10)})
	time.Sleep(5 * time.Millisecond)
	if c.begin() == gen {
		t.Fatal("an expired cache kept its generation")
	}
	if _, missing := c.supporting(kg.Internal, []string{"f"}); len(missing) != 1 {
		t.Fatal("an expired entry was served")
	}
}

package neo4j

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// layeredBOM writes a bill of materials of depth levels below one
// product, width parts per level, each part using fan parts of the next
// level. Relations grow with width*fan*depth, paths from the product with
// fan^depth: the shape that punishes path enumeration.
func layeredBOM(tb testing.TB, s *Store, depth, width, fan int) (root string, leaf string) {
	tb.Helper()
	ctx := context.Background()
	doc := kg.Document{URI: "file:///bom.xlsx", Title: "BOM", SHA256: "bom", Format: "xlsx", Audience: kg.Public, IngestedAt: time.Unix(0, 0).UTC()}
	doc.ID = kg.DocumentID(doc.URI)
	chunk := kg.ChunkID(doc.ID, 0)
	src := []kg.Source{{ChunkID: chunk}}
	part := func(level, i int) kg.Entity {
		e := kg.Entity{Type: kg.Part, Name: fmt.Sprintf("Part L%02d-%03d", level, i), Sources: src}
		e.ID = kg.EntityID(e.Type, e.Name)
		return e
	}
	product := kg.Entity{Type: kg.Product, Name: "Pump BOM", Sources: src}
	product.ID = kg.EntityID(product.Type, product.Name)
	ents := []kg.Entity{product}
	var rels []kg.Relation
	link := func(from, to string) {
		rels = append(rels, kg.Relation{ID: kg.RelationID(kg.HasPart, from, to), Type: kg.HasPart, From: from, To: to, Sources: src})
	}
	for level := 0; level < depth; level++ {
		for i := 0; i < width; i++ {
			p := part(level, i)
			ents = append(ents, p)
			if level == 0 {
				link(product.ID, p.ID)
				continue
			}
			for f := 0; f < fan; f++ {
				link(part(level-1, (i+f*7)%width).ID, p.ID)
			}
		}
	}
	b, err := s.Begin(ctx, doc)
	if err != nil {
		tb.Fatal(err)
	}
	for _, step := range []error{
		b.AddChunks(ctx, []kg.Chunk{{Ordinal: 0, Text: "Bill of materials", Kind: "table"}}),
		b.AddEntities(ctx, ents),
		b.AddRelations(ctx, rels),
		b.Commit(ctx),
	} {
		if step != nil {
			tb.Fatal(step)
		}
	}
	return product.ID, part(depth-1, 0).ID
}

// TestNeighbourhoodDeepBOM: a twelve-level explosion reaches every level,
// nearest first, each relation once, and stops at the hop count or limit.
func TestNeighbourhoodDeepBOM(t *testing.T) {
	s := openEmpty(t, testConfig(t))
	ctx := context.Background()
	root, leaf := layeredBOM(t, s, 12, 6, 3)
	all := 6 + 11*6*3
	for _, tc := range []struct {
		name string
		q    kg.NeighbourQuery
		want int
	}{
		{"explosion", kg.NeighbourQuery{Seeds: []string{root}, Hops: 12, Types: []string{kg.HasPart}, Dir: kg.Out, Limit: 5000}, all},
		{"three levels", kg.NeighbourQuery{Seeds: []string{root}, Hops: 3, Dir: kg.Out}, 6 + 2*6*3},
		{"limit", kg.NeighbourQuery{Seeds: []string{root}, Hops: 12, Dir: kg.Out, Limit: 10}, 10},
		{"where used", kg.NeighbourQuery{Seeds: []string{leaf}, Hops: 12, Dir: kg.In, Limit: 5000}, -1},
		{"undirected", kg.NeighbourQuery{Seeds: []string{leaf}, Hops: 30, Limit: 5000}, all},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := s.Neighbourhood(ctx, kg.Public, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if tc.want >= 0 && len(g.Relations) != tc.want {
				t.Errorf("%d relations, want %d", len(g.Relations), tc.want)
			}
			checkBFS(t, g, tc.q.Seeds)
		})
	}
}

// checkBFS checks each relation comes once, after a relation that reached
// one of its endpoints (or from a seed), with every endpoint among the
// entities, and in id order within a hop.
func checkBFS(t *testing.T, g kg.Subgraph, seeds []string) {
	t.Helper()
	depth := map[string]int{}
	for _, id := range seeds {
		depth[id] = 0
	}
	ents := map[string]bool{}
	for _, e := range g.Entities {
		ents[e.ID] = true
	}
	seen := map[string]bool{}
	last, lastID := 0, ""
	for _, r := range g.Relations {
		if seen[r.ID] {
			t.Fatalf("relation %s returned twice", r.ID)
		}
		seen[r.ID] = true
		if !ents[r.From] || !ents[r.To] {
			t.Errorf("relation %s has an endpoint missing from the entities", r.ID)
		}
		df, okf := depth[r.From]
		dt, okt := depth[r.To]
		var d int
		switch {
		case okf && (!okt || df <= dt):
			d = df + 1
		case okt:
			d = dt + 1
		default:
			t.Fatalf("relation %s comes before any relation reaching it", r.ID)
		}
		if d < last || d == last && r.ID < lastID {
			t.Errorf("relation %s at hop %d after %s at hop %d: not nearest first, by id", r.ID, d, lastID, last)
		}
		last, lastID = d, r.ID
		for _, end := range []string{r.From, r.To} {
			if _, ok := depth[end]; !ok {
				depth[end] = d
			}
		}
	}
}

// BenchmarkNeighbourhood expands a deep, cross-linked BOM the way
// retrieval does: explosion and where-used over twelve levels, and a
// three-hop undirected neighbourhood.
//
// go test ./kg/neo4j -run '^$' -bench Neighbourhood
func BenchmarkNeighbourhood(b *testing.B) {
	s := openEmpty(b, testConfig(b))
	ctx := context.Background()
	root, leaf := layeredBOM(b, s, 12, 40, 3)
	for _, bc := range []struct {
		name string
		q    kg.NeighbourQuery
	}{
		{"explosion", kg.NeighbourQuery{Seeds: []string{root}, Hops: 12, Types: []string{kg.HasPart}, Dir: kg.Out, Limit: 5000}},
		{"where-used", kg.NeighbourQuery{Seeds: []string{leaf}, Hops: 12, Types: []string{kg.HasPart}, Dir: kg.In, Limit: 5000}},
		{"undirected-3", kg.NeighbourQuery{Seeds: []string{leaf}, Hops: 3, Limit: 500}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var rels int
			for b.Loop() {
				g, err := s.Neighbourhood(ctx, kg.Public, bc.q)
				if err != nil {
					b.Fatal(err)
				}
				rels = len(g.Relations)
			}
			b.ReportMetric(float64(rels), "relations")
		})
	}
}

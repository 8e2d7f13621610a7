package sqlite

import (
	"math/rand/v2"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

func TestVectorIndexKeepsOrderAndAudience(t *testing.T) {
	v := vectorIndex{loaded: true, pos: map[int64]int{}}
	v.apply(nil, []vectorRow{
		{n: 1, audience: kg.Public, vec: []float32{1, 0}},
		{n: 2, audience: kg.Internal, vec: []float32{3, 0.1}},
		{n: 3, audience: kg.Public, vec: []float32{0.5, 0.5}},
		{n: 4, audience: kg.Public, vec: []float32{0, 1}},
	})
	got := v.search([]float32{2, 0}, kg.Public, 2)
	if len(got) != 2 || got[0].n != 1 || got[1].n != 3 {
		t.Fatalf("public top 2 = %+v, want chunks 1 then 3", got)
	}
	v.apply([]int64{1}, nil)
	got = v.search([]float32{2, 0}, kg.Internal, 3)
	if len(got) != 3 || got[0].n != 2 || got[1].n != 3 || got[2].n != 4 {
		t.Fatalf("after removing 1, internal top 3 = %+v, want 2, 3, 4", got)
	}
}

// BenchmarkVectorScan measures the exact scan alone at the size an
// embedded store is meant for: 200,000 chunks of 384 dimensions.
//
//	go test -run '^$' -bench VectorScan ./kg/sqlite
func BenchmarkVectorScan(b *testing.B) {
	const rows, dims = 200000, 384
	r := rand.New(rand.NewPCG(5, 6))
	v := vectorIndex{loaded: true, pos: make(map[int64]int, rows)}
	vec := make([]float32, dims)
	for i := 0; i < rows; i++ {
		for j := range vec {
			vec[j] = float32(r.NormFloat64())
		}
		v.add(vectorRow{n: int64(i), audience: kg.Audience(i % 3), vec: vec})
	}
	q := make([]float32, dims)
	for j := range q {
		q[j] = float32(r.NormFloat64())
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if hits := v.search(q, kg.Internal, 10); len(hits) != 10 {
			b.Fatalf("%d hits", len(hits))
		}
	}
}

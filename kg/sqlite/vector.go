package sqlite

import (
	"container/heap"
	"context"
	"database/sql"
	"math"
	"runtime"
	"sync"

	"github.com/kgassist/kgassist/kg"
)

// vectorIndex is an in-memory matrix of the normalized chunk embeddings.
// A brute-force scan over contiguous float32 rows is exact and, at the few
// hundred thousand chunks an embedded store holds, faster than any index
// SQLite could offer. It is loaded on first use and then kept in step by
// this store's own commits and deletions.
type vectorIndex struct {
	mu     sync.RWMutex
	loaded bool
	dims   int
	data   []float32 // row i is data[i*dims : (i+1)*dims]
	ns     []int64   // chunk rowid of row i
	aud    []kg.Audience
	pos    map[int64]int
}

type vectorRow struct {
	n        int64
	audience kg.Audience
	vec      []float32
}

type vectorHit struct {
	n     int64
	score float32
}

// load reads every embedding. Callers hold Store.writeMu so no commit can
// slip between the read and loaded becoming true.
func (v *vectorIndex) load(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `SELECT n, audience, embedding FROM chunks WHERE embedding IS NOT NULL`)
	if err != nil {
		return err
	}
	defer rows.Close()
	v.mu.Lock()
	defer v.mu.Unlock()
	v.data, v.ns, v.aud, v.pos = nil, nil, nil, map[int64]int{}
	for rows.Next() {
		var r vectorRow
		var blob []byte
		if err := rows.Scan(&r.n, &r.audience, &blob); err != nil {
			return err
		}
		r.vec = decodeVector(blob)
		v.add(r)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	v.loaded = true
	return nil
}

func (v *vectorIndex) isLoaded() bool {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.loaded
}

// apply mirrors a committed change; before the first search there is
// nothing to mirror.
func (v *vectorIndex) apply(removed []int64, added []vectorRow) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.loaded {
		return
	}
	for _, n := range removed {
		v.remove(n)
	}
	for _, r := range added {
		v.add(r)
	}
}

func (v *vectorIndex) add(r vectorRow) {
	if v.dims == 0 {
		v.dims = len(r.vec)
	}
	if len(r.vec) != v.dims {
		return // refused at write time; a stray row must not corrupt the matrix
	}
	v.pos[r.n] = len(v.ns)
	v.ns = append(v.ns, r.n)
	v.aud = append(v.aud, r.audience)
	v.data = append(v.data, normalize(r.vec)...)
}

// remove swaps the last row into the hole so the matrix stays dense.
func (v *vectorIndex) remove(n int64) {
	i, ok := v.pos[n]
	if !ok {
		return
	}
	last := len(v.ns) - 1
	if i != last {
		copy(v.data[i*v.dims:(i+1)*v.dims], v.data[last*v.dims:])
		v.ns[i], v.aud[i] = v.ns[last], v.aud[last]
		v.pos[v.ns[i]] = i
	}
	v.data = v.data[:last*v.dims]
	v.ns, v.aud = v.ns[:last], v.aud[:last]
	delete(v.pos, n)
}

// search returns the k rows most similar to q among those the clearance
// admits, best first. The audience test sits inside the scan, so a hidden
// chunk never even enters the heap.
func (v *vectorIndex) search(q []float32, clearance kg.Audience, k int) []vectorHit {
	v.mu.RLock()
	defer v.mu.RUnlock()
	q = normalize(q)
	rows := len(v.ns)
	shards := runtime.GOMAXPROCS(0)
	if rows < 20000 || shards < 2 {
		shards = 1
	}
	results := make([]hitHeap, shards)
	var wg sync.WaitGroup
	for s := 0; s < shards; s++ {
		lo, hi := rows*s/shards, rows*(s+1)/shards
		wg.Add(1)
		go func(s, lo, hi int) {
			defer wg.Done()
			results[s] = v.scan(q, clearance, k, lo, hi)
		}(s, lo, hi)
	}
	wg.Wait()
	all := results[0]
	for _, h := range results[1:] {
		for _, hit := range h {
			all.offer(hit, k)
		}
	}
	out := make([]vectorHit, len(all))
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(&all).(vectorHit)
	}
	return out
}

func (v *vectorIndex) scan(q []float32, clearance kg.Audience, k, lo, hi int) hitHeap {
	h := make(hitHeap, 0, k+1)
	d := v.dims
	for i := lo; i < hi; i++ {
		if v.aud[i] > clearance {
			continue
		}
		h.offer(vectorHit{n: v.ns[i], score: dot(q, v.data[i*d:(i+1)*d])}, k)
	}
	return h
}

// hitHeap is a min-heap on score: the root is the worst of the best k.
type hitHeap []vectorHit

func (h hitHeap) Len() int           { return len(h) }
func (h hitHeap) Less(i, j int) bool { return h[i].score < h[j].score }
func (h hitHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *hitHeap) Push(x any)        { *h = append(*h, x.(vectorHit)) }
func (h *hitHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func (h *hitHeap) offer(hit vectorHit, k int) {
	if len(*h) < k {
		heap.Push(h, hit)
	} else if hit.score > (*h)[0].score {
		(*h)[0] = hit
		heap.Fix(h, 0)
	}
}

// dot is unrolled with four accumulators so the adds do not wait on each
// other; it is the whole cost of a search.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

func normalize(v []float32) []float32 {
	var sum float64
	for _, f := range v {
		sum += float64(f) * float64(f)
	}
	out := make([]float32, len(v))
	if sum == 0 {
		return out
	}
	inv := float32(1 / math.Sqrt(sum))
	for i, f := range v {
		out[i] = f * inv
	}
	return out
}

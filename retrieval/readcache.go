package retrieval

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// maxReadCacheBytes bounds the passages and graph neighbourhoods kept
// between questions, by the approximate size of their text.
const maxReadCacheBytes = 32 << 20

// readCache keeps store reads that only a write changes: the passages
// supporting a fact and the neighbourhood of a set of seeds. Most
// questions about a manual read the passages naming the product the
// manual is about, so every question read the same few hundred passages
// again. Like the dictionaries, it is dropped when the store's version
// moves (Invalidate, checked once per question) or after its TTL. A read
// that overlapped a drop is not kept, so nothing read before a write is
// kept after it.
//
// Entries are shared between questions and never changed: put keeps and
// get hands out copies of the outer slices, and no caller writes into a
// chunk's or fact's own slices or maps (Section, Props, Sources).
type readCache struct {
	mu      sync.Mutex
	ttl     time.Duration
	max     int // bytes; when a put would pass it, everything is dropped
	gen     uint64
	born    time.Time
	size    int
	support map[supportKey][]kg.Chunk
	hoods   map[string]kg.Subgraph
}

type supportKey struct {
	clearance kg.Audience
	fact      string
}

func newReadCache(ttl time.Duration) *readCache {
	return &readCache{ttl: ttl, max: maxReadCacheBytes}
}

// clear drops everything; reads begun before it are not kept.
func (c *readCache) clear() {
	c.mu.Lock()
	c.gen++
	c.reset()
	c.mu.Unlock()
}

func (c *readCache) reset() {
	c.support, c.hoods, c.size, c.born = nil, nil, 0, time.Now()
}

// begin returns the generation a read starts in, dropping an expired
// cache first.
func (c *readCache) begin() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.born) > c.ttl {
		c.gen++
		c.reset()
	}
	return c.gen
}

// supporting splits ids into those the cache holds, with their passages,
// and those to read.
func (c *readCache) supporting(clearance kg.Audience, ids []string) (map[string][]kg.Chunk, []string) {
	held := map[string][]kg.Chunk{}
	var missing []string
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, id := range ids {
		chunks, ok := c.support[supportKey{clearance, id}]
		switch {
		case !ok:
			missing = append(missing, id)
		case chunks != nil:
			held[id] = slices.Clone(chunks)
		}
	}
	return held, missing
}

// putSupporting keeps the answer for ids read in generation gen,
// remembering ids without visible passages too.
func (c *readCache) putSupporting(gen uint64, clearance kg.Audience, ids []string, got map[string][]kg.Chunk) {
	n := 0
	for _, id := range ids {
		n += entryOverhead + chunksSize(got[id])
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.room(gen, n) {
		return
	}
	if c.support == nil {
		c.support = map[supportKey][]kg.Chunk{}
	}
	for _, id := range ids {
		c.support[supportKey{clearance, id}] = slices.Clone(got[id])
	}
	c.size += n
}

func (c *readCache) neighbourhood(clearance kg.Audience, q kg.NeighbourQuery) (kg.Subgraph, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	sub, ok := c.hoods[hoodKey(clearance, q)]
	return kg.Subgraph{Entities: slices.Clone(sub.Entities), Relations: slices.Clone(sub.Relations)}, ok
}

func (c *readCache) putNeighbourhood(gen uint64, clearance kg.Audience, q kg.NeighbourQuery, sub kg.Subgraph) {
	n := entryOverhead + subgraphSize(sub)
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.room(gen, n) {
		return
	}
	if c.hoods == nil {
		c.hoods = map[string]kg.Subgraph{}
	}
	c.hoods[hoodKey(clearance, q)] = kg.Subgraph{Entities: slices.Clone(sub.Entities), Relations: slices.Clone(sub.Relations)}
	c.size += n
}

// room says whether n more bytes read in generation gen may be kept,
// dropping everything first when they would pass the bound. Called with
// c.mu held.
func (c *readCache) room(gen uint64, n int) bool {
	if gen != c.gen || n > c.max {
		return false
	}
	if c.size+n > c.max {
		c.reset()
	}
	return true
}

func hoodKey(clearance kg.Audience, q kg.NeighbourQuery) string {
	var b strings.Builder
	b.WriteString(clearance.String())
	for _, part := range []string{strconv.Itoa(q.Hops), strconv.Itoa(int(q.Dir)), strconv.Itoa(q.Limit), strings.Join(q.Types, "\x01"), strings.Join(q.Seeds, "\x01")} {
		b.WriteString("\x00" + part)
	}
	return b.String()
}

// entryOverhead approximates a map entry and its key.
const entryOverhead = 96

func chunksSize(chunks []kg.Chunk) int {
	n := 0
	for _, c := range chunks {
		n += 160 + len(c.ID) + len(c.DocumentID) + len(c.Text) + len(c.Lang) + len(c.Kind) + len(c.DocURI) + len(c.DocTitle) + 4*len(c.Embedding)
		for _, s := range c.Section {
			n += 16 + len(s)
		}
	}
	return n
}

func subgraphSize(sub kg.Subgraph) int {
	n := 0
	for _, e := range sub.Entities {
		n += 160 + len(e.ID) + len(e.Type) + len(e.Name) + propsSize(e.Props) + 64*len(e.Sources)
		for _, a := range e.Aliases {
			n += 16 + len(a)
		}
	}
	for _, r := range sub.Relations {
		n += 160 + len(r.ID) + len(r.Type) + len(r.From) + len(r.To) + propsSize(r.Props) + 64*len(r.Sources)
	}
	return n
}

func propsSize(p kg.Props) int {
	n := 0
	for k, v := range p {
		n += 32 + len(k) + len(v)
	}
	return n
}

// readMany answers reads as kg.ReadMany does, taking the supporting
// passages and the neighbourhood the cache holds from it and keeping
// what the store answered.
func (r *Retriever) readMany(ctx context.Context, clearance kg.Audience, reads kg.Reads) (kg.ReadResults, error) {
	gen := r.reads.begin()
	held, missing := r.reads.supporting(clearance, reads.Supporting)
	reads.Supporting = missing
	var hood *kg.Subgraph
	if reads.Expand != nil {
		if sub, ok := r.reads.neighbourhood(clearance, *reads.Expand); ok {
			hood = &sub
		}
	}
	expand := reads.Expand
	if hood != nil {
		reads.Expand = nil
	}
	var res kg.ReadResults
	var err error
	if !nothingToRead(reads) { // a remote store would pay a round trip for nothing
		res, err = kg.ReadMany(ctx, r.store, clearance, reads)
	}
	if err != nil {
		return res, err
	}
	if res.Supporting == nil {
		res.Supporting = map[string][]kg.Chunk{}
	}
	if len(missing) > 0 {
		r.reads.putSupporting(gen, clearance, missing, res.Supporting)
	}
	for id, chunks := range held {
		res.Supporting[id] = chunks
	}
	if hood != nil {
		res.Expanded = *hood
	} else if expand != nil {
		r.reads.putNeighbourhood(gen, clearance, *expand, res.Expanded)
	}
	return res, nil
}

// neighbourhood answers as the store's Neighbourhood, through the cache.
func (r *Retriever) neighbourhood(ctx context.Context, clearance kg.Audience, q kg.NeighbourQuery) (kg.Subgraph, error) {
	gen := r.reads.begin()
	if sub, ok := r.reads.neighbourhood(clearance, q); ok {
		return sub, nil
	}
	sub, err := r.store.Neighbourhood(ctx, clearance, q)
	if err == nil {
		r.reads.putNeighbourhood(gen, clearance, q, sub)
	}
	return sub, err
}

func nothingToRead(q kg.Reads) bool {
	return len(q.Entities) == 0 && len(q.Searches) == 0 && len(q.Nearest) == 0 &&
		len(q.Supporting) == 0 && q.Expand == nil && !q.Version
}

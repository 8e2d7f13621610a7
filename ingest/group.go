package ingest

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// Bounds of a group of documents committed together: enough to spread a
// transaction's fixed cost, small enough that one holds little memory on
// the server and a failed group costs few one-by-one retries.
const (
	maxGroupDocs = 32
	maxGroupRows = 4000
)

func groupRoom(grouped bool) int {
	if grouped {
		return maxGroupDocs
	}
	return 0
}

// readyGroup extends a group from pd with the documents right after it
// that are already prepared, without waiting for any; *i moves to the
// last one taken. Slots of items that are not files are nil and end it.
func readyGroup(pd *prepared, slots []chan *prepared, i *int) []*prepared {
	pds := []*prepared{pd}
	rows := pd.rows()
	for *i+1 < len(slots) && slots[*i+1] != nil && len(pds) < maxGroupDocs && rows < maxGroupRows {
		select {
		case next := <-slots[*i+1]:
			if rows+next.rows() > maxGroupRows {
				// It leads the next group, or is written alone: a batch
				// too large for a group must not be begun inside one.
				slots[*i+1] <- next
				return pds
			}
			pds = append(pds, next)
			rows += next.rows()
			*i++
		default:
			return pds
		}
	}
	return pds
}

func (pd *prepared) rows() int {
	if pd.parsed != nil {
		return maxGroupRows + 1 // written a part at a time, alone
	}
	return len(pd.chunks) + len(pd.facts.Entities) + len(pd.facts.Relations)
}

// commitGroup writes prepared documents in one group commit and returns
// their results in order. Documents that failed to prepare, are unchanged
// or are refused while their batch is filled are reported alone; if the
// group fails, its documents are committed one by one, so only the
// document at fault fails.
func (p *Pipeline) commitGroup(ctx context.Context, gc kg.GroupCommitter, pds []*prepared) (results []Result) {
	if len(pds) == 1 && pds[0].parsed != nil {
		return []Result{p.commit(ctx, pds[0])}
	}
	results = make([]Result, len(pds))
	defer func() {
		if r := recover(); r != nil {
			slog.Error("ingest panic while committing a group", "panic", r)
			for k := range results {
				if results[k].Status == "" {
					results[k] = pds[k].res
					results[k].Status, results[k].Code, results[k].Error = StatusFailed, kg.EINTERNAL, "internal error while ingesting"
				}
			}
		}
		for k := range results {
			results[k].Duration = time.Since(pds[k].start)
		}
	}()
	var batches []kg.Batch
	var members []int
	begun, errs := p.beginAll(ctx, pds)
	for k, pd := range pds {
		if pd.err != nil {
			results[k] = finished(pd, pd.err)
			continue
		}
		if errs[k] != nil {
			results[k] = finished(pd, errs[k])
			continue
		}
		batches = append(batches, begun[k])
		members = append(members, k)
	}
	if len(batches) == 0 {
		return results
	}
	err := gc.CommitGroup(ctx, batches)
	for n, k := range members {
		one := err
		if err != nil {
			one = batches[n].Commit(ctx)
		}
		results[k] = finished(pds[k], one)
	}
	return results
}

// beginAll begins the batches of a group's prepared documents at once:
// on a server store each Begin is a read, and one after another they cost
// a round trip each while the writer waits. Documents that failed to
// prepare are left out.
func (p *Pipeline) beginAll(ctx context.Context, pds []*prepared) ([]kg.Batch, []error) {
	batches := make([]kg.Batch, len(pds))
	errs := make([]error, len(pds))
	var wg sync.WaitGroup
	for k, pd := range pds {
		if pd.err != nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					slog.Error("ingest panic while beginning a batch", "panic", r)
					errs[k] = kg.Errorf(kg.EINTERNAL, "internal error while ingesting")
				}
			}()
			batches[k], errs[k] = p.beginReleasing(ctx, pd)
		}()
	}
	wg.Wait()
	return batches, errs
}

// groupWriters is how many groups a folder import writes at once: as many
// as the store commits well together, one where it does not say.
func groupWriters(st Store, grouped bool) int {
	if cg, ok := st.(kg.ConcurrentGroups); ok && grouped {
		return max(1, cg.GroupWriters())
	}
	return 1
}

// writeGroup writes a group on a store that commits groups, or its one
// document on a store that does not.
func (p *Pipeline) writeGroup(ctx context.Context, gc kg.GroupCommitter, pds []*prepared) []Result {
	if gc == nil {
		return []Result{p.commit(ctx, pds[0])}
	}
	return p.commitGroup(ctx, gc, pds)
}

// writerPool runs at most its capacity of group writes at once, and
// never two groups that assert the same entity: a store names an entity
// by the first document written at the lowest audience, so documents
// sharing an entity are written in the order of their paths, as by one
// writer, and the graph does not depend on which group was faster.
type writerPool struct {
	free   chan struct{}
	mu     sync.Mutex
	flying map[*flight]bool
}

// flight is a group being written: the entities it asserts, and done,
// closed once its write returned.
type flight struct {
	ents entitySet
	done chan struct{}
}

func newWriterPool(n int) *writerPool {
	return &writerPool{free: make(chan struct{}, n), flying: map[*flight]bool{}}
}

// start waits until no group being written shares an entity with ents
// and a writer is free, then writes in the background; the results
// arrive on the channel returned. Only one goroutine starts groups.
func (w *writerPool) start(ents entitySet, write func() []Result) <-chan []Result {
	for _, f := range w.sharing(ents) {
		<-f.done
	}
	w.free <- struct{}{}
	f := &flight{ents: ents, done: make(chan struct{})}
	w.mu.Lock()
	w.flying[f] = true
	w.mu.Unlock()
	done := make(chan []Result, 1)
	go func() {
		res := write()
		w.mu.Lock()
		delete(w.flying, f)
		w.mu.Unlock()
		close(f.done)
		<-w.free
		done <- res
	}()
	return done
}

// sharing lists the groups being written that share an entity with ents.
func (w *writerPool) sharing(ents entitySet) []*flight {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []*flight
	for f := range w.flying {
		if f.ents.meets(ents) {
			out = append(out, f)
		}
	}
	return out
}

// entitySet is the entities a group asserts; all stands for a group
// whose entities are not known before it is written (a document of large
// tables, read a part at a time), which meets every other group.
type entitySet struct {
	all bool
	ids map[string]bool
}

func groupEntities(pds []*prepared) entitySet {
	set := entitySet{ids: map[string]bool{}}
	for _, pd := range pds {
		if pd.parsed != nil {
			return entitySet{all: true}
		}
		for _, e := range pd.facts.Entities {
			set.ids[e.ID] = true
		}
	}
	return set
}

func (a entitySet) meets(b entitySet) bool {
	if a.all || b.all {
		return true
	}
	small, large := a.ids, b.ids
	if len(small) > len(large) {
		small, large = large, small
	}
	for id := range small {
		if large[id] {
			return true
		}
	}
	return false
}

// step is one part of a run's output, in the order of its paths: results
// known at once (a path that cannot be read, a skipped file), or a group
// whose results arrive when its write returns.
type step struct {
	first   int
	results []Result
	done    <-chan []Result
	files   bool // its results are of prepared files, each holding a place ahead
}

// emitInOrder reports the steps' results in order, waiting for each
// group's write while later groups are being written, and frees a
// prepared file's place as its result is reported.
func emitInOrder(steps <-chan step, emit func(int, Result), free func()) {
	for st := range steps {
		results := st.results
		if st.done != nil {
			results = <-st.done
		}
		for k, res := range results {
			emit(st.first+k, res)
			if st.files {
				free()
			}
		}
	}
}

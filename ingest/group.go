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

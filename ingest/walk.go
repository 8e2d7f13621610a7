package ingest

import (
	"context"
	"runtime"
	"sync"

	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/kg"
)

// Report summarises an ingest run.
type Report struct {
	Results   []Result `json:"results,omitempty"`
	OK        int      `json:"ok"`
	Unchanged int      `json:"unchanged"`
	Skipped   int      `json:"skipped"`
	Failed    int      `json:"failed"`
	Chunks    int      `json:"chunks"`
	Entities  int      `json:"entities"`
	Relations int      `json:"relations"`
	// Extraction sums the model extraction cost of the documents written.
	Extraction *extract.Usage `json:"extraction,omitempty"`
}

// Add counts one result.
func (r *Report) Add(res Result) {
	r.Results = append(r.Results, res)
	// A document that failed after extraction still spent its tokens.
	extract.AddUsage(&r.Extraction, res.Extraction)
	switch res.Status {
	case StatusOK:
		r.OK++
		r.Chunks += res.Chunks
		r.Entities += res.Entities
		r.Relations += res.Relations
	case StatusUnchanged:
		r.Unchanged++
	case StatusSkipped:
		r.Skipped++
	default:
		r.Failed++
	}
}

// Progress is told about each document as it finishes.
type Progress func(done, total int, res Result)

// PathOptions says how IngestPathsWith treats its paths.
type PathOptions struct {
	Audience kg.Audience
	// Relabel allows lowering the audience of stored documents.
	Relabel bool
	// FollowLinks follows symbolic links wherever they point. Without it
	// a link is followed only to a file inside the folder being walked,
	// and a link given as an argument is refused.
	FollowLinks bool
}

// ExpandPaths lists the files under paths, recursing into directories and
// skipping hidden files, in a stable order. It fails on the first path
// that cannot be ingested; IngestPaths reports those per path instead.
func ExpandPaths(paths []string) ([]string, error) {
	var files []string
	for _, it := range collect(paths, false) {
		if it.err != nil {
			return nil, it.err
		}
		if it.skip == "" {
			files = append(files, it.path)
		}
	}
	return files, nil
}

// IngestPaths ingests every file under paths at one audience. A failed
// document is reported and the run goes on; the good ones are kept.
// Documents are prepared (parsed, extracted, embedded) by one worker per
// CPU while they are committed in order of their paths, in groups where
// the store commits groups, several groups at once where it commits them
// well together (kg.ConcurrentGroups); results are reported in order of
// the paths. The queue between them is short, so memory stays flat
// however many files there are.
func (p *Pipeline) IngestPaths(ctx context.Context, paths []string, audience kg.Audience, progress Progress) (Report, error) {
	return p.IngestPathsWith(ctx, paths, PathOptions{Audience: audience}, progress)
}

// IngestPathsWith is IngestPaths with options. Paths that cannot be read
// (missing, not regular files, links out of bounds) are reported as failed
// and files of unsupported formats found in folders as skipped; the rest
// load.
func (p *Pipeline) IngestPathsWith(ctx context.Context, paths []string, opts PathOptions, progress Progress) (Report, error) {
	items := collect(paths, opts.FollowLinks)
	var files []int // indexes into items of the files to load
	for i, it := range items {
		if it.err == nil && it.skip == "" {
			files = append(files, i)
		}
	}
	workers := runtime.GOMAXPROCS(0)
	slots := make([]chan *prepared, len(items))
	for _, i := range files {
		slots[i] = make(chan *prepared, 1)
	}
	jobs := make(chan int)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				slots[i] <- p.prepare(ctx, Source{Path: items[i].path, Audience: opts.Audience, Relabel: opts.Relabel})
			}
		}()
	}
	gc, grouped := p.Store.(kg.GroupCommitter)
	writers := groupWriters(p.Store, grouped)
	// ahead bounds the documents prepared but not yet written; a store
	// that commits groups gets room to fill one per writer.
	ahead := make(chan struct{}, 2*workers+writers*groupRoom(grouped))
	go func() {
		defer close(jobs)
		for _, i := range files {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var rep Report
	emit := func(i int, res Result) {
		rep.Add(res)
		if progress != nil {
			progress(i+1, len(items), res)
		}
	}
	steps := make(chan step, len(items))
	emitted := make(chan struct{})
	go func() {
		defer close(emitted)
		emitInOrder(steps, emit, func() { <-ahead })
	}()
	pool := newWriterPool(writers)
	var stopped error
dispatch:
	for i := 0; i < len(items); i++ {
		it := items[i]
		switch {
		case it.err != nil:
			steps <- step{first: i, results: []Result{{URI: URIForPath(it.path), Status: StatusFailed, Code: kg.ErrorCode(it.err), Error: kg.ErrorMessage(it.err)}}}
		case it.skip != "":
			steps <- step{first: i, results: []Result{{URI: URIForPath(it.path), Status: StatusSkipped, Error: it.skip}}}
		default:
			var pd *prepared
			select {
			case pd = <-slots[i]:
			case <-ctx.Done():
				stopped = ctx.Err()
				break dispatch
			}
			first, pds := i, []*prepared{pd}
			if grouped {
				pds = readyGroup(pd, slots, &i)
			}
			steps <- step{first: first, files: true, done: pool.start(groupEntities(pds), func() []Result { return p.writeGroup(ctx, gc, pds) })}
		}
	}
	// Every group begun is written and reported, also when the run stops.
	close(steps)
	<-emitted
	if stopped != nil {
		wg.Wait()
		return rep, kg.Wrap("ingest.IngestPaths", stopped)
	}
	// Search finds every document written before the run reports done.
	if grouped && rep.OK > 0 {
		if err := gc.AwaitSearch(ctx); err != nil {
			return rep, kg.Wrap("ingest.IngestPaths", err)
		}
	}
	cancel()
	wg.Wait()
	return rep, nil
}

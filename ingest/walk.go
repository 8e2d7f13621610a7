package ingest

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/kgassist/kgassist/kg"
)

// Report summarises an ingest run.
type Report struct {
	Results   []Result `json:"results,omitempty"`
	OK        int      `json:"ok"`
	Unchanged int      `json:"unchanged"`
	Failed    int      `json:"failed"`
	Chunks    int      `json:"chunks"`
	Entities  int      `json:"entities"`
	Relations int      `json:"relations"`
	// Extraction sums the model extraction cost of the documents written.
	Extraction *ExtractUsage `json:"extraction,omitempty"`
}

// Add counts one result.
func (r *Report) Add(res Result) {
	r.Results = append(r.Results, res)
	// A document that failed after extraction still spent its tokens.
	addUsage(&r.Extraction, res.Extraction)
	switch res.Status {
	case StatusOK:
		r.OK++
		r.Chunks += res.Chunks
		r.Entities += res.Entities
		r.Relations += res.Relations
	case StatusUnchanged:
		r.Unchanged++
	default:
		r.Failed++
	}
}

// Progress is told about each document as it finishes.
type Progress func(done, total int, res Result)

// ExpandPaths lists the files under paths, recursing into directories and
// skipping hidden files, in a stable order.
func ExpandPaths(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, kg.WrapCode(kg.EINVALID, "ingest.ExpandPaths", err)
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			hidden := strings.HasPrefix(d.Name(), ".") && path != p
			switch {
			case d.IsDir() && hidden:
				return filepath.SkipDir
			case !d.IsDir() && !hidden && d.Type().IsRegular():
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, kg.WrapCode(kg.EINVALID, "ingest.ExpandPaths", err)
		}
	}
	sort.Strings(files)
	return files, nil
}

// IngestPaths ingests every file under paths at one audience. A failed
// document is reported and the run goes on; the good ones are kept.
// Documents are prepared (parsed, extracted, embedded) by one worker per
// CPU while a single writer commits them in order; the queue between them
// is short, so memory stays flat however many files there are.
func (p *Pipeline) IngestPaths(ctx context.Context, paths []string, audience kg.Audience, progress Progress) (Report, error) {
	files, err := ExpandPaths(paths)
	if err != nil {
		return Report{}, err
	}
	workers := runtime.GOMAXPROCS(0)
	slots := make([]chan *prepared, len(files))
	for i := range slots {
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
				slots[i] <- p.prepare(ctx, Source{Path: files[i], Audience: audience})
			}
		}()
	}
	// ahead bounds the documents prepared but not yet written.
	ahead := make(chan struct{}, 2*workers)
	go func() {
		defer close(jobs)
		for i := range files {
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
	for i := range files {
		var pd *prepared
		select {
		case pd = <-slots[i]:
		case <-ctx.Done():
			wg.Wait()
			return rep, kg.Wrap("ingest.IngestPaths", ctx.Err())
		}
		res := p.commit(ctx, pd)
		<-ahead
		rep.Add(res)
		if progress != nil {
			progress(i+1, len(files), res)
		}
	}
	cancel()
	wg.Wait()
	return rep, nil
}

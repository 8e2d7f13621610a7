package ingest

import (
	"context"
	"slices"

	"github.com/kgassist/kgassist/kg"
)

// GroupDocs is how many documents a store that commits groups
// (kg.GroupCommitter) writes in one transaction at most: callers that
// hand IngestSources their files a few at a time hand it this many.
const GroupDocs = maxGroupDocs

// IngestSources ingests sources given together, such as the files of one
// upload or a slice of a job's, and returns one result per source, in
// order. Where the store commits groups they are written as IngestPaths
// writes a folder: several documents per transaction, all or none, a
// failed group retried one document at a time so only the document at
// fault fails, and search caught up before it returns. An error says search did not catch up; the documents
// reported ok are stored all the same.
func (p *Pipeline) IngestSources(ctx context.Context, srcs []Source) ([]Result, error) {
	pds := p.prepareAll(ctx, srcs)
	gc, grouped := p.Store.(kg.GroupCommitter)
	results := make([]Result, 0, len(pds))
	for i := 0; i < len(pds); {
		if !grouped {
			results = append(results, p.commit(ctx, pds[i]))
			i++
			continue
		}
		group := nextGroup(pds[i:])
		results = append(results, p.commitGroup(ctx, gc, group)...)
		i += len(group)
	}
	if grouped && slices.ContainsFunc(results, func(r Result) bool { return r.Status == StatusOK }) {
		if err := gc.AwaitSearch(ctx); err != nil {
			return results, kg.Wrap("ingest.IngestSources", err)
		}
	}
	return results, nil
}

// prepareAll prepares sources one after another: a request's files are
// read one at a time, so it holds one file's bytes, not several.
func (p *Pipeline) prepareAll(ctx context.Context, srcs []Source) []*prepared {
	pds := make([]*prepared, len(srcs))
	for i, src := range srcs {
		pds[i] = p.prepare(ctx, src)
	}
	return pds
}

// nextGroup is the longest run of prepared documents from the first that
// fits a group's bounds.
func nextGroup(pds []*prepared) []*prepared {
	n, rows := 1, pds[0].rows()
	for n < len(pds) && n < maxGroupDocs && rows+pds[n].rows() <= maxGroupRows {
		rows += pds[n].rows()
		n++
	}
	return pds[:n]
}

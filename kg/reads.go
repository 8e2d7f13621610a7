package kg

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// Reads are independent reads of one question, to be answered together.
// Each part is optional and answers exactly as the Reader method it names.
type Reads struct {
	Entities   []string        // as Entities
	Searches   []ChunkQuery    // as SearchChunks, one result per query
	Nearest    []float32       // as NearestChunks with NearestK, when set
	NearestK   int             //
	Supporting []string        // as SupportingChunks
	Expand     *NeighbourQuery // as Neighbourhood, when set
	Version    bool            // as Versioner.Version, when the store has it
}

// ReadResults answer Reads part by part.
type ReadResults struct {
	Entities   []Entity
	Searches   [][]ScoredChunk // in the order of Reads.Searches
	Nearest    []ScoredChunk
	Supporting map[string][]Chunk
	Expanded   Subgraph
	Version    uint64
}

// MultiReader is an optional ability of a store whose reads each cost a
// server round trip (Neo4j): it answers several independent reads in one.
// Its results must equal those of the Reader methods, part by part, at
// every clearance.
type MultiReader interface {
	ReadMany(ctx context.Context, clearance Audience, q Reads) (ReadResults, error)
}

// ReadMany answers q in one round trip where the store can, and otherwise
// with the Reader methods, concurrently.
func ReadMany(ctx context.Context, r Reader, clearance Audience, q Reads) (ReadResults, error) {
	if m, ok := r.(MultiReader); ok {
		return m.ReadMany(ctx, clearance, q)
	}
	return ReadEach(ctx, r, clearance, q)
}

// ReadEach answers q with one Reader call per part, concurrently: the
// fallback for stores without MultiReader, and the reference a
// MultiReader's results are checked against.
func ReadEach(ctx context.Context, r Reader, clearance Audience, q Reads) (ReadResults, error) {
	var out ReadResults
	g, ctx := errgroup.WithContext(ctx)
	if len(q.Entities) > 0 {
		g.Go(func() (err error) {
			out.Entities, err = r.Entities(ctx, clearance, q.Entities)
			return err
		})
	}
	out.Searches = make([][]ScoredChunk, len(q.Searches))
	for i, s := range q.Searches {
		g.Go(func() (err error) {
			out.Searches[i], err = r.SearchChunks(ctx, clearance, s)
			return err
		})
	}
	if len(q.Nearest) > 0 {
		g.Go(func() (err error) {
			out.Nearest, err = r.NearestChunks(ctx, clearance, q.Nearest, q.NearestK)
			return err
		})
	}
	if len(q.Supporting) > 0 {
		g.Go(func() (err error) {
			out.Supporting, err = r.SupportingChunks(ctx, clearance, q.Supporting)
			return err
		})
	}
	if v, ok := r.(Versioner); ok && q.Version {
		g.Go(func() (err error) {
			out.Version, err = v.Version(ctx)
			return err
		})
	}
	if q.Expand != nil {
		g.Go(func() (err error) {
			out.Expanded, err = r.Neighbourhood(ctx, clearance, *q.Expand)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return ReadResults{}, err
	}
	if out.Supporting == nil {
		out.Supporting = map[string][]Chunk{}
	}
	return out, nil
}

package ingest_test

import (
	"context"
	"runtime"
	"testing"
	"weak"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
)

// watchedStore is the real store; its batches note the slices the
// pipeline hands them and, at commit, whether the pipeline still holds
// them.
type watchedStore struct {
	kg.Store
	held []string
}

type watchedBatch struct {
	kg.Batch
	s      *watchedStore
	chunks weak.Pointer[kg.Chunk]
	ents   weak.Pointer[kg.Entity]
}

func (s *watchedStore) Begin(ctx context.Context, doc kg.Document) (kg.Batch, error) {
	b, err := s.Store.Begin(ctx, doc)
	return &watchedBatch{Batch: b, s: s}, err
}

func (b *watchedBatch) AddChunks(ctx context.Context, chunks []kg.Chunk) error {
	b.chunks = weak.Make(&chunks[0])
	return b.Batch.AddChunks(ctx, chunks)
}

func (b *watchedBatch) AddEntities(ctx context.Context, ents []kg.Entity) error {
	b.ents = weak.Make(&ents[0])
	return b.Batch.AddEntities(ctx, ents)
}

func (b *watchedBatch) Commit(ctx context.Context) error {
	runtime.GC()
	if b.chunks.Value() != nil {
		b.s.held = append(b.s.held, "chunks")
	}
	if b.ents.Value() != nil {
		b.s.held = append(b.s.held, "entities")
	}
	return b.Batch.Commit(ctx)
}

// TestDocumentLetsGoOfItsRowsWhileItCommits: once a document's batch
// holds its chunks and facts, the pipeline's own copies (several KB a
// table row) can be collected while the store writes, so a large table
// is not held twice through its commit.
func TestDocumentLetsGoOfItsRowsWhileItCommits(t *testing.T) {
	p, st := testPipeline(t)
	w := &watchedStore{Store: st}
	p.Store = w
	res := p.Ingest(context.Background(), ingest.Source{URI: "bom.csv", Data: bomCSV(2000), Audience: kg.Public})
	if res.Status != ingest.StatusOK || res.Chunks != 2000 {
		t.Fatalf("%+v", res)
	}
	if len(w.held) > 0 {
		t.Errorf("the pipeline still held its %v while the store committed", w.held)
	}
}

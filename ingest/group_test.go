package ingest_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/internal/commitcount"
	"github.com/kgassist/kgassist/kg"
)

// overlapStore records how many Begin calls run at once; each waits a
// little for company, so calls made one after another never overlap.
type overlapStore struct {
	*commitcount.Store
	mu        sync.Mutex
	now, most int
	arrived   chan struct{}
}

func (o *overlapStore) Begin(ctx context.Context, doc kg.Document) (kg.Batch, error) {
	o.mu.Lock()
	o.now++
	o.most = max(o.most, o.now)
	o.mu.Unlock()
	select {
	case o.arrived <- struct{}{}:
	case <-o.arrived:
	case <-time.After(2 * time.Second):
	}
	o.mu.Lock()
	o.now--
	o.mu.Unlock()
	return o.Store.Begin(ctx, doc)
}

// A group's documents are begun together: on a server store each Begin
// is a round trip, which the writer would otherwise wait out one by one.
func TestGroupBeginsTogether(t *testing.T) {
	p, st := testPipeline(t)
	o := &overlapStore{Store: commitcount.New(st), arrived: make(chan struct{})}
	p.Store = o
	srcs := []ingest.Source{
		{URI: "up/a.md", Data: []byte("# A\n\nThe impeller CP200-IMP-01 is cast in CF8 stainless steel.\n"), Audience: kg.Public},
		{URI: "up/b.md", Data: []byte("# B\n\nThe shaft CP200-SH-02 is made of 42CrMo.\n"), Audience: kg.Public},
	}
	results, err := p.IngestSources(context.Background(), srcs)
	if err != nil {
		t.Fatal(err)
	}
	for _, res := range results {
		if res.Status != ingest.StatusOK {
			t.Errorf("%s: %+v", res.URI, res)
		}
	}
	if _, groups := o.Counts(); groups != 1 {
		t.Fatalf("%d group commits, want the two documents in one", groups)
	}
	if o.most < 2 {
		t.Errorf("at most %d Begin at once, want the group's two together", o.most)
	}
}

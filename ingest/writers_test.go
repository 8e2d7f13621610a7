package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
)

// writersStore commits groups through the wrapped store one at a time,
// but records how many CommitGroup calls were under way at once: each
// waits for company first, up to patience, until two have been seen
// together or one wait was in vain. A long patience makes an overlap
// that the import allows show up however loaded the machine is; a short
// one keeps the cases that must not overlap quick. Any group holding a document whose
// URI contains bad fails whole, as does that document's own Commit, as a
// server refusing one document would.
type writersStore struct {
	kg.Store
	bad      string
	mu       sync.Mutex
	now      int
	most     int
	groups   int
	atAwait  int // groups committed when AwaitSearch was called
	awaits   int
	arrived  chan struct{}
	patience time.Duration
	gaveUp   bool
	serially sync.Mutex
}

type concurrentWritersStore struct {
	*writersStore
	writers int
}

func (c concurrentWritersStore) GroupWriters() int { return c.writers }

type badBatch struct {
	kg.Batch
	bad bool
}

func (b *badBatch) Commit(ctx context.Context) error {
	if b.bad {
		return kg.Errorf(kg.EINVALID, "refused by the store")
	}
	return b.Batch.Commit(ctx)
}

func (w *writersStore) Begin(ctx context.Context, doc kg.Document) (kg.Batch, error) {
	b, err := w.Store.Begin(ctx, doc)
	if err != nil {
		return nil, err
	}
	return &badBatch{Batch: b, bad: strings.Contains(doc.URI, w.bad)}, nil
}

func (w *writersStore) CommitGroup(ctx context.Context, batches []kg.Batch) error {
	w.mu.Lock()
	// Read before this call counts, for it may be the one a waiter meets;
	// after one wait in vain the rest do not wait.
	seen := w.most >= 2 || w.gaveUp
	w.now++
	w.most = max(w.most, w.now)
	w.mu.Unlock()
	if !seen {
		select {
		case w.arrived <- struct{}{}:
		case <-w.arrived:
		case <-time.After(w.patience):
			w.mu.Lock()
			w.gaveUp = true
			w.mu.Unlock()
		}
	}
	defer func() {
		w.mu.Lock()
		w.now--
		w.groups++
		w.mu.Unlock()
	}()
	inner := make([]kg.Batch, len(batches))
	for i, b := range batches {
		bb := b.(*badBatch)
		if bb.bad {
			return kg.Errorf(kg.EINVALID, "group refused by the store")
		}
		inner[i] = bb.Batch
	}
	w.serially.Lock()
	defer w.serially.Unlock()
	return w.Store.(kg.GroupCommitter).CommitGroup(ctx, inner)
}

func (w *writersStore) AwaitSearch(ctx context.Context) error {
	w.mu.Lock()
	w.awaits++
	w.atAwait = w.groups
	w.mu.Unlock()
	return w.Store.(kg.GroupCommitter).AwaitSearch(ctx)
}

// A folder import writes as many groups at once as the store commits
// well together, reports every file in the order of its path, fails only
// the document at fault when its group fails (the rest of the group is
// written one by one), leaves nothing of that document behind, and waits
// for search once, after every group.
func TestIngestPathsConcurrentGroups(t *testing.T) {
	own := "# Pump %d\n\nThe impeller CP%d-IMP is cast in CF8 stainless steel.\n"
	shared := "# Pump %d\n\nPump %d uses the shaft seal CP900-SEAL-01.\n"
	cases := []struct {
		name       string
		concurrent int // 0: the store does not say
		text       string
		wantMost   int
	}{
		{"store that does not say: one group at a time", 0, own, 1},
		{"one writer", 1, own, 1},
		{"two writers", 2, own, 2},
		{"two writers, every document asserting one part: one group at a time", 2, shared, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, st := testPipeline(t)
			patience := 300 * time.Millisecond
			if c.wantMost > 1 {
				patience = time.Minute
			}
			ws := &writersStore{Store: st, bad: "f07", arrived: make(chan struct{}), patience: patience}
			p.Store = ws
			if c.concurrent > 0 {
				p.Store = concurrentWritersStore{ws, c.concurrent}
			}
			dir := t.TempDir()
			// More files than one group holds (32), so that a loaded
			// machine, where every file is prepared before the first group
			// is taken, still has two groups to write.
			const n = 70
			for i := 0; i < n; i++ {
				text := fmt.Sprintf(c.text, i, 100+i)
				os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%02d.md", i)), []byte(text), 0o644)
			}
			var order []string
			rep, err := p.IngestPaths(context.Background(), []string{dir}, kg.Internal, func(done, total int, r ingest.Result) {
				if done != len(order)+1 || total != n {
					t.Errorf("progress %d/%d after %d results", done, total, len(order))
				}
				order = append(order, filepath.Base(r.URI))
			})
			if err != nil {
				t.Fatal(err)
			}
			for i, name := range order {
				if want := fmt.Sprintf("f%02d.md", i); name != want {
					t.Fatalf("result %d is %s, want %s: %v", i, name, want, order)
				}
			}
			if rep.OK != n-1 || rep.Failed != 1 || rep.Results[7].Status != ingest.StatusFailed {
				t.Fatalf("report ok %d failed %d, f07 %+v", rep.OK, rep.Failed, rep.Results[7])
			}
			ctx := context.Background()
			for i, res := range rep.Results {
				_, err := st.Document(ctx, kg.Restricted, res.DocumentID)
				if stored := err == nil; stored != (i != 7) {
					t.Errorf("%s stored %v (%v)", res.URI, stored, err)
				}
			}
			if rep.Entities < n-1 {
				t.Fatalf("%d entities asserted, want one a document at least", rep.Entities)
			}
			if ws.most != c.wantMost {
				t.Errorf("at most %d groups at once, want %d", ws.most, c.wantMost)
			}
			if ws.awaits != 1 || ws.atAwait != ws.groups {
				t.Errorf("AwaitSearch %d times, after %d of %d groups; want once, after all", ws.awaits, ws.atAwait, ws.groups)
			}
		})
	}
}

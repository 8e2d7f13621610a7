package retrieval

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// countingReader is a real store that counts its fulltext searches.
// When gate is set, every search waits for it to close, so a test can
// hold a retrieval open until all its callers have joined it.
type countingReader struct {
	kg.Reader
	searches atomic.Int64
	gate     chan struct{}
}

func (c *countingReader) SearchChunks(ctx context.Context, cl kg.Audience, q kg.ChunkQuery) ([]kg.ScoredChunk, error) {
	c.searches.Add(1)
	if c.gate != nil {
		<-c.gate
	}
	return c.Reader.SearchChunks(ctx, cl, q)
}

func torqueStore(t *testing.T) kg.Store {
	t.Helper()
	st := openStore(t)
	writeDoc(t, st, kg.Document{ID: kg.DocumentID("m.md"), URI: "m.md", SHA256: "1", Audience: kg.Public},
		kg.Chunk{Text: "The impeller nut takes 45 N·m."})
	return st
}

// TestSameQuestionAtOnceIsRetrievedOnce asks one question from 64
// callers with the cache off while the first retrieval is held open:
// they share that one retrieval, and each gets its own copy of the
// evidence.
func TestSameQuestionAtOnceIsRetrievedOnce(t *testing.T) {
	const question = "What torque does the impeller nut take?"
	alone := &countingReader{Reader: torqueStore(t)}
	if _, err := New(alone, nil, Options{CacheSize: -1}).Retrieve(context.Background(), kg.Public, question); err != nil {
		t.Fatal(err)
	}
	perRetrieval := alone.searches.Load()

	st := &countingReader{Reader: torqueStore(t), gate: make(chan struct{})}
	r := New(st, nil, Options{CacheSize: -1})
	const callers = 64
	go func() {
		defer close(st.gate)
		if !waitersReached(r.flights, question, callers) {
			t.Errorf("%d callers never joined one retrieval", callers)
		}
	}()
	evs := retrieveAtOnce(t, r, callers, func(int) kg.Audience { return kg.Public }, question)
	for i, ev := range evs {
		if ev == nil || len(ev.Items) == 0 || len(ev.Items) != len(evs[0].Items) {
			t.Fatalf("caller %d: %+v", i, ev)
		}
		if i > 0 && ev == evs[0] {
			t.Fatalf("callers %d and 0 got the same *Evidence", i)
		}
	}
	if n := st.searches.Load(); n != perRetrieval {
		t.Errorf("%d callers made %d fulltext searches, one retrieval makes %d", callers, n, perRetrieval)
	}
}

func TestFlightsBoundConcurrentRetrievals(t *testing.T) {
	f := newFlights(2)
	var now, most atomic.Int64
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.do(context.Background(), fmt.Sprint(i), func(context.Context) (*Evidence, error) {
				storeMost(&most, now.Add(1))
				time.Sleep(5 * time.Millisecond)
				now.Add(-1)
				return &Evidence{}, nil
			})
		}()
	}
	wg.Wait()
	if most.Load() != 2 {
		t.Errorf("at most %d retrievals ran at once, want 2", most.Load())
	}
}

func storeMost(a *atomic.Int64, v int64) {
	for m := a.Load(); v > m && !a.CompareAndSwap(m, v); m = a.Load() {
	}
}

// TestFlightOutlivesTheCallerWhoStartedIt: the first caller hanging up
// does not fail the others; when every caller has left, the retrieval's
// context ends.
func TestFlightOutlivesTheCallerWhoStartedIt(t *testing.T) {
	f := newFlights(0)
	release, ended := make(chan struct{}), make(chan error, 1)
	fn := func(ctx context.Context) (*Evidence, error) {
		select {
		case <-release:
			return &Evidence{Unknown: []string{"x"}}, nil
		case <-ctx.Done():
			ended <- ctx.Err()
			return nil, ctx.Err()
		}
	}
	first, cancelFirst := context.WithCancel(context.Background())
	firstErr := make(chan error, 1)
	go func() { _, err := f.do(first, "q", fn); firstErr <- err }()
	waitWaiters(t, f, "q", 1)
	second := make(chan *Evidence, 1)
	go func() { ev, _ := f.do(context.Background(), "q", fn); second <- ev }()
	waitWaiters(t, f, "q", 2)
	cancelFirst()
	if err := <-firstErr; !errors.Is(err, context.Canceled) {
		t.Fatalf("first caller: %v", err)
	}
	close(release)
	if ev := <-second; ev == nil || len(ev.Unknown) != 1 {
		t.Fatalf("second caller got %+v after the first left", ev)
	}

	alone, cancel := context.WithCancel(context.Background())
	go f.do(alone, "r", fn2(ended))
	waitWaiters(t, f, "r", 1)
	cancel()
	select {
	case err := <-ended:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("retrieval ended with %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the retrieval went on after its only caller left")
	}
}

func fn2(ended chan error) func(context.Context) (*Evidence, error) {
	return func(ctx context.Context) (*Evidence, error) {
		<-ctx.Done()
		ended <- ctx.Err()
		return nil, ctx.Err()
	}
}

func TestFlightPanicFailsItsCallersOnly(t *testing.T) {
	f := newFlights(0)
	_, err := f.do(context.Background(), "q", func(context.Context) (*Evidence, error) { panic("boom") })
	if kg.ErrorCode(err) != kg.EINTERNAL {
		t.Fatalf("panic gave %v", err)
	}
}

func TestInvalidateStartsANewFlight(t *testing.T) {
	f := newFlights(0)
	release := make(chan struct{})
	var runs atomic.Int64
	fn := func(context.Context) (*Evidence, error) { runs.Add(1); <-release; return &Evidence{}, nil }
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); f.do(context.Background(), "q", fn) }()
	waitWaiters(t, f, "q", 1)
	f.invalidate()
	go func() { defer wg.Done(); f.do(context.Background(), "q", fn) }()
	for runs.Load() < 2 {
		time.Sleep(time.Millisecond)
	}
	close(release)
	wg.Wait()
}

// waitWaiters waits until n callers wait on key's flight.
func waitWaiters(t *testing.T, f *flights, key string, n int) {
	t.Helper()
	if !waitersReached(f, key, n) {
		t.Fatalf("%d callers never waited on %q", n, key)
	}
}

// waitersReached reports whether n callers came to wait on key's flight
// within five seconds.
func waitersReached(f *flights, key string, n int) bool {
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		f.mu.Lock()
		got := 0
		for k, fl := range f.running {
			if strings.HasSuffix(k, key) {
				got = fl.waiters
			}
		}
		f.mu.Unlock()
		if got == n {
			return true
		}
		time.Sleep(time.Millisecond)
	}
	return false
}

// TestSharedRetrievalIsPerClearance asks one question at public and at
// internal clearance at the same moment: only the internal callers may
// see the internal passage.
func TestSharedRetrievalIsPerClearance(t *testing.T) {
	st := openStore(t)
	writeDoc(t, st, kg.Document{ID: kg.DocumentID("cost.md"), URI: "cost.md", SHA256: "1", Audience: kg.Internal},
		kg.Chunk{Text: "The impeller nut costs 4.20 CNY."})
	r := New(st, nil, Options{CacheSize: -1})
	levels := []kg.Audience{kg.Public, kg.Internal}
	evs := retrieveAtOnce(t, r, 64, func(i int) kg.Audience { return levels[i%2] }, "What does the impeller nut cost?")
	for i, ev := range evs {
		if ev == nil {
			t.Fatalf("caller %d got no evidence", i)
		}
		if n := len(ev.Items); levels[i%2] == kg.Public && n != 0 || levels[i%2] == kg.Internal && n == 0 {
			t.Fatalf("caller %d at %s got %d passages", i, levels[i%2], n)
		}
	}
}

// retrieveAtOnce asks question from n callers released at the same
// moment, caller i at clearance(i), and returns what each got.
func retrieveAtOnce(t *testing.T, r *Retriever, n int, clearance func(i int) kg.Audience, question string) []*Evidence {
	t.Helper()
	evs := make([]*Evidence, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range evs {
		wg.Go(func() {
			<-start
			ev, err := r.Retrieve(context.Background(), clearance(i), question)
			if err != nil {
				t.Error(err)
			}
			evs[i] = ev
		})
	}
	close(start)
	wg.Wait()
	return evs
}

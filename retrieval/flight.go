package retrieval

import (
	"context"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/kgassist/kgassist/kg"
)

// flights lets callers asking the same question at the same moment share
// one retrieval, and bounds how many retrievals run at once. Without it a
// burst of one popular question (a widget on a busy page) built its
// evidence once per caller, all at the same time, before the first could
// reach the cache: about 175 KB of heap each, with every one of them
// waiting on the same few store connections.
type flights struct {
	mu      sync.Mutex
	running map[string]*flight
	// gen moves on Invalidate, so that no caller arriving after a store
	// change joins a retrieval that began before it.
	gen   atomic.Uint64
	slots chan struct{}
}

// flight is one retrieval and the callers waiting for it.
type flight struct {
	done    chan struct{}
	ev      *Evidence
	err     error
	waiters int
	cancel  context.CancelFunc
}

func newFlights(concurrent int) *flights {
	if concurrent <= 0 {
		concurrent = max(8, 4*runtime.GOMAXPROCS(0))
	}
	return &flights{running: map[string]*flight{}, slots: make(chan struct{}, concurrent)}
}

// do returns fn's evidence for key, running fn once for all callers that
// ask while it runs. fn's context ends only when every caller has left,
// so one caller hanging up does not fail the others. Each caller gets its
// own copy of the Evidence struct (its slices and maps are shared and
// must be treated as read-only, as cached evidence already is).
func (f *flights) do(ctx context.Context, key string, fn func(context.Context) (*Evidence, error)) (*Evidence, error) {
	key = strconv.FormatUint(f.gen.Load(), 10) + "\x00" + key
	f.mu.Lock()
	fl, ok := f.running[key]
	if ok {
		fl.waiters++
	} else {
		// Nothing of the first caller's context travels: its values (a
		// trace, say) belong to one caller, who may have left.
		fctx, cancel := context.WithCancel(context.Background())
		fl = &flight{done: make(chan struct{}), waiters: 1, cancel: cancel}
		f.running[key] = fl
		go f.run(fctx, key, fl, fn)
	}
	f.mu.Unlock()
	select {
	case <-fl.done:
		if fl.ev == nil {
			return nil, fl.err
		}
		ev := *fl.ev
		return &ev, fl.err
	case <-ctx.Done():
		f.leave(key, fl)
		return nil, ctx.Err()
	}
}

func (f *flights) run(ctx context.Context, key string, fl *flight, fn func(context.Context) (*Evidence, error)) {
	defer close(fl.done)
	defer fl.cancel()
	defer f.forget(key, fl)
	// The retrieval runs on a goroutine of its own, out of reach of the
	// server's recovery: a panic here must fail the callers, not the process.
	defer func() {
		if p := recover(); p != nil {
			fl.ev, fl.err = nil, kg.Errorf(kg.EINTERNAL, "retrieval failed: %v", p)
		}
	}()
	select {
	case f.slots <- struct{}{}:
		defer func() { <-f.slots }()
		fl.ev, fl.err = fn(ctx)
	case <-ctx.Done():
		fl.err = ctx.Err()
	}
}

// leave drops a caller that stopped waiting; the last one out cancels
// the retrieval.
func (f *flights) leave(key string, fl *flight) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fl.waiters--
	if fl.waiters == 0 {
		fl.cancel()
		if f.running[key] == fl {
			delete(f.running, key)
		}
	}
}

func (f *flights) forget(key string, fl *flight) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.running[key] == fl {
		delete(f.running, key)
	}
}

// invalidate starts a new generation: later callers retrieve afresh.
func (f *flights) invalidate() { f.gen.Add(1) }

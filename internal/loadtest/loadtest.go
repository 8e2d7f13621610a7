// Package loadtest drives a kgassist server on loopback with many clients
// and summarises what they saw. Every run is bounded twice, by a request
// count and by wall time, so a slow or stuck server ends the run instead
// of hanging it.
package loadtest

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Result is what one run measured.
type Result struct {
	Requests int           // requests that finished without error
	Errors   int           // requests that failed
	FirstErr error         // the first failure, for the report
	Elapsed  time.Duration // wall time from the first request to the last
	Latency  Latencies     // one per finished request
}

// PerSecond is the throughput of the finished requests.
func (r Result) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Requests) / r.Elapsed.Seconds()
}

func (r Result) String() string {
	return fmt.Sprintf("%d ok, %d failed in %s (%.0f req/s), p50 %s, p99 %s",
		r.Requests, r.Errors, r.Elapsed.Round(time.Millisecond), r.PerSecond(),
		r.Latency.Percentile(50).Round(10*time.Microsecond), r.Latency.Percentile(99).Round(10*time.Microsecond))
}

// Plan bounds a run: it ends when N calls were started, Limit has passed
// or Until is closed, whichever comes first.
type Plan struct {
	Clients int
	N       int
	Limit   time.Duration
	Until   <-chan struct{} // optional: stop starting calls, let those in flight finish
}

// Run calls do from p.Clients goroutines within the plan's bounds; do
// receives the call's index and a context that ends at p.Limit. Calls in
// flight at that deadline are cancelled and count as errors.
func Run(ctx context.Context, p Plan, do func(ctx context.Context, i int) error) Result {
	ctx, cancel := context.WithTimeout(ctx, p.Limit)
	defer cancel()
	stopped := func() bool {
		select {
		case <-p.Until:
			return true
		default:
			return ctx.Err() != nil
		}
	}
	var next atomic.Int64
	var mu sync.Mutex
	var res Result
	var wg sync.WaitGroup
	start := time.Now()
	for range p.Clients {
		wg.Go(func() {
			for !stopped() {
				i := int(next.Add(1) - 1)
				if i >= p.N {
					return
				}
				t0 := time.Now()
				err := do(ctx, i)
				took := time.Since(t0)
				mu.Lock()
				if err != nil {
					res.Errors++
					if res.FirstErr == nil {
						res.FirstErr = err
					}
				} else {
					res.Requests++
					res.Latency = append(res.Latency, took)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	return res
}

// Latencies are request durations in any order.
type Latencies []time.Duration

// Percentile returns the p-th percentile (0–100) by the nearest-rank
// method, or 0 when there are none.
func (l Latencies) Percentile(p float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	s := slices.Clone(l)
	slices.Sort(s)
	rank := int(p/100*float64(len(s)) + 0.5)
	return s[min(max(rank-1, 0), len(s)-1)]
}

// Ms is d in milliseconds, for b.ReportMetric.
func Ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

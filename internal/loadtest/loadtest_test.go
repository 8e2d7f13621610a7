package loadtest

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

func TestPercentileNearestRank(t *testing.T) {
	var l Latencies
	for i := 100; i >= 1; i-- {
		l = append(l, time.Duration(i)*time.Millisecond)
	}
	for _, c := range []struct {
		p    float64
		want time.Duration
	}{{50, 50 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}, {0, time.Millisecond}} {
		if got := l.Percentile(c.p); got != c.want {
			t.Errorf("p%v = %s, want %s", c.p, got, c.want)
		}
	}
	if got := Latencies(nil).Percentile(99); got != 0 {
		t.Errorf("empty p99 = %s", got)
	}
}

func TestRunStopsAtCount(t *testing.T) {
	var calls atomic.Int64
	r := Run(context.Background(), Plan{Clients: 8, N: 100, Limit: 10 * time.Second}, func(context.Context, int) error {
		if calls.Add(1)%10 == 0 {
			return errors.New("every tenth fails")
		}
		return nil
	})
	if calls.Load() != 100 || r.Requests != 90 || r.Errors != 10 || len(r.Latency) != 90 || r.FirstErr == nil {
		t.Fatalf("calls %d, result %+v", calls.Load(), r)
	}
}

func TestRunStopsAtLimitAndUntil(t *testing.T) {
	slow := func(ctx context.Context, _ int) error {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
			return nil
		}
	}
	r := Run(context.Background(), Plan{Clients: 2, N: 1 << 30, Limit: 100 * time.Millisecond}, slow)
	if r.Elapsed > time.Second || r.Requests == 0 {
		t.Fatalf("time-bounded run: %+v", r)
	}
	until := make(chan struct{})
	time.AfterFunc(50*time.Millisecond, func() { close(until) })
	r = Run(context.Background(), Plan{Clients: 2, N: 1 << 30, Limit: 10 * time.Second, Until: until}, slow)
	if r.Elapsed > time.Second || r.Errors != 0 || r.Requests == 0 {
		t.Fatalf("run stopped by Until: %+v", r)
	}
}

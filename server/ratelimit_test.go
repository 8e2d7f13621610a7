package server

import (
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// TestWidgetKeyBucketBindsAcrossAddresses sends one widget key's requests
// from many client addresses (behind a trusted proxy), each address used
// once, so that only the key's own bucket can refuse them. With the clock
// held still, exactly the key's rate is accepted and every other request is
// 429 with the Retry-After of one token's refill. A second key asking from
// the same addresses meanwhile is untouched, and once the clock moves on by
// one token's refill, one more request of the first key passes.
func TestWidgetKeyBucketBindsAcrossAddresses(t *testing.T) {
	const rate, sent, perAddress = 20, 60, 3
	e := newEnv(t, envOptions{tweak: func(o *Options) { o.TrustProxy, o.IPRatePerMin = true, perAddress }})
	clock := frozenClock(e.srv, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	spec := auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Public, Origins: []string{"https://shop.example"}, RatePerMin: rate}
	busy, other := e.key("busy", spec), e.key("other", spec)

	codes, retry := e.meFromAddresses(busy, sent, 8)
	if codes[http.StatusOK] != rate || codes[http.StatusTooManyRequests] != sent-rate || len(codes) != 2 {
		t.Errorf("one key from %d addresses: %v, want %d accepted and %d refused", sent, codes, rate, sent-rate)
	}
	wantRetry := fmt.Sprint(60 / rate) // seconds until one token is back
	for got := range retry {
		if got != wantRetry {
			t.Errorf("429 with Retry-After %q, want %q", got, wantRetry)
		}
	}
	others, _ := e.meFromAddresses(other, rate, 8)
	if others[http.StatusOK] != rate {
		t.Errorf("second key while the first is spent: %v, want %d accepted", others, rate)
	}
	clock(time.Duration(60/rate) * time.Second)
	if codes, _ := e.meFromAddresses(busy, 2, 1); codes[http.StatusOK] != 1 || codes[http.StatusTooManyRequests] != 1 {
		t.Errorf("after one token's refill: %v, want 1 accepted and 1 refused", codes)
	}
	t.Logf("widget key at %d/min, %d requests from %d addresses (%d/min each): %v; Retry-After %v; second key: %v",
		rate, sent, sent, perAddress, codes, retry, others)
}

// frozenClock stops the server's rate-limit clock at start and returns a
// function that moves it forward.
func frozenClock(s *Server, start time.Time) func(time.Duration) {
	var mu sync.Mutex
	now := start
	s.buckets.mu.Lock()
	s.buckets.now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	s.buckets.mu.Unlock()
	return func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
}

// meFromAddresses sends n GET /v1/me with the widget's origin, each from
// its own X-Forwarded-For address, over workers connections at once. It
// counts the statuses and the Retry-After values of the 429s.
func (e *env) meFromAddresses(secret string, n, workers int) (codes map[int]int, retryAfter map[string]int) {
	codes, retryAfter = map[int]int{}, map[string]int{}
	var mu sync.Mutex
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				addr := fmt.Sprintf("198.51.%d.%d", i/250, 1+i%250)
				r, _ := e.do(call{method: "GET", path: "/v1/me", headers: map[string]string{
					"Origin": "https://shop.example", "X-Forwarded-For": addr + ", 10.0.0.1"}}, secret)
				mu.Lock()
				codes[r.StatusCode]++
				if r.StatusCode == http.StatusTooManyRequests {
					retryAfter[r.Header.Get("Retry-After")]++
				}
				mu.Unlock()
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return codes, retryAfter
}

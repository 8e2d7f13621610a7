package server

import (
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
	"golang.org/x/time/rate"

	"github.com/kgassist/kgassist/kg"
)

// buckets are token buckets by name ("key:ID", "ip:ADDR"), refilled
// continuously; idle ones are dropped so the map stays small.
type buckets struct {
	mu  sync.Mutex
	m   map[string]*bucket
	now func() time.Time
}

type bucket struct {
	lim  *rate.Limiter
	last time.Time
}

// take spends one token from the bucket with capacity perMin that refills
// perMin tokens a minute. When empty it says how long until one is back.
func (b *buckets) take(name string, perMin int) (bool, time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	if b.m == nil {
		b.m = map[string]*bucket{}
	}
	if len(b.m) > 100000 {
		b.sweep(now)
	}
	bk := b.m[name]
	if bk == nil {
		bk = &bucket{lim: rate.NewLimiter(rate.Limit(float64(perMin)/60), perMin)}
		b.m[name] = bk
	}
	bk.last = now
	r := bk.lim.ReserveN(now, 1)
	if wait := r.DelayFrom(now); wait > 0 {
		r.CancelAt(now) // a refused request spends nothing
		return false, wait
	}
	return true, 0
}

func (b *buckets) sweep(now time.Time) {
	for k, v := range b.m {
		if now.Sub(v.last) > 10*time.Minute {
			delete(b.m, k)
		}
	}
}

// limit applies the key's own rate and, for widget keys (used from
// browsers by anyone), a per-address rate too.
func (s *Server) limit(c echo.Context, p *principal) error {
	if p.Key == nil {
		return nil
	}
	return s.limitCall(c, p)
}

// limitCall charges one call, of possibly many in a request, to the key's
// buckets.
func (s *Server) limitCall(c echo.Context, p *principal) error {
	if p.Key.RatePerMin > 0 {
		if ok, wait := s.buckets.take("key:"+p.Key.ID, p.Key.RatePerMin); !ok {
			return tooMany(c, wait)
		}
	}
	if len(p.Key.Origins) > 0 && s.opts.IPRatePerMin > 0 {
		if ok, wait := s.buckets.take("ip:"+p.Key.ID+":"+s.clientIP(c), s.opts.IPRatePerMin); !ok {
			return tooMany(c, wait)
		}
	}
	return nil
}

func tooMany(c echo.Context, wait time.Duration) error {
	c.Response().Header().Set("Retry-After", strconv.Itoa(max(1, int(math.Ceil(wait.Seconds())))))
	return kg.Errorf(kg.ERATELIMIT, "%s: slow down", http.StatusText(http.StatusTooManyRequests))
}

package authtest

import (
	"sync"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// Reservations count against the quota beside the tokens spent, until
// released or lapsed; another key's do not.
func testQuotaReservations(t *testing.T, e *env) {
	must(t, "spend", e.AddTokens(e.ctx, "k", 800))
	first, err := e.Reserve(e.ctx, "k", 300, 1000)
	must(t, "reserve under the limit", err)
	_, err = e.Reserve(e.ctx, "k", 300, 1000)
	wantCode(t, "reserve with 1100 held of 1000", err, kg.ERATELIMIT)
	_, err = e.Reserve(e.ctx, "other", 300, 1000)
	must(t, "another key's reservation", err)
	must(t, "release", e.Release(e.ctx, first))
	second, err := e.Reserve(e.ctx, "k", 300, 1000)
	must(t, "reserve after a release", err)
	_, err = e.Reserve(e.ctx, "k", 300, 1000)
	wantCode(t, "reserve again", err, kg.ERATELIMIT)
	e.advance(auth.ReservationTTL + time.Minute)
	_, err = e.Reserve(e.ctx, "k", 300, 1000)
	must(t, "reserve once the held one lapsed", err)
	must(t, "release a lapsed reservation", e.Release(e.ctx, second))
}

// Questions reserved at the same time (each on its own connection, as
// replicas would) never hold more than the quota between them: with 1000
// tokens and 300 a question, four are admitted and the rest refused.
func testConcurrentReservations(t *testing.T, e *env) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	admitted, refused := 0, 0
	for range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := e.Reserve(e.ctx, "k", 300, 1000)
			mu.Lock()
			defer mu.Unlock()
			switch kg.ErrorCode(err) {
			case "":
				admitted++
			case kg.ERATELIMIT:
				refused++
			default:
				t.Errorf("reserve: %v", err)
			}
		}()
	}
	wg.Wait()
	if admitted != 4 || refused != 8 {
		t.Errorf("admitted %d, refused %d; want 4 and 8", admitted, refused)
	}
}

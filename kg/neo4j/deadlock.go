package neo4j

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/internal/neo4jdb"
)

// Groups of different documents committed at once can still deadlock on
// the server's internal locks of a dense entity (a material or product
// many documents mention), which the order of rows does not control. The
// driver retries a deadlock only after sleeping one to two seconds, longer
// than most groups take to write, so a write retries it itself at once.
const (
	deadlockAttempts = 6
	deadlockPause    = 20 * time.Millisecond
)

// deadlockCode is the server's code for a transaction chosen to break a
// deadlock; it is rolled back and may simply be run again.
const deadlockCode = "Neo.TransientError.Transaction.DeadlockDetected"

// lostDeadlock carries a deadlock out of a transaction function. It has
// no Unwrap on purpose: the driver would recognise the server error
// inside and retry it after its long sleep.
type lostDeadlock struct{ err error }

func (l lostDeadlock) Error() string { return l.err.Error() }

// hideDeadlock hides a deadlock from the driver's retry; any other error
// is returned as it is.
func hideDeadlock(err error) error {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && ne.Code == deadlockCode {
		return lostDeadlock{err}
	}
	return err
}

// retryDeadlocks runs attempt up to n times while it loses a deadlock,
// pausing a short random while that doubles each time, so that two
// writers that met do not meet again in step. It returns the last error
// with the server's error unhidden.
func retryDeadlocks(ctx context.Context, n int, pause time.Duration, attempt func() error) error {
	var err error
	for i := 0; i < n; i++ {
		err = attempt()
		var lost lostDeadlock
		if !errors.As(err, &lost) {
			return err
		}
		err = lost.err
		if i == n-1 {
			break
		}
		wait := pause<<i/2 + rand.N(pause<<i)
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return err
}

// writeRetryingDeadlocks is write for transactions that run beside
// others touching the same entities (groups of a folder import): a
// deadlock is retried at once, up to deadlockAttempts times.
func (s *Store) writeRetryingDeadlocks(ctx context.Context, op string, fn func(tx neo4j.ManagedTransaction) error) error {
	err := retryDeadlocks(ctx, deadlockAttempts, deadlockPause, func() error {
		return neo4jdb.Write(ctx, s.driver, s.db, func(tx neo4j.ManagedTransaction) error {
			if err := fn(tx); err != nil {
				return hideDeadlock(err)
			}
			return hideDeadlock(bump(ctx, tx))
		})
	})
	return mapCtxErr(ctx, op, err)
}

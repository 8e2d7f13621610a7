package neo4j

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A group that loses a deadlock to another group is run again at once,
// a bounded number of times; nothing else is retried here.
func TestRetryDeadlocks(t *testing.T) {
	deadlock := &neo4j.Neo4jError{Code: deadlockCode, Msg: "can't acquire UpdateLock"}
	other := &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}
	plain := errors.New("disk full")
	cases := []struct {
		name     string
		results  []error // what each attempt returns, the last repeated
		attempts int
		want     error
	}{
		{"first attempt succeeds", []error{nil}, 1, nil},
		{"one deadlock, then success", []error{deadlock, nil}, 2, nil},
		{"two deadlocks, then success", []error{deadlock, deadlock, nil}, 3, nil},
		{"another server error is not retried", []error{other}, 1, other},
		{"a plain error is not retried", []error{plain}, 1, plain},
		{"deadlock, then another error", []error{deadlock, plain}, 2, plain},
		{"deadlocks every time: gives up with the server's error", []error{deadlock}, 4, deadlock},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			calls := 0
			err := retryDeadlocks(context.Background(), 4, time.Millisecond, func() error {
				res := c.results[min(calls, len(c.results)-1)]
				calls++
				return hideDeadlock(res)
			})
			if calls != c.attempts {
				t.Errorf("%d attempts, want %d", calls, c.attempts)
			}
			if !errors.Is(err, c.want) {
				t.Errorf("error %v, want %v", err, c.want)
			}
		})
	}
}

// The driver retries what it recognises as a transient server error only
// after sleeping one to two seconds: a hidden deadlock must not be
// recognisable, and every other error must stay as it was.
func TestHideDeadlockFromDriver(t *testing.T) {
	deadlock := &neo4j.Neo4jError{Code: deadlockCode}
	var ne *neo4j.Neo4jError
	if errors.As(hideDeadlock(deadlock), &ne) {
		t.Error("a hidden deadlock is still a Neo4jError the driver would retry")
	}
	other := &neo4j.Neo4jError{Code: "Neo.TransientError.General.TransactionMemoryLimit"}
	if got := hideDeadlock(other); got != error(other) {
		t.Errorf("another error became %v", got)
	}
	if hideDeadlock(nil) != nil {
		t.Error("nil became an error")
	}
}

// Waiting between attempts ends with the caller's context.
func TestRetryDeadlocksStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	err := retryDeadlocks(ctx, 10, time.Hour, func() error {
		calls++
		cancel()
		return hideDeadlock(&neo4j.Neo4jError{Code: deadlockCode})
	})
	if !errors.Is(err, context.Canceled) || calls != 1 {
		t.Errorf("err %v after %d attempts, want context.Canceled after 1", err, calls)
	}
}

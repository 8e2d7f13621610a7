// Package groupcommit writes items that arrive concurrently together: one
// transaction for every item waiting, so each caller returns once its item
// is durable without paying a commit (and a disk sync or round trip) of
// its own. Both audit-log stores use it.
package groupcommit

import (
	"context"
	"sync"

	"github.com/kgassist/kgassist/kg"
)

// maxBatch bounds one group commit.
const maxBatch = 256

// Queue commits the items added to it in batches, one at a time.
type Queue[T any] struct {
	op    string
	in    chan request[T]
	stop  chan struct{}
	done  chan struct{}
	once  sync.Once
	write func([]T) error
}

type request[T any] struct {
	item T
	done chan error
}

// New starts a queue that commits with write; op names the operation in
// the errors Add returns.
func New[T any](op string, write func([]T) error) *Queue[T] {
	q := &Queue[T]{op: op, in: make(chan request[T]), stop: make(chan struct{}), done: make(chan struct{}), write: write}
	go q.loop()
	return q
}

// Add queues item and waits until the batch holding it is committed,
// returning that commit's error.
func (q *Queue[T]) Add(ctx context.Context, item T) error {
	req := request[T]{item: item, done: make(chan error, 1)}
	select {
	case q.in <- req:
	case <-q.stop:
		return kg.Errorf(kg.EUNAVAILABLE, "%s: closed", q.op)
	case <-ctx.Done():
		return kg.Wrap(q.op, ctx.Err())
	}
	return <-req.done
}

func (q *Queue[T]) loop() {
	defer close(q.done)
	for {
		var batch []request[T]
		select {
		case r := <-q.in:
			batch = append(batch, r)
		case <-q.stop:
			return
		}
	drain:
		for len(batch) < maxBatch {
			select {
			case r := <-q.in:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		items := make([]T, len(batch))
		for i, r := range batch {
			items[i] = r.item
		}
		err := q.write(items)
		for _, r := range batch {
			r.done <- err
		}
	}
}

// Close stops taking items once the batch in flight is committed.
func (q *Queue[T]) Close() {
	q.once.Do(func() { close(q.stop) })
	<-q.done
}

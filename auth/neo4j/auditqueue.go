package neo4jauth

import (
	"context"
	"sync"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// maxAuditBatch bounds one group commit.
const maxAuditBatch = 256

// auditQueue commits concurrent audit entries together: one write
// transaction (one UNWIND) for every entry waiting, so each answer is
// durable before its response without one round trip and commit per chat.
type auditQueue struct {
	in    chan auditRequest
	stop  chan struct{}
	done  chan struct{}
	once  sync.Once
	write func([]auth.AuditEntry) error
}

type auditRequest struct {
	entry auth.AuditEntry
	done  chan error
}

func newAuditQueue(write func([]auth.AuditEntry) error) *auditQueue {
	q := &auditQueue{in: make(chan auditRequest), stop: make(chan struct{}), done: make(chan struct{}), write: write}
	go q.loop()
	return q
}

// add queues e and waits until it is committed.
func (q *auditQueue) add(ctx context.Context, e auth.AuditEntry) error {
	req := auditRequest{entry: e, done: make(chan error, 1)}
	select {
	case q.in <- req:
	case <-q.stop:
		return kg.Errorf(kg.EUNAVAILABLE, "neo4jauth.Audit: closed")
	case <-ctx.Done():
		return kg.Wrap("neo4jauth.Audit", ctx.Err())
	}
	return <-req.done
}

func (q *auditQueue) loop() {
	defer close(q.done)
	for {
		var batch []auditRequest
		select {
		case r := <-q.in:
			batch = append(batch, r)
		case <-q.stop:
			return
		}
	drain:
		for len(batch) < maxAuditBatch {
			select {
			case r := <-q.in:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		entries := make([]auth.AuditEntry, len(batch))
		for i, r := range batch {
			entries[i] = r.entry
		}
		err := q.write(entries)
		for _, r := range batch {
			r.done <- err
		}
	}
}

// close stops taking entries once the batch in flight is committed.
func (q *auditQueue) close() {
	q.once.Do(func() { close(q.stop) })
	<-q.done
}

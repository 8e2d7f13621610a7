package neo4j

import (
	"context"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.GroupCommitter = (*Store)(nil)

// CommitGroup writes the documents of several batches in one transaction.
// A document's transaction costs a round trip per statement and a durable
// commit whatever its size, and waiting for the fulltext refresh after each
// one cost more than writing it; a bulk import pays both once per group and
// waits once, in AwaitSearch, before it reports done.
func (s *Store) CommitGroup(ctx context.Context, batches []kg.Batch) error {
	const op = "neo4j.CommitGroup"
	own := make([]*batch, 0, len(batches))
	for _, kb := range batches {
		b, ok := kb.(*batch)
		if !ok || b.store != s {
			return kg.Errorf(kg.EINVALID, "%s: a batch this store did not begin", op)
		}
		for _, prev := range own {
			if prev == b {
				return kg.Errorf(kg.EINVALID, "%s: batch of %s given twice", op, b.doc.URI)
			}
		}
		own = append(own, b)
	}
	for _, b := range own {
		b.mu.Lock()
		defer b.mu.Unlock()
		if err := b.open(op); err != nil {
			return err
		}
	}
	if len(own) == 0 {
		return nil
	}
	if err := s.commitAll(ctx, op, own); err != nil {
		return err
	}
	for _, b := range own {
		b.done = true
	}
	return nil
}

// groupWriters is how many groups a folder import commits at once (groups
// that share no entity): while one group's statements run on the server,
// the other's rows travel and its commit is applied. They wait for each
// other only on the change counter, moved at the end of each transaction,
// and on the server's internal locks of dense nodes (see deadlock.go).
const groupWriters = 2

// GroupWriters says how many groups of different documents to commit at
// once.
func (s *Store) GroupWriters() int { return groupWriters }

var _ kg.ConcurrentGroups = (*Store)(nil)

// AwaitSearch returns once the fulltext indexes hold every committed write.
func (s *Store) AwaitSearch(ctx context.Context) error {
	return s.awaitSearch(ctx, "neo4j.AwaitSearch")
}

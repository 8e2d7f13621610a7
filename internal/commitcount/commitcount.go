// Package commitcount wraps a store to count its commits, so tests can
// check that documents given together are written in one group commit.
package commitcount

import (
	"context"
	"sync"

	"github.com/kgassist/kgassist/kg"
)

// Store counts commits through the store's own abilities: one document's
// Commit, and CommitGroup. The wrapped store must be a kg.GroupCommitter.
type Store struct {
	kg.Store
	mu              sync.Mutex
	commits, groups int
}

// New wraps s.
func New(s kg.Store) *Store { return &Store{Store: s} }

type countedBatch struct {
	kg.Batch
	c *Store
}

func (c *Store) Begin(ctx context.Context, doc kg.Document) (kg.Batch, error) {
	b, err := c.Store.Begin(ctx, doc)
	if err != nil {
		return nil, err
	}
	return &countedBatch{Batch: b, c: c}, nil
}

func (b *countedBatch) Commit(ctx context.Context) error {
	b.c.count(&b.c.commits)
	return b.Batch.Commit(ctx)
}

func (c *Store) CommitGroup(ctx context.Context, batches []kg.Batch) error {
	c.count(&c.groups)
	inner := make([]kg.Batch, len(batches))
	for i, b := range batches {
		inner[i] = b.(*countedBatch).Batch
	}
	return c.Store.(kg.GroupCommitter).CommitGroup(ctx, inner)
}

func (c *Store) AwaitSearch(ctx context.Context) error {
	return c.Store.(kg.GroupCommitter).AwaitSearch(ctx)
}

func (c *Store) count(n *int) {
	c.mu.Lock()
	*n++
	c.mu.Unlock()
}

// Counts returns how many single-document commits and group commits the
// store has seen.
func (c *Store) Counts() (commits, groups int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.commits, c.groups
}

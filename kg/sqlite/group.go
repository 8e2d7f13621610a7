package sqlite

import (
	"context"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.GroupCommitter = (*Store)(nil)

// CommitGroup writes several documents' batches in one transaction, in
// order, so a bulk import syncs the file once per group instead of once
// per document.
func (s *Store) CommitGroup(ctx context.Context, batches []kg.Batch) error {
	const op = "sqlite.CommitGroup"
	own := make([]*batch, 0, len(batches))
	docs := map[string]bool{}
	for _, kb := range batches {
		b, ok := kb.(*batch)
		if !ok || b.s != s {
			return kg.Errorf(kg.EINVALID, "%s: a batch this store did not begin", op)
		}
		if err := b.usable(op); err != nil {
			return err
		}
		if b.sp != nil {
			// It has its own transaction: committed alone.
			return kg.Errorf(kg.EINVALID, "%s: the batch of %s is too large for a group", op, b.doc.URI)
		}
		if docs[b.doc.ID] {
			return kg.Errorf(kg.EINVALID, "%s: document %s is twice in one group", op, b.doc.URI)
		}
		docs[b.doc.ID] = true
		own = append(own, b)
	}
	if len(own) == 0 {
		return nil
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return kg.Wrap(op, err)
	}
	defer tx.Rollback()
	type change struct {
		added   []vectorRow
		removed []int64
	}
	changes := make([]change, len(own))
	for i, b := range own {
		added, removed, err := b.writeIn(ctx, tx)
		if err != nil {
			return kg.Wrap(op, constraintError(err))
		}
		changes[i] = change{added, removed}
	}
	if err := tx.Commit(); err != nil {
		return kg.Wrap(op, err)
	}
	for i, b := range own {
		b.done = true
		s.vec.apply(changes[i].removed, changes[i].added)
	}
	return nil
}

// mergePages bounds the fulltext merge after an import: about 4 MB of
// index pages written, so a small store ends with one segment per index
// and a large one moves toward it a step per import.
const mergePages = 1000

// AwaitSearch has nothing to wait for, since the fulltext tables are
// written inside the transaction that commits a document; like any call
// it fails once ctx is done. It merges the fulltext indexes' segments:
// each commit writes one, and a search seeks every term in each segment,
// so after an import of a few dozen documents a search cost twice what
// it does over one merged segment. The merge changes no search result.
func (s *Store) AwaitSearch(ctx context.Context) error {
	const op = "sqlite.AwaitSearch"
	if err := ctx.Err(); err != nil {
		return kg.Wrap(op, err)
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	for _, table := range []string{"chunk_fts", "entity_fts"} {
		// A negative page count merges segments of any level, as
		// 'optimize' does, but stops after that many pages.
		q := `INSERT INTO ` + table + `(` + table + `, rank) VALUES ('merge', ?)`
		if _, err := s.db.ExecContext(ctx, q, -mergePages); err != nil {
			return kg.Wrap(op, err)
		}
	}
	return nil
}

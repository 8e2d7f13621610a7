package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/kgassist/kgassist/kg"
)

// spillRows is how many chunks, entities and relations a batch buffers
// before it writes them into a transaction of its own. Below it a batch
// costs no lock until Commit; above it, a large table's document would
// otherwise hold every passage, vector and fact in memory until one
// transaction takes them all. Once a batch has spilled it holds the
// store's write lock until Commit or Rollback, and its rows stay invisible
// until Commit: the document is stored whole or not at all, crash or not.
var spillRows = 4096

// spilled is the state of a batch writing into its own open transaction.
type spilled struct {
	tx      *sql.Tx
	removed []int64 // the previous version's chunk rowids, for the vector index
	existed bool
	// chunkLo and eftsLo start this version's rowid ranges; chunkN and
	// eftsN are the next rowids to write.
	chunkLo, chunkN, eftsLo, eftsN int64
}

func (b *batch) buffered() int { return len(b.chunks) + len(b.entOrder) + len(b.relOrder) }

// maybeSpill writes the buffer out once it holds spillRows rows.
func (b *batch) maybeSpill(ctx context.Context) error {
	if b.buffered() < max(spillRows, b.spillAt) {
		return nil
	}
	if err := b.spill(ctx); err != errNotSpilled {
		return err
	}
	return nil
}

// errNotSpilled: the write lock was taken, so the rows stay buffered.
var errNotSpilled = errors.New("not spilled")

// spill writes the buffered rows into the batch's transaction, opening it
// (and taking the write lock) on the first call, then empties the buffer.
func (b *batch) spill(ctx context.Context) error {
	if b.sp == nil {
		if err := b.openSpill(ctx); err != nil {
			return err
		}
	}
	if err := b.spillBuffer(ctx); err != nil {
		b.abort()
		return kg.Wrap("sqlite.spill", constraintError(err))
	}
	return nil
}

func (b *batch) openSpill(ctx context.Context) error {
	s := b.s
	if !s.writeMu.TryLock() {
		// Another batch is writing, perhaps one this goroutine holds open,
		// which waiting here would never let finish: keep buffering and
		// try again at the next spillRows rows.
		b.spillAt = b.buffered() + spillRows
		return errNotSpilled
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		s.writeMu.Unlock()
		return kg.Wrap("sqlite.spill", err)
	}
	b.sp = &spilled{tx: tx}
	if err := b.startVersion(ctx, tx); err != nil {
		b.abort()
		return kg.Wrap("sqlite.spill", err)
	}
	return nil
}

// startVersion does in the open transaction what Commit does first: the
// checks, the rowid ranges, the previous version's rows removed and the
// document row written, to be completed by finishVersion.
func (b *batch) startVersion(ctx context.Context, tx *sql.Tx) error {
	sp := b.sp
	if err := b.s.checkReplace(ctx, tx, b.doc); err != nil {
		return err
	}
	if err := b.allocate(ctx, tx); err != nil {
		return err
	}
	sp.chunkLo, sp.chunkN, sp.eftsLo, sp.eftsN = b.chunkLo, b.chunkLo, b.eftsLo, b.eftsLo
	var err error
	if sp.removed, sp.existed, err = removeDocumentRows(ctx, tx, b.doc.ID); err != nil {
		return err
	}
	for _, q := range []string{
		`CREATE TEMP TABLE IF NOT EXISTS batch_entities(id TEXT PRIMARY KEY) WITHOUT ROWID`,
		`CREATE TEMP TABLE IF NOT EXISTS batch_relations(id TEXT PRIMARY KEY) WITHOUT ROWID`,
		`DELETE FROM temp.batch_entities`,
		`DELETE FROM temp.batch_relations`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return b.writeDocument(ctx, tx) // counts and id lists follow at Commit
}

// spillBuffer writes the buffered rows after those already written. The
// temp tables list the facts this version asserts, so a fact met again in
// a later part of the document merges into its source row, and the
// document row can list them at Commit without a scan.
func (b *batch) spillBuffer(ctx context.Context) error {
	sp, tx := b.sp, b.sp.tx
	if err := b.fixDimensions(ctx, tx); err != nil {
		return err
	}
	b.chunkLo, b.eftsLo = sp.chunkN, sp.eftsN
	if _, err := b.writeChunks(ctx, tx); err != nil {
		return err
	}
	fresh, err := b.newFacts(ctx, tx, "batch_entities", b.entOrder)
	if err != nil {
		return err
	}
	if _, err := b.newFacts(ctx, tx, "batch_relations", b.relOrder); err != nil {
		return err
	}
	if err := b.writeEntities(ctx, tx); err != nil {
		return err
	}
	if err := b.writeRelations(ctx, tx); err != nil {
		return err
	}
	b.ftsOrder = fresh
	if err := b.writeFulltext(ctx, tx); err != nil {
		return err
	}
	sp.chunkN += int64(len(b.chunks))
	sp.eftsN += int64(len(fresh))
	b.chunks, b.entOrder, b.relOrder, b.ftsOrder, b.spillAt = nil, nil, nil, nil, 0
	b.ents, b.rels = map[string]*pendingEntity{}, map[string]*pendingRelation{}
	return nil
}

// newFacts records ids in the temp table and returns those it did not
// hold yet: facts this version asserts for the first time.
func (b *batch) newFacts(ctx context.Context, tx *sql.Tx, table string, ids []string) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list := jsonArray(ids)
	seen, err := queryColumn[string](ctx, tx, `SELECT id FROM temp.`+table+` WHERE id IN (SELECT value FROM json_each(?))`, list)
	if err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO temp.`+table+` SELECT value FROM json_each(?)`, list); err != nil {
		return nil, err
	}
	if len(seen) == 0 {
		return ids, nil
	}
	old := make(map[string]bool, len(seen))
	for _, id := range seen {
		old[id] = true
	}
	fresh := make([]string, 0, len(ids)-len(seen))
	for _, id := range ids {
		if !old[id] {
			fresh = append(fresh, id)
		}
	}
	return fresh, nil
}

// commitSpilled writes what is left, completes the version and commits.
func (b *batch) commitSpilled(ctx context.Context) error {
	const op = "sqlite.Commit"
	if err := b.spill(ctx); err != nil {
		return err
	}
	sp, s := b.sp, b.s
	defer b.abort()
	if err := b.finishVersion(ctx, sp.tx); err != nil {
		return kg.Wrap(op, constraintError(err))
	}
	if err := sp.tx.Commit(); err != nil {
		return kg.Wrap(op, err)
	}
	s.vec.apply(sp.removed, nil)
	// The vectors were not kept in memory; the index reads them back, or
	// loads whole on the next search if that fails: the document is stored.
	if err := s.vec.addRange(ctx, s.db, sp.chunkLo, sp.chunkN); err != nil {
		s.vec.reset()
	}
	return nil
}

// finishVersion checks the relations' endpoints, gives the document row
// its counts and fact lists and settles what the previous version touched.
func (b *batch) finishVersion(ctx context.Context, tx *sql.Tx) error {
	sp := b.sp
	var from, to string
	err := tx.QueryRowContext(ctx, `SELECT r.src, r.dst FROM temp.batch_relations t JOIN relations r ON r.id = t.id
		WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = r.src)
		OR NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = r.dst) LIMIT 1`).Scan(&from, &to)
	switch {
	case err == nil:
		return kg.Errorf(kg.EINVALID, "relation endpoint %q or %q is neither in this document nor stored", from, to)
	case !errors.Is(err, sql.ErrNoRows):
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE documents SET chunks = ?2, chunk_hi = ?3, efts_hi = ?4,
		facts = (SELECT count(*) FROM temp.batch_entities) + (SELECT count(*) FROM temp.batch_relations),
		entity_ids = (SELECT json_group_array(id) FROM temp.batch_entities),
		relation_ids = (SELECT json_group_array(id) FROM temp.batch_relations)
		WHERE id = ?1`, b.doc.ID, sp.chunkN-sp.chunkLo, sp.chunkN, sp.eftsN)
	if err != nil || !sp.existed {
		return err
	}
	return settleTouched(ctx, tx)
}

// abort ends a spilled batch's transaction (a no-op once committed) and
// lets go of the write lock.
func (b *batch) abort() {
	if b.sp == nil {
		return
	}
	b.sp.tx.Rollback()
	b.sp = nil
	b.done = true
	b.s.writeMu.Unlock()
}

// addRange reads the embeddings of chunk rowids [lo, hi) into the index,
// a page at a time; before the first search there is nothing to mirror.
func (v *vectorIndex) addRange(ctx context.Context, db *sql.DB, lo, hi int64) error {
	if !v.isLoaded() {
		return nil
	}
	const page = 1024
	for from := lo; from < hi; from += page {
		rows, err := db.QueryContext(ctx, `SELECT n, audience, embedding FROM chunks
			WHERE n >= ? AND n < ? AND embedding IS NOT NULL`, from, min(from+page, hi))
		if err != nil {
			return err
		}
		var added []vectorRow
		err = eachRow(rows, func() error {
			var r vectorRow
			var blob []byte
			if err := rows.Scan(&r.n, &r.audience, &blob); err != nil {
				return err
			}
			r.vec = decodeVector(blob)
			added = append(added, r)
			return nil
		})
		if err != nil {
			return err
		}
		v.apply(nil, added)
	}
	return nil
}

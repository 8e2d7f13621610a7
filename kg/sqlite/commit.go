package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// Commit writes the batch in one transaction: the previous version's rows
// go first, then the new rows, then every fact the old version touched has
// its audience recomputed and is dropped if no source is left.
func (b *batch) Commit(ctx context.Context) error {
	const op = "sqlite.Commit"
	if err := b.usable(op); err != nil {
		return err
	}
	if b.sp != nil {
		return b.commitSpilled(ctx)
	}
	b.done = true
	s := b.s
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	added, removed, err := b.write(ctx)
	if err != nil {
		return kg.Wrap(op, constraintError(err))
	}
	s.vec.apply(removed, added)
	return nil
}

func (b *batch) write(ctx context.Context) (added []vectorRow, removed []int64, err error) {
	tx, err := b.s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback()
	if added, removed, err = b.writeIn(ctx, tx); err != nil {
		return nil, nil, err
	}
	return added, removed, tx.Commit()
}

// writeIn writes the batch inside tx, which may hold other batches too.
func (b *batch) writeIn(ctx context.Context, tx *sql.Tx) (added []vectorRow, removed []int64, err error) {
	s := b.s
	if err := s.checkReplace(ctx, tx, b.doc); err != nil {
		return nil, nil, err
	}
	if err := b.checkEndpoints(ctx, tx); err != nil {
		return nil, nil, err
	}
	if err := b.fixDimensions(ctx, tx); err != nil {
		return nil, nil, err
	}
	// Rowids are taken before the old version goes, so the new rows never
	// reuse a number the old rows (or the vector index) still hold.
	if err := b.allocate(ctx, tx); err != nil {
		return nil, nil, err
	}
	removed, existed, err := removeDocumentRows(ctx, tx, b.doc.ID)
	if err != nil {
		return nil, nil, err
	}
	if err := b.writeDocument(ctx, tx); err != nil {
		return nil, nil, err
	}
	if added, err = b.writeChunks(ctx, tx); err != nil {
		return nil, nil, err
	}
	if err := b.writeEntities(ctx, tx); err != nil {
		return nil, nil, err
	}
	if err := b.writeRelations(ctx, tx); err != nil {
		return nil, nil, err
	}
	if err := b.writeFulltext(ctx, tx); err != nil {
		return nil, nil, err
	}
	if existed {
		if err := settleTouched(ctx, tx); err != nil {
			return nil, nil, err
		}
	}
	return added, removed, nil
}

// checkEndpoints makes sure every relation joins entities of this batch or
// entities already stored; a dangling edge would be invisible forever.
func (b *batch) checkEndpoints(ctx context.Context, tx *sql.Tx) error {
	seen := map[string]bool{}
	var missing []string
	for _, id := range b.relOrder {
		r := b.rels[id]
		for _, end := range [2]string{r.From, r.To} {
			if b.ents[end] == nil && !seen[end] {
				seen[end] = true
				missing = append(missing, end)
			}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	// Counting keeps the common case, every endpoint stored, to one row
	// out of SQLite instead of one per endpoint.
	list := jsonArray(missing)
	var stored int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM entities WHERE id IN (SELECT value FROM json_each(?))`, list).Scan(&stored)
	if err != nil || stored == len(missing) {
		return err
	}
	found, err := queryColumn[string](ctx, tx, `SELECT id FROM entities WHERE id IN (SELECT value FROM json_each(?))`, list)
	if err != nil {
		return err
	}
	for _, id := range found {
		delete(seen, id)
	}
	for _, id := range missing {
		if seen[id] {
			return kg.Errorf(kg.EINVALID, "relation endpoint %q is neither in this document nor stored", id)
		}
	}
	return nil
}

// fixDimensions records the embedding length on first use when none was
// configured, and refuses a batch whose vectors disagree with it.
func (b *batch) fixDimensions(ctx context.Context, tx *sql.Tx) error {
	dims := int(b.s.dims.Load())
	for _, c := range b.chunks {
		n := len(c.Embedding)
		switch {
		case n == 0:
		case dims == 0:
			dims = n
		case n != dims:
			return kg.Errorf(kg.EINVALID, "chunk %s has a %d-dimensional embedding; this store holds %d dimensions", c.ID, n, dims)
		}
	}
	if dims == 0 || int(b.s.dims.Load()) == dims {
		return nil
	}
	b.s.dims.Store(int32(dims))
	return b.s.recordEmbedder(ctx, tx)
}

// allocate reserves the rowid ranges of this version's chunks and entity
// fulltext rows. Commit holds SQLite's write lock, so nobody else can take
// the same numbers.
func (b *batch) allocate(ctx context.Context, tx *sql.Tx) error {
	// entity_fts_content is the FTS5 shadow table holding the rows; its id
	// is an INTEGER PRIMARY KEY, so max() is one b-tree descent.
	err := tx.QueryRowContext(ctx, `SELECT (SELECT coalesce(max(n), 0) + 1 FROM chunks),
		(SELECT coalesce(max(id), 0) + 1 FROM entity_fts_content)`).Scan(&b.chunkLo, &b.eftsLo)
	return err
}

func (b *batch) writeDocument(ctx context.Context, tx *sql.Tx) error {
	d := b.doc
	_, err := tx.ExecContext(ctx, `INSERT INTO documents(id, uri, title, sha256, format, lang, audience,
		source, version, ingested_at, meta, chunks, facts, chunk_lo, chunk_hi, efts_lo, efts_hi,
		entity_ids, relation_ids) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT(id) DO UPDATE SET title = excluded.title, sha256 = excluded.sha256,
		format = excluded.format, lang = excluded.lang, audience = excluded.audience,
		source = excluded.source, version = excluded.version, ingested_at = excluded.ingested_at,
		meta = excluded.meta, chunks = excluded.chunks, facts = excluded.facts,
		chunk_lo = excluded.chunk_lo, chunk_hi = excluded.chunk_hi, efts_lo = excluded.efts_lo,
		efts_hi = excluded.efts_hi, entity_ids = excluded.entity_ids, relation_ids = excluded.relation_ids`,
		d.ID, d.URI, d.Title, d.SHA256, d.Format, d.Lang, int(d.Audience), d.Source, d.Version,
		d.IngestedAt.UnixNano(), jsonOrNil(d.Meta), len(b.chunks), len(b.ents)+len(b.rels),
		b.chunkLo, b.chunkLo+int64(len(b.chunks)), b.eftsLo, b.eftsLo+int64(len(b.entOrder)),
		jsonArray(b.entOrder), jsonArray(b.relOrder))
	return err
}

// constraintError turns a violated UNIQUE constraint (a chunk id already
// used by another document) into the caller's mistake it is.
func constraintError(err error) error {
	if err != nil && strings.Contains(err.Error(), "constraint failed") {
		return kg.WrapCode(kg.EINVALID, "sqlite.Commit", err)
	}
	return err
}

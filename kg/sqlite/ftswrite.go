package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"github.com/kgassist/kgassist/kg/textseg"
)

// writeFulltext indexes the batch's chunks and entity names; row i of each
// table gets rowid lo+i, inside the ranges allocate reserved. It runs after
// every other write of the batch: FTS5 writes its pending index out as a
// new segment whenever a later statement of the transaction opens a
// statement journal, and small segments cost merges later.
func (b *batch) writeFulltext(ctx context.Context, tx *sql.Tx) error {
	stmts := &b.s.stmts
	chunks := newBulk(tx, stmts, `INSERT INTO chunk_fts(aud, rowid, seg, head) VALUES `, 3, "", audienceToken(b.doc.Audience))
	sections := make([][]string, len(b.chunks))
	for i, c := range b.chunks {
		sections[i] = c.Section
	}
	heads := docHeads(b.doc.Title, sections)
	for i, c := range b.chunks {
		if err := chunks.add(ctx, b.chunkLo+int64(i), textseg.Segment(c.Text), heads[i]); err != nil {
			return err
		}
	}
	if err := chunks.flush(ctx); err != nil {
		return err
	}
	ents := newBulk(tx, stmts, `INSERT INTO entity_fts(audience, rowid, seg, entity_id) VALUES `, 3, "", int64(b.doc.Audience))
	order := b.entOrder
	if b.sp != nil {
		// One row per entity and version: an entity met again in a later
		// part of a spilled document keeps the row its first part wrote.
		order = b.ftsOrder
	}
	for i, id := range order {
		e := b.ents[id]
		if err := ents.add(ctx, b.eftsLo+int64(i), entityText(e.Name, e.Aliases), e.ID); err != nil {
			return err
		}
	}
	return ents.flush(ctx)
}

func entityText(name string, aliases []string) string {
	if len(aliases) == 0 {
		return textseg.Segment(name)
	}
	return textseg.Segment(name + " " + strings.Join(aliases, " "))
}

package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/kgassist/kgassist/kg"
)

func (b *batch) writeChunks(ctx context.Context, tx *sql.Tx) ([]vectorRow, error) {
	n := b.chunkLo
	stmts := &b.s.stmts
	aud := int64(b.doc.Audience)
	rows := newBulk(tx, stmts, `INSERT INTO chunks(doc_id, audience, n, id, ordinal, text, section, page, lang, kind, embedding) VALUES `,
		9, "", b.doc.ID, aud)
	var added []vectorRow
	for _, c := range b.chunks {
		var blob []byte
		if len(c.Embedding) > 0 {
			blob = encodeVector(c.Embedding)
			added = append(added, vectorRow{n: n, audience: b.doc.Audience, vec: c.Embedding})
		}
		if err := rows.add(ctx, n, c.ID, int64(c.Ordinal), c.Text, stringsOrNil(c.Section), int64(c.Page), c.Lang, c.Kind, blob); err != nil {
			return nil, err
		}
		n++
	}
	return added, rows.flush(ctx)
}

// Facts and their sources are written with INSERT OR IGNORE. A multi-row
// INSERT that can abort half way makes SQLite copy every page it touches
// into a statement journal first, so that it can undo the rows before the
// failing one; that copy was a quarter of the cost of writing a relation.
// OR IGNORE cannot abort (the values bound are never NULL), and what it
// would silently skip is handled: a fact already stored has its audience
// lowered by raiseVisibility, and a source of this document cannot exist
// twice (the old version's sources are gone), which exactlyOnce asserts.
func (b *batch) writeEntities(ctx context.Context, tx *sql.Tx) error {
	stmts, doc, aud := &b.s.stmts, b.doc.ID, int64(b.doc.Audience)
	var stored []string
	ents := newBulk(tx, stmts, `INSERT OR IGNORE INTO entities(audience, id, type, name) VALUES `, 3, "", aud)
	ents.short = collectFirst(&stored, 3)
	srcs := newBulk(tx, stmts, `INSERT OR IGNORE INTO entity_sources(doc_id, audience, entity_id, chunks, props, aliases, name) VALUES `, 5, "", doc, aud)
	srcs.short = exactlyOnce("entity")
	if b.sp != nil {
		srcs = newBulk(tx, stmts, `INSERT INTO entity_sources(doc_id, audience, entity_id, chunks, props, aliases, name) VALUES `, 5, mergeEntitySource, doc, aud)
	}
	aliases := newBulk(tx, stmts, `INSERT INTO entity_aliases(doc_id, audience, norm, entity_id) VALUES `, 2, "", doc, aud)
	for _, id := range b.entOrder {
		e := b.ents[id]
		if err := ents.add(ctx, e.ID, e.Type, e.Name); err != nil {
			return err
		}
		if err := srcs.add(ctx, e.ID, jsonArray(e.chunks), propsOrNil(e.Props), stringsOrNil(e.Aliases), e.Name); err != nil {
			return err
		}
		for _, norm := range lookupNames(e) {
			if err := aliases.add(ctx, norm, e.ID); err != nil {
				return err
			}
		}
	}
	for _, w := range []*bulk{ents, srcs, aliases} {
		if err := w.flush(ctx); err != nil {
			return err
		}
	}
	return raiseEntityVisibility(ctx, tx, doc, aud, stored)
}

// raiseEntityVisibility is raiseVisibility for entities, which also take
// the name this document gives them: a caller who may see an entity only
// through this document must read it by this document's name.
func raiseEntityVisibility(ctx context.Context, tx *sql.Tx, doc string, aud int64, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE entities SET audience = ?1,
		name = coalesce((SELECT s.name FROM entity_sources s WHERE s.entity_id = entities.id AND s.doc_id = ?3), name)
		WHERE audience > ?1 AND id IN (SELECT value FROM json_each(?2))`, aud, jsonArray(ids), doc)
	return err
}

// collectFirst appends the first value of every row (the fact id) to ids.
func collectFirst(ids *[]string, cols int) func([]any) error {
	return func(rows []any) error {
		for i := 0; i < len(rows); i += cols {
			*ids = append(*ids, rows[i].(string))
		}
		return nil
	}
}

func exactlyOnce(kind string) func([]any) error {
	return func([]any) error {
		return kg.Errorf(kg.EINTERNAL, "an %s source of this document was written twice", kind)
	}
}

// raiseVisibility gives facts that were already stored the audience of
// this document where it is lower: a fact is visible to whoever may see
// any one of its sources.
func raiseVisibility(ctx context.Context, tx *sql.Tx, table string, aud int64, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE `+table+` SET audience = ?1
		WHERE audience > ?1 AND id IN (SELECT value FROM json_each(?2))`, aud, jsonArray(ids))
	return err
}

// lookupNames are the normalized names an exact lookup must find e by
// that a probe for kg.EntityID(e.Type, name) would miss: every alias, and
// the name itself when the id was not derived from it.
func lookupNames(e *pendingEntity) []string {
	var out []string
	add := func(norm string) {
		if norm != "" && e.Type+":"+norm != e.ID && !slices.Contains(out, norm) {
			out = append(out, norm)
		}
	}
	add(e.norm)
	for _, a := range e.Aliases {
		add(normalizeName(a))
	}
	return out
}

func (b *batch) writeRelations(ctx context.Context, tx *sql.Tx) error {
	stmts, aud := &b.s.stmts, int64(b.doc.Audience)
	var stored []string
	rels := newBulk(tx, stmts, `INSERT OR IGNORE INTO relations(audience, id, type, src, dst) VALUES `, 4, "", aud)
	rels.short = collectFirst(&stored, 4)
	srcs := newBulk(tx, stmts, `INSERT OR IGNORE INTO relation_sources(doc_id, audience, rel_id, chunks, props) VALUES `, 3, "", b.doc.ID, aud)
	srcs.short = exactlyOnce("relation")
	if b.sp != nil {
		srcs = newBulk(tx, stmts, `INSERT INTO relation_sources(doc_id, audience, rel_id, chunks, props) VALUES `, 3, mergeRelationSource, b.doc.ID, aud)
	}
	for _, id := range b.relOrder {
		r := b.rels[id]
		if err := rels.add(ctx, r.ID, r.Type, r.From, r.To); err != nil {
			return err
		}
		if err := srcs.add(ctx, r.ID, jsonArray(r.chunks), propsOrNil(r.Props)); err != nil {
			return err
		}
	}
	if err := rels.flush(ctx); err != nil {
		return err
	}
	if err := srcs.flush(ctx); err != nil {
		return err
	}
	return raiseVisibility(ctx, tx, "relations", aud, stored)
}

// A spilled batch (spill.go) meets a fact again in a later part of its
// document: the source row it wrote then takes the new chunks, props and
// aliases, as the buffer merges them within one part.
const (
	// The parts of one document cite different chunks, so their lists
	// join end to end: a union that searched the old list for each new id
	// cost a hub entity (a table's product, cited by every row) time
	// quadratic in its rows.
	sqlMergeChunks = `chunks = CASE WHEN excluded.chunks = '[]' THEN %[1]s.chunks
		WHEN %[1]s.chunks = '[]' THEN excluded.chunks
		ELSE substr(%[1]s.chunks, 1, length(%[1]s.chunks) - 1) || ',' || substr(excluded.chunks, 2) END`
	sqlMergeProps = `props = CASE WHEN excluded.props IS NULL THEN %[1]s.props
		WHEN %[1]s.props IS NULL THEN excluded.props
		ELSE json_patch(%[1]s.props, excluded.props) END`
	sqlMergeAliases = `aliases = CASE WHEN excluded.aliases IS NULL THEN %[1]s.aliases
		WHEN %[1]s.aliases IS NULL THEN excluded.aliases
		ELSE (SELECT json_group_array(value) FROM (SELECT value FROM json_each(%[1]s.aliases)
		UNION ALL SELECT value FROM json_each(excluded.aliases)
		WHERE value NOT IN (SELECT value FROM json_each(%[1]s.aliases)))) END`
)

var (
	mergeEntitySource   = fmt.Sprintf(` ON CONFLICT(entity_id, doc_id) DO UPDATE SET `+sqlMergeChunks+`, `+sqlMergeProps+`, `+sqlMergeAliases, "entity_sources")
	mergeRelationSource = fmt.Sprintf(` ON CONFLICT(rel_id, doc_id) DO UPDATE SET `+sqlMergeChunks+`, `+sqlMergeProps, "relation_sources")
)

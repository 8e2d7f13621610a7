package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

func (b *batch) writeChunks(ctx context.Context, tx *sql.Tx) ([]vectorRow, error) {
	n, err := nextRowid(ctx, tx, "chunks")
	if err != nil {
		return nil, err
	}
	rows := newBulk(tx, `INSERT INTO chunks(n, id, doc_id, ordinal, text, section, page, lang, kind, audience, embedding) VALUES `, 11, "")
	defer rows.close()
	fts := newBulk(tx, `INSERT INTO chunk_fts(rowid, seg) VALUES `, 2, "")
	defer fts.close()
	var added []vectorRow
	aud := int(b.doc.Audience)
	for _, c := range b.chunks {
		var blob []byte
		if len(c.Embedding) > 0 {
			blob = encodeVector(c.Embedding)
			added = append(added, vectorRow{n: n, audience: b.doc.Audience, vec: c.Embedding})
		}
		lang := c.Lang
		if lang == "" {
			lang = textseg.Lang(c.Text)
		}
		if err := rows.add(ctx, n, c.ID, b.doc.ID, c.Ordinal, c.Text, jsonOrNil(c.Section), c.Page, lang, c.Kind, aud, blob); err != nil {
			return nil, err
		}
		if err := fts.add(ctx, n, textseg.Segment(c.Text)); err != nil {
			return nil, err
		}
		n++
	}
	if err := rows.flush(ctx); err != nil {
		return nil, err
	}
	return added, fts.flush(ctx)
}

func (b *batch) writeEntities(ctx context.Context, tx *sql.Tx) error {
	n, err := nextRowid(ctx, tx, "entity_sources")
	if err != nil {
		return err
	}
	ents := newBulk(tx, `INSERT INTO entities(id, type, name, norm, audience) VALUES `, 5,
		` ON CONFLICT(id) DO UPDATE SET audience = min(audience, excluded.audience)`)
	defer ents.close()
	srcs := newBulk(tx, `INSERT INTO entity_sources(n, entity_id, doc_id, audience, chunks, props, aliases) VALUES `, 7, "")
	defer srcs.close()
	fts := newBulk(tx, `INSERT INTO entity_fts(rowid, seg) VALUES `, 2, "")
	defer fts.close()
	aliases := newBulk(tx, `INSERT INTO entity_aliases(norm, entity_id, doc_id, audience) VALUES `, 4, "")
	defer aliases.close()
	aud := int(b.doc.Audience)
	for _, id := range b.entOrder {
		e := b.ents[id]
		norm := kg.NormalizeName(e.Name)
		if err := ents.add(ctx, e.ID, e.Type, e.Name, norm, aud); err != nil {
			return err
		}
		if err := srcs.add(ctx, n, e.ID, b.doc.ID, aud, jsonArray(e.chunks), jsonOrNil(e.Props), jsonOrNil(e.Aliases)); err != nil {
			return err
		}
		if err := fts.add(ctx, n, entityText(e.Name, e.Aliases)); err != nil {
			return err
		}
		for _, a := range e.Aliases {
			if an := kg.NormalizeName(a); an != "" && an != norm {
				if err := aliases.add(ctx, an, e.ID, b.doc.ID, aud); err != nil {
					return err
				}
			}
		}
		n++
	}
	for _, w := range []*bulk{ents, srcs, fts, aliases} {
		if err := w.flush(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (b *batch) writeRelations(ctx context.Context, tx *sql.Tx) error {
	rels := newBulk(tx, `INSERT INTO relations(id, type, src, dst, audience) VALUES `, 5,
		` ON CONFLICT(id) DO UPDATE SET audience = min(audience, excluded.audience)`)
	defer rels.close()
	srcs := newBulk(tx, `INSERT INTO relation_sources(rel_id, doc_id, audience, chunks, props) VALUES `, 5, "")
	defer srcs.close()
	aud := int(b.doc.Audience)
	for _, id := range b.relOrder {
		r := b.rels[id]
		if err := rels.add(ctx, r.ID, r.Type, r.From, r.To, aud); err != nil {
			return err
		}
		if err := srcs.add(ctx, r.ID, b.doc.ID, aud, jsonArray(r.chunks), jsonOrNil(r.Props)); err != nil {
			return err
		}
	}
	if err := rels.flush(ctx); err != nil {
		return err
	}
	return srcs.flush(ctx)
}

func entityText(name string, aliases []string) string {
	if len(aliases) == 0 {
		return textseg.Segment(name)
	}
	return textseg.Segment(name + " " + strings.Join(aliases, " "))
}

// nextRowid is safe because Commit holds SQLite's write lock.
func nextRowid(ctx context.Context, tx *sql.Tx, table string) (int64, error) {
	var n int64
	err := tx.QueryRowContext(ctx, `SELECT coalesce(max(n), 0) + 1 FROM `+table).Scan(&n)
	return n, err
}

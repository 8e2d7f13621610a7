package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

func (b *batch) writeChunks(ctx context.Context, tx *sql.Tx) ([]vectorRow, error) {
	n := b.chunkLo
	rows := newBulk(tx, `INSERT INTO chunks(n, id, doc_id, ordinal, text, section, page, lang, kind, audience, embedding) VALUES `, 11, "")
	defer rows.close()
	fts := newBulk(tx, `INSERT INTO chunk_fts(rowid, seg, aud) VALUES `, 3, "")
	defer fts.close()
	var added []vectorRow
	aud := int(b.doc.Audience)
	for _, c := range b.chunks {
		var blob []byte
		if len(c.Embedding) > 0 {
			blob = encodeVector(c.Embedding)
			added = append(added, vectorRow{n: n, audience: b.doc.Audience, vec: c.Embedding})
		}
		if err := rows.add(ctx, n, c.ID, b.doc.ID, c.Ordinal, c.Text, jsonOrNil(c.Section), c.Page, c.Lang, c.Kind, aud, blob); err != nil {
			return nil, err
		}
		if err := fts.add(ctx, n, textseg.Segment(c.Text), audienceToken(b.doc.Audience)); err != nil {
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
	ents := newBulk(tx, `INSERT INTO entities(id, type, name, audience) VALUES `, 4,
		` ON CONFLICT(id) DO UPDATE SET audience = min(audience, excluded.audience)`)
	defer ents.close()
	srcs := newBulk(tx, `INSERT INTO entity_sources(entity_id, doc_id, audience, chunks, props, aliases) VALUES `, 6, "")
	defer srcs.close()
	fts := newBulk(tx, `INSERT INTO entity_fts(rowid, seg, entity_id, audience) VALUES `, 4, "")
	defer fts.close()
	aliases := newBulk(tx, `INSERT INTO entity_aliases(norm, entity_id, doc_id, audience) VALUES `, 4, "")
	defer aliases.close()
	aud, n := int(b.doc.Audience), b.eftsLo
	for _, id := range b.entOrder {
		e := b.ents[id]
		if err := ents.add(ctx, e.ID, e.Type, e.Name, aud); err != nil {
			return err
		}
		if err := srcs.add(ctx, e.ID, b.doc.ID, aud, jsonArray(e.chunks), jsonOrNil(e.Props), jsonOrNil(e.Aliases)); err != nil {
			return err
		}
		if err := fts.add(ctx, n, entityText(e.Name, e.Aliases), e.ID, aud); err != nil {
			return err
		}
		n++
		for _, norm := range lookupNames(e) {
			if err := aliases.add(ctx, norm, e.ID, b.doc.ID, aud); err != nil {
				return err
			}
		}
	}
	for _, w := range []*bulk{ents, srcs, fts, aliases} {
		if err := w.flush(ctx); err != nil {
			return err
		}
	}
	return nil
}

// lookupNames are the normalized names an exact lookup must find e by
// that a probe for kg.EntityID(e.Type, name) would miss: every alias, and
// the name itself when the id was not derived from it.
func lookupNames(e *pendingEntity) []string {
	var out []string
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		norm := kg.NormalizeName(a)
		if norm != "" && e.Type+":"+norm != e.ID && !containsString(out, norm) {
			out = append(out, norm)
		}
	}
	return out
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

package sqlite

import (
	"context"
	"database/sql"
	"time"

	"github.com/kgassist/kgassist/kg"
)

const documentCols = `id, uri, title, sha256, format, lang, audience, source, version, ingested_at, meta, chunks, facts`

// Document returns a visible document; a hidden one is reported as not
// found, so its existence does not leak either.
func (s *Store) Document(ctx context.Context, clearance kg.Audience, id string) (*kg.Document, error) {
	const op = "sqlite.Document"
	rows, err := s.reads.QueryContext(ctx, `SELECT `+documentCols+` FROM documents WHERE id = ? AND audience <= ?`, id, int(clearance))
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	docs, err := scanDocuments(rows)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	if len(docs) == 0 {
		return nil, kg.Wrap(op, kg.Errorf(kg.ENOTFOUND, "no document %s", id))
	}
	return &docs[0], nil
}

// ListDocuments lists visible documents ordered by URI.
func (s *Store) ListDocuments(ctx context.Context, clearance kg.Audience, q kg.DocumentQuery) ([]kg.Document, error) {
	const op = "sqlite.ListDocuments"
	limit := q.Limit
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.reads.QueryContext(ctx, `SELECT `+documentCols+` FROM documents
		WHERE audience <= ?1 AND (?2 = '' OR uri = ?2) ORDER BY uri LIMIT ?3 OFFSET ?4`,
		int(clearance), q.URI, limit, max(q.Offset, 0))
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	docs, err := scanDocuments(rows)
	return docs, kg.Wrap(op, err)
}

func scanDocuments(rows *sql.Rows) ([]kg.Document, error) {
	var out []kg.Document
	err := eachRow(rows, func() error {
		var d kg.Document
		var at int64
		var meta sql.NullString
		if err := rows.Scan(&d.ID, &d.URI, &d.Title, &d.SHA256, &d.Format, &d.Lang, &d.Audience,
			&d.Source, &d.Version, &at, &meta, &d.Chunks, &d.Facts); err != nil {
			return err
		}
		d.IngestedAt = time.Unix(0, at).UTC()
		unmarshalJSON(meta, &d.Meta)
		out = append(out, d)
		return nil
	})
	return out, err
}

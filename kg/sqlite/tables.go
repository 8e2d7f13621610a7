package sqlite

import (
	"context"
	"database/sql"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.TableReader = (*Store)(nil)

// Tables groups the visible table rows by document and section.
func (s *Store) Tables(ctx context.Context, clearance kg.Audience, limit int) ([]kg.Table, error) {
	const op = "sqlite.Tables"
	if limit <= 0 {
		limit = 200
	}
	rows, err := s.reads.QueryContext(ctx, `SELECT c.doc_id, c.section, count(*) AS n, d.uri, d.title
		FROM chunks c`+chunkJoin+`
		WHERE c.kind = ?1 AND c.audience <= ?2
		GROUP BY c.doc_id, c.section ORDER BY n DESC, c.doc_id, c.section LIMIT ?3`,
		kg.TableKind, int(clearance), limit)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	defer rows.Close()
	var out []kg.Table
	for rows.Next() {
		var t kg.Table
		var section sql.NullString
		if err := rows.Scan(&t.DocumentID, &section, &t.Rows, &t.DocURI, &t.DocTitle); err != nil {
			return nil, kg.Wrap(op, err)
		}
		unmarshalStrings(section, &t.Section)
		out = append(out, t)
	}
	return out, kg.Wrap(op, rows.Err())
}

// TableRows reads one table's visible rows in sheet order.
func (s *Store) TableRows(ctx context.Context, clearance kg.Audience, q kg.TableQuery) ([]kg.Chunk, error) {
	const op = "sqlite.TableRows"
	rows, err := s.reads.QueryContext(ctx, `SELECT `+chunkCols+` FROM chunks c`+chunkJoin+`
		WHERE c.doc_id = ?1 AND c.section IS ?2 AND c.kind = ?3 AND c.audience <= ?4
		ORDER BY c.ordinal LIMIT ?5`,
		q.DocumentID, stringsOrNil(q.Section), kg.TableKind, int(clearance), q.TableLimit())
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	found, err := scanChunks(rows, false)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	out := make([]kg.Chunk, len(found))
	for i, r := range found {
		out[i] = r.chunk.Chunk
	}
	return out, nil
}

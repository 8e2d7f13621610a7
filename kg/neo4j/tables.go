package neo4j

import (
	"context"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.TableReader = (*Store)(nil)

// Tables groups the visible table rows by document and section.
func (s *Store) Tables(ctx context.Context, clearance kg.Audience, limit int) ([]kg.Table, error) {
	const op = "neo4j.Tables"
	recs, err := s.read(ctx, op, `MATCH (c:Chunk) WHERE c.kind = $kind AND c.audience <= $clearance
WITH c.doc_id AS doc, coalesce(c.section, []) AS section, count(*) AS n
MATCH (d:Document {id: doc})
RETURN doc, section, n, d.uri AS uri, d.title AS title
ORDER BY n DESC, doc, section LIMIT $limit`,
		map[string]any{"kind": kg.TableKind, "clearance": int64(clearance), "limit": int64(limitOr(limit, 200))})
	if err != nil {
		return nil, err
	}
	out := make([]kg.Table, 0, len(recs))
	for _, r := range recs {
		t := kg.Table{DocumentID: str(r.Values[0]), Rows: int(num(r.Values[2])), DocURI: str(r.Values[3]), DocTitle: str(r.Values[4])}
		if sec := anyStrings(r.Values[1]); len(sec) > 0 {
			t.Section = sec
		}
		out = append(out, t)
	}
	return out, nil
}

// TableRows reads one table's visible rows in sheet order.
func (s *Store) TableRows(ctx context.Context, clearance kg.Audience, q kg.TableQuery) ([]kg.Chunk, error) {
	const op = "neo4j.TableRows"
	section := q.Section
	if section == nil {
		section = []string{}
	}
	recs, err := s.read(ctx, op, `MATCH (c:Chunk {doc_id: $doc})
WHERE c.kind = $kind AND c.audience <= $clearance AND coalesce(c.section, []) = $section
WITH c ORDER BY c.ordinal LIMIT $limit`+chunkReturn,
		map[string]any{"doc": q.DocumentID, "kind": kg.TableKind, "clearance": int64(clearance),
			"section": section, "limit": int64(q.TableLimit())})
	if err != nil {
		return nil, err
	}
	out := make([]kg.Chunk, 0, len(recs))
	for _, r := range recs {
		out = append(out, chunkFrom(r.Values[0]))
	}
	return out, nil
}

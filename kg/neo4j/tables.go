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

var _ kg.TableLoader = (*Store)(nil)

// loadTables is Tables followed by TableRows of each table large enough,
// as one statement: one round trip for a question over tables.
const loadTables = `MATCH (c:Chunk) WHERE c.kind = $kind AND c.audience <= $clearance
WITH c.doc_id AS doc, coalesce(c.section, []) AS section, count(*) AS n
MATCH (d:Document {id: doc})
WITH doc, section, n, d ORDER BY n DESC, doc, section LIMIT $limit
WITH doc, section, n, d WHERE n >= $minRows
CALL {
  WITH doc, section, d
  MATCH (c:Chunk {doc_id: doc})
  WHERE c.kind = $kind AND c.audience <= $clearance AND coalesce(c.section, []) = section
  WITH c, d ORDER BY c.ordinal LIMIT $rowLimit
  RETURN collect(` + chunkMap + `) AS rows
}
RETURN doc, section, n, d.uri AS uri, d.title AS title, rows
ORDER BY n DESC, doc, section`

// LoadTables reads the visible tables and their rows in one statement.
func (s *Store) LoadTables(ctx context.Context, clearance kg.Audience, limit, minRows int) ([]kg.LoadedTable, error) {
	const op = "neo4j.LoadTables"
	recs, err := s.read(ctx, op, loadTables, map[string]any{"kind": kg.TableKind, "clearance": int64(clearance),
		"limit": int64(limitOr(limit, 200)), "minRows": int64(minRows), "rowLimit": int64(kg.MaxTableRows)})
	if err != nil {
		return nil, err
	}
	out := make([]kg.LoadedTable, 0, len(recs))
	for _, r := range recs {
		t := kg.Table{DocumentID: str(r.Values[0]), Rows: int(num(r.Values[2])), DocURI: str(r.Values[3]), DocTitle: str(r.Values[4])}
		if sec := anyStrings(r.Values[1]); len(sec) > 0 {
			t.Section = sec
		}
		rows := asList(r.Values[5])
		lt := kg.LoadedTable{Table: t, Chunks: make([]kg.Chunk, 0, len(rows))}
		for _, c := range rows {
			lt.Chunks = append(lt.Chunks, chunkFrom(c))
		}
		out = append(out, lt)
	}
	return out, nil
}

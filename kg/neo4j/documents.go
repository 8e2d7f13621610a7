package neo4j

import (
	"context"
	"encoding/json"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// documentReturn projects a document and its counts; facts are the
// distinct entities and relations its sources support.
const documentReturn = `
CALL { WITH d MATCH (d)-[:HAS_CHUNK]->(c:Chunk) RETURN count(c) AS chunks }
CALL { WITH d
  OPTIONAL MATCH (d)-[:HAS_CHUNK]->(c:Chunk)
  WITH d, collect(c) AS cs
  WITH cs + [d] AS anchors
  UNWIND anchors AS a
  MATCH (a)-[:MENTIONS|SUPPORTS]->(f)
  RETURN count(DISTINCT f) AS facts }
RETURN d {.*} AS d, chunks, facts`

// Document returns a visible document or ErrNotFound.
func (s *Store) Document(ctx context.Context, clearance kg.Audience, id string) (*kg.Document, error) {
	const op = "neo4j.Document"
	recs, err := s.read(ctx, op, `MATCH (d:Document {id: $id}) WHERE d.audience <= $clearance`+documentReturn,
		map[string]any{"id": id, "clearance": int64(clearance)})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, kg.Wrap(op, kg.Errorf(kg.ENOTFOUND, "no document %s", id))
	}
	d := documentFrom(recs[0])
	return &d, nil
}

// ListDocuments lists visible documents ordered by URI.
func (s *Store) ListDocuments(ctx context.Context, clearance kg.Audience, q kg.DocumentQuery) ([]kg.Document, error) {
	const op = "neo4j.ListDocuments"
	limit := q.Limit
	if limit <= 0 {
		limit = 1 << 30
	}
	recs, err := s.read(ctx, op, `MATCH (d:Document)
WHERE d.audience <= $clearance AND ($uri = '' OR d.uri = $uri)
WITH d ORDER BY d.uri, d.id SKIP $offset LIMIT $limit`+documentReturn,
		map[string]any{"clearance": int64(clearance), "uri": q.URI, "offset": int64(max(q.Offset, 0)), "limit": int64(limit)})
	if err != nil {
		return nil, err
	}
	docs := make([]kg.Document, len(recs))
	for i, r := range recs {
		docs[i] = documentFrom(r)
	}
	return docs, nil
}

func documentFrom(r *neo4j.Record) kg.Document {
	m, _ := r.Values[0].(map[string]any)
	d := kg.Document{
		ID: str(m["id"]), URI: str(m["uri"]), Title: str(m["title"]), SHA256: str(m["sha256"]),
		Format: str(m["format"]), Lang: str(m["lang"]), Audience: kg.Audience(num(m["audience"])),
		Source: str(m["source"]), Version: str(m["version"]),
		Chunks: int(num(r.Values[1])), Facts: int(num(r.Values[2])),
	}
	d.IngestedAt, _ = time.Parse(time.RFC3339Nano, str(m["ingested_at"]))
	if meta := str(m["meta"]); meta != "" {
		_ = json.Unmarshal([]byte(meta), &d.Meta) // written by documentProps
	}
	return d
}

// Stats counts what the caller may see.
func (s *Store) Stats(ctx context.Context, clearance kg.Audience) (kg.Stats, error) {
	const op = "neo4j.Stats"
	recs, err := s.read(ctx, op, `CALL { MATCH (d:Document) WHERE d.audience <= $c RETURN count(d) AS documents }
CALL { MATCH (c:Chunk) WHERE c.audience <= $c RETURN count(c) AS chunks }
CALL { MATCH (e:Entity) WHERE e.audience <= $c
  WITH e.type AS type, count(e) AS n RETURN collect([type, n]) AS types }
CALL { MATCH (x:Rel) WHERE x.audience <= $c
  MATCH (a:Entity {id: x.from}), (b:Entity {id: x.to})
  WHERE a.audience <= $c AND b.audience <= $c
  RETURN count(x) AS relations }
RETURN documents, chunks, types, relations`, map[string]any{"c": int64(clearance)})
	if err != nil {
		return kg.Stats{}, err
	}
	st := kg.Stats{ByType: map[string]int{}}
	if len(recs) == 0 {
		return st, nil
	}
	r := recs[0].Values
	st.Documents, st.Chunks, st.Relations = int(num(r[0])), int(num(r[1])), int(num(r[3]))
	for _, pair := range r[2].([]any) {
		p := pair.([]any)
		if p[0] == nil {
			continue
		}
		st.ByType[str(p[0])] = int(num(p[1]))
		st.Entities += int(num(p[1]))
	}
	return st, nil
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func num(v any) int64 {
	switch n := v.(type) {
	case int64:
		return n
	case float64:
		return int64(n)
	}
	return 0
}

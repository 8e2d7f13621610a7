package neo4j

import (
	"context"
	"strings"

	"github.com/kgassist/kgassist/kg/textseg"
)

// headBoost is how much a term in a passage's heading or document title
// weighs against the same term in its text, as in the embedded store. A
// heading names what the passage is about; its body may mention the name
// only in passing or not at all.
const headBoost = 2

// chunkSeg is what the fulltext index holds for a passage: its segmented
// text, then its head headBoost times. The embedded store weighs a
// heading column in bm25, which adds the weighted counts of a term in
// every column before saturating them and normalizes by the length of
// the whole row. Repeating the head in the one field Lucene scores gives
// the same: a separate boosted field would be normalized by the heading's
// length alone, so a title word would lift every passage of a document
// far above passages that answer the question.
func chunkSeg(text, head string) string {
	seg := textseg.Segment(text)
	if head == "" {
		return seg
	}
	return seg + strings.Repeat(" \n "+head, headBoost)
}

// headBatch bounds how many chunks one backfill transaction rewrites.
const headBatch = 2000

// backfillHeads adds the head to the indexed text of chunks written
// before headings were indexed, from their document's title and section.
// The text is segmented in Go, so the chunks are read and written back in
// batches; every batch makes progress, so an interrupted backfill resumes
// on the next Open. A KgMeta marker keeps later Opens from scanning.
func (s *Store) backfillHeads(ctx context.Context) error {
	const op = "neo4j.Open"
	recs, err := s.exec(ctx, op, `OPTIONAL MATCH (m:KgMeta {key: 'heads'}) RETURN m IS NOT NULL`, nil)
	if err != nil {
		return err
	}
	if done, _ := recs[0].Values[0].(bool); done {
		return nil
	}
	for wrote := false; ; wrote = true {
		recs, err := s.exec(ctx, op, `MATCH (c:Chunk) WHERE c.head IS NULL
WITH c LIMIT $n
OPTIONAL MATCH (d:Document {id: c.doc_id})
RETURN c.id, d.title, c.section, c.text`, map[string]any{"n": int64(headBatch)})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			if wrote {
				if err := s.awaitSearch(ctx, op); err != nil {
					return err
				}
			}
			_, err := s.exec(ctx, op, `MERGE (:KgMeta {key: 'heads'})`, nil)
			return err
		}
		rows := make([]map[string]any, len(recs))
		for i, r := range recs {
			title, _ := r.Values[1].(string)
			text, _ := r.Values[3].(string)
			head := textseg.SegmentHeads(title, anyStrings(r.Values[2]))
			rows[i] = map[string]any{"id": r.Values[0], "head": head, "seg": chunkSeg(text, head)}
		}
		if _, err := s.exec(ctx, op, `UNWIND $rows AS r MATCH (c:Chunk {id: r.id}) SET c.head = r.head, c.seg = r.seg`,
			map[string]any{"rows": rows}); err != nil {
			return err
		}
	}
}

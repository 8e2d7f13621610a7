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
const headBoost = "2"

// chunkHead is the segmented text of a passage's document title and
// section path, each distinct heading once.
func chunkHead(title string, section []string) string {
	heads := make([]string, 0, len(section)+1)
	for _, h := range append([]string{title}, section...) {
		h = strings.TrimSpace(h)
		if h != "" && !containsString(heads, h) {
			heads = append(heads, h)
		}
	}
	return textseg.Segment(strings.Join(heads, " \n "))
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// chunkSearchQuery searches the text and, boosted, the headings: the
// fields score separately and their scores add up, as the embedded store
// weighs its text and heading columns.
func chunkSearchQuery(text string) string {
	terms := luceneQuery(text)
	if terms == "" {
		return ""
	}
	return "seg:(" + terms + ") OR head:(" + terms + ")^" + headBoost
}

// headBatch bounds how many chunks one backfill transaction rewrites.
const headBatch = 2000

// backfillHeads writes the head property onto chunks written before
// headings were indexed, from their document's title and their section.
// The text is segmented in Go, so the chunks are read and written back in
// batches; every batch makes progress, so an interrupted backfill resumes
// on the next Open.
func (s *Store) backfillHeads(ctx context.Context) error {
	const op = "neo4j.Open"
	for {
		recs, err := s.exec(ctx, op, `MATCH (c:Chunk) WHERE c.head IS NULL
WITH c LIMIT $n
OPTIONAL MATCH (d:Document {id: c.doc_id})
RETURN c.id, d.title, c.section`, map[string]any{"n": int64(headBatch)})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return nil
		}
		rows := make([]map[string]any, len(recs))
		for i, r := range recs {
			title, _ := r.Values[1].(string)
			rows[i] = map[string]any{"id": r.Values[0], "head": chunkHead(title, anyStrings(r.Values[2]))}
		}
		if _, err := s.exec(ctx, op, `UNWIND $rows AS r MATCH (c:Chunk {id: r.id}) SET c.head = r.head`,
			map[string]any{"rows": rows}); err != nil {
			return err
		}
	}
}

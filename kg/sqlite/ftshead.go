package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// headBoost is how much a term in a passage's heading or document title
// weighs against the same term in its text. A heading names what the
// passage is about; its body may mention the name only in passing or not
// at all.
const headBoost = 2.0

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

// reindexHeads rebuilds chunk_fts with the head column from the chunks
// already stored. chunk_fts is contentless, so its text is segmented again
// from chunks.text.
func reindexHeads(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT c.n, c.text, c.section, c.audience, d.title FROM chunks c JOIN documents d ON d.id = c.doc_id`)
	if err != nil {
		return err
	}
	type row struct {
		n        int64
		seg, aud string
		head     string
	}
	var all []row
	for rows.Next() {
		var (
			r       row
			text    string
			section sql.NullString
			aud     int
			title   string
		)
		if err := rows.Scan(&r.n, &text, &section, &aud, &title); err != nil {
			rows.Close()
			return err
		}
		var path []string
		unmarshalJSON(section, &path)
		r.seg, r.aud, r.head = textseg.Segment(text), audienceToken(kg.Audience(aud)), chunkHead(title, path)
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO chunk_fts_next(rowid, seg, aud, head) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, r := range all {
		if _, err := ins.ExecContext(ctx, r.n, r.seg, r.aud, r.head); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `DROP TABLE chunk_vocab;
DROP TABLE chunk_fts;
ALTER TABLE chunk_fts_next RENAME TO chunk_fts;
CREATE VIRTUAL TABLE chunk_vocab USING fts5vocab(chunk_fts, 'row');`)
	return err
}

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

// A section-heading term found in the heads of more than half of a
// document's passages tells none of them apart: the product name in a
// manual's top heading is over most pages. Boosting it would rank the
// passages that merely repeat the name above the one that states the
// asked fact, so such terms are left to the text column. The document's
// title stays in every head, since it sets the document apart from
// others, and documents of fewer passages than minSharedHeads keep their
// whole heads.
const minSharedHeads = 4

// docHeads is the head column of each of a document's passages, given
// their section paths: the title, then the section terms most of them do
// not share.
func docHeads(title string, sections [][]string) []string {
	heads := make([]string, len(sections))
	for i, s := range sections {
		heads[i] = textseg.SegmentHeads("", s)
	}
	if len(heads) < minSharedHeads {
		for i, s := range sections {
			heads[i] = textseg.SegmentHeads(title, s)
		}
		return heads
	}
	df := map[string]int{}
	for _, h := range heads {
		seen := map[string]bool{}
		for _, tok := range strings.Fields(h) {
			if !seen[tok] {
				seen[tok] = true
				df[tok]++
			}
		}
	}
	for i, h := range heads {
		toks := strings.Fields(h)
		kept := toks[:0]
		for _, tok := range toks {
			if 2*df[tok] <= len(heads) {
				kept = append(kept, tok)
			}
		}
		heads[i] = strings.TrimSpace(textseg.Segment(title) + " " + strings.Join(kept, " "))
	}
	return heads
}

// reindexHeads rebuilds chunk_fts with the head column from the chunks
// already stored. chunk_fts is contentless, so its text is segmented again
// from chunks.text.
func reindexHeads(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT c.n, c.doc_id, c.text, c.section, c.audience, d.title FROM chunks c JOIN documents d ON d.id = c.doc_id ORDER BY c.doc_id, c.n`)
	if err != nil {
		return err
	}
	type row struct {
		n        int64
		doc      string
		seg, aud string
		head     string
	}
	var (
		all      []row
		titles   = map[string]string{}
		sections = map[string][][]string{}
	)
	for rows.Next() {
		var (
			r       row
			text    string
			section sql.NullString
			aud     int
			title   string
		)
		if err := rows.Scan(&r.n, &r.doc, &text, &section, &aud, &title); err != nil {
			rows.Close()
			return err
		}
		var path []string
		unmarshalJSON(section, &path)
		r.seg, r.aud = textseg.Segment(text), audienceToken(kg.Audience(aud))
		titles[r.doc] = title
		sections[r.doc] = append(sections[r.doc], path)
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	heads := map[string][]string{}
	for doc, s := range sections {
		heads[doc] = docHeads(titles[doc], s)
	}
	next := map[string]int{}
	for i := range all {
		d := all[i].doc
		all[i].head = heads[d][next[d]]
		next[d]++
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
